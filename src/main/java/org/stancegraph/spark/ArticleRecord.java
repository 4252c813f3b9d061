package org.stancegraph.spark;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stancegraph.ingest.ArticleInput;
import org.stancegraph.ingest.ArticleInputs;

/**
 * One article as a Spark run reads it, and its place in the run, which decides among records of
 * one id.
 */
sealed interface ArticleRecord extends Serializable {

    Place order();

    /** The record as the pipeline reads an article, checked as the command line checks it. */
    ArticleInput input();

    /**
     * A line of a JSON Lines file (or a Parquet row as JSON), numbered from 1; {@code fileIndex}
     * is the file's place among the files of a folder read as {@code build} reads one, else 0.
     */
    record JsonLine(int inputNumber, long fileIndex, String file, int line, String json) implements ArticleRecord {
        @Override
        public Place order() {
            return new Place(inputNumber, fileIndex, line);
        }

        @Override
        public ArticleInput input() {
            return ArticleInputs.jsonLine(file, line, json);
        }
    }

    /** A text file and its sidecar ({@code null}s without one), the {@code index}th of its input in path order. */
    record TextFile(int inputNumber, long index, String file, byte[] text, String sidecarFile, byte[] sidecar)
            implements ArticleRecord {
        @Override
        public Place order() {
            return new Place(inputNumber, index, 0);
        }

        @Override
        public ArticleInput input() {
            return ArticleInputs.textFile(file, text, sidecarFile, sidecar);
        }

        boolean isJsonLines() {
            return file.toLowerCase(Locale.ROOT).endsWith(".jsonl");
        }

        /** The non-blank lines of this file, a JSON Lines file among text files, as records of its place. */
        List<ArticleRecord> lines() {
            String[] lines = new String(text, StandardCharsets.UTF_8).split("\\r?\\n", -1);
            List<ArticleRecord> records = new ArrayList<>();
            for (int i = 0; i < lines.length; i++) {
                // A byte order mark before the first line is no part of it, as build reads the file.
                String line = i == 0 && lines[0].startsWith("\uFEFF") ? lines[0].substring(1) : lines[i];
                if (!line.isBlank()) {
                    records.add(new JsonLine(inputNumber, index, file, i + 1, line));
                }
            }
            return records;
        }

        TextFile at(long place) {
            return new TextFile(inputNumber, place, file, text, sidecarFile, sidecar);
        }
    }
}
