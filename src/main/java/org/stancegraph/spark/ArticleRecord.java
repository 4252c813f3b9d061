package org.stancegraph.spark;

import java.io.Serializable;
import java.util.Locale;
import org.stancegraph.ingest.ArticleInput;
import org.stancegraph.ingest.ArticleInputs;

/**
 * One article as a Spark run reads it, and its place in the run ({@code order}: its input's
 * number, then its place within that input), which decides among records of one id.
 */
sealed interface ArticleRecord extends Serializable {

    long order();

    /** The record as the pipeline reads an article, checked as the command line checks it. */
    ArticleInput input();

    /** A line of a JSON Lines file (or a Parquet row as JSON), numbered from 1. */
    record JsonLine(int inputNumber, String file, int line, String json) implements ArticleRecord {
        @Override
        public long order() {
            return ((long) inputNumber << 32) | line;
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
        public long order() {
            return ((long) inputNumber << 32) | index;
        }

        @Override
        public ArticleInput input() {
            return file.toLowerCase(Locale.ROOT).endsWith(".jsonl")
                    ? ArticleInputs.failing(file, "a JSON Lines file among text files: read it with --format jsonl")
                    : ArticleInputs.textFile(file, text, sidecarFile, sidecar);
        }

        TextFile at(long place) {
            return new TextFile(inputNumber, place, file, text, sidecarFile, sidecar);
        }
    }
}
