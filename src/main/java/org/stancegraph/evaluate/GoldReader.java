package org.stancegraph.evaluate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.stancegraph.model.InputException;

/** Reads the gold annotations of a folder: one {@code ID.jsonl} per article, one object per line. */
public final class GoldReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> POLARITIES = Set.of("+", "-", "0");

    private GoldReader() {}

    /** Every gold statement under {@code folder}; a malformed line is an error naming file and line. */
    public static List<GoldStatement> read(Path folder) throws InputException {
        if (!Files.isDirectory(folder)) {
            throw new InputException(folder.toString(), "not a folder of gold annotations (ID.jsonl files)");
        }
        List<GoldStatement> gold = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(f -> f.getFileName().toString().endsWith(".jsonl"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new InputException(folder.toString(), "cannot list: " + e.getMessage());
        }
        for (Path file : files) {
            readFile(file, gold);
        }
        return gold;
    }

    private static void readFile(Path file, List<GoldStatement> gold) throws InputException {
        String articleId = file.getFileName().toString().replaceFirst("\\.jsonl$", "");
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot read: " + e.getMessage());
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String where = file + ":" + (i + 1);
            JsonNode node;
            try {
                node = JSON.readTree(lines.get(i));
            } catch (JsonProcessingException e) {
                throw new InputException(where, "malformed JSON: " + e.getOriginalMessage());
            }
            String polarity = text(node, "polarity");
            if (text(node, "speaker") == null || !POLARITIES.contains(polarity)) {
                throw new InputException(where, "a gold statement needs \"speaker\" and \"polarity\" (+, - or 0)");
            }
            gold.add(new GoldStatement(
                    articleId,
                    text(node, "speaker"),
                    text(node, "act"),
                    polarity,
                    text(node, "topic"),
                    text(node, "responds_to"),
                    text(node, "date"),
                    text(node, "quote"),
                    text(node, "sentence")));
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
