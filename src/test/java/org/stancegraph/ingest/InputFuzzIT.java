package org.stancegraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancegraph.model.InputException;
import org.stancegraph.pipeline.Outcome;
import org.stancegraph.pipeline.Pipeline;

/**
 * Random and malformed inputs, seeded so a failure can be replayed: good articles, random bytes,
 * broken UTF-8, text in any script, JSON Lines files mixing good, malformed and mistyped records,
 * and malformed sidecars. Whatever comes in, each input ends as converted or as one clear error,
 * no exception escapes the run, and no good article is lost. {@code -Dfuzz.inputs=N} (default
 * 10,000) and {@code -Dfuzz.seed=S} (default 42).
 */
class InputFuzzIT {

    private static final int INPUTS = Integer.getInteger("fuzz.inputs", 10_000);
    private static final long SEED = Long.getLong("fuzz.seed", 42);

    private static final String[] NAMES = {"Ines Varnholt", "Bastian Korrel", "the Finnish government", "Marit Oskelund"
    };
    private static final String[] VERBS = {"said", "rejected", "supported", "warned against", "called for"};
    private static final String[] DAYS = {"on Monday", "on Tuesday", "last week", "", "on March 3"};

    @TempDir
    Path dir;

    private final Random random = new Random(SEED);
    private final Set<String> good = new HashSet<>();

    @Test
    void everyInputIsConvertedOrOneClearErrorAndNoGoodArticleIsLost() throws IOException {
        int written = 0;
        int file = 0;
        while (written < INPUTS) {
            written += writeOne(file++);
        }
        List<Outcome> outcomes = new ArrayList<>();
        try (Stream<ArticleInput> inputs = ArticleInputs.of(List.of(dir))) {
            Pipeline.standard().convert(inputs, outcomes::add);
        }
        Set<String> converted = new HashSet<>();
        List<String> unexpected = new ArrayList<>();
        int failed = 0;
        for (Outcome outcome : outcomes) {
            if (outcome instanceof Outcome.Converted c) {
                converted.add(c.article().id());
            } else if (outcome instanceof Outcome.Failed f) {
                failed++;
                assertFalse(f.problem().isBlank(), f.location());
                // A bad input is an InputException with its reason; anything else is the converter
                // breaking on it, caught only by the run's last line of defence.
                if (f.cause() != null && !(f.cause() instanceof InputException)) {
                    unexpected.add(f.problem());
                }
            }
        }
        assertTrue(
                unexpected.isEmpty(),
                unexpected.size() + " inputs broke the converter: "
                        + unexpected.subList(0, Math.min(5, unexpected.size())));
        Set<String> lost = new HashSet<>(good);
        lost.removeAll(converted);
        assertTrue(lost.isEmpty(), "good articles lost: " + lost);
        assertTrue(outcomes.size() >= INPUTS, outcomes.size() + " outcomes for " + INPUTS + " inputs");
        System.out.printf(
                "input fuzz (seed %d): %d inputs, %d converted, %d clear errors, 0 uncaught, 0 good lost%n",
                SEED, outcomes.size(), converted.size(), failed);
        assertEquals(outcomes.size(), converted.size() + failed);
    }

    /** Writes one input file (a JSON Lines file holds several inputs); returns how many inputs it holds. */
    private int writeOne(int n) throws IOException {
        String id = "f" + n;
        return switch (random.nextInt(7)) {
            case 0, 1 -> {
                write(id + ".txt", goodArticle());
                good.add(id);
                yield 1;
            }
            case 2 -> {
                byte[] bytes = new byte[1 + random.nextInt(2000)];
                random.nextBytes(bytes);
                Files.write(dir.resolve(id + ".txt"), bytes);
                yield 1;
            }
            case 3 -> {
                write(id + ".txt", anyScript());
                yield 1;
            }
            case 4 -> {
                byte[] text = goodArticle().getBytes(StandardCharsets.UTF_8);
                text[random.nextInt(text.length)] = (byte) (0x80 + random.nextInt(0x40));
                Files.write(dir.resolve(id + ".txt"), text);
                yield 1;
            }
            case 5 -> jsonLines(id);
            default -> {
                write(id + ".txt", goodArticle());
                write(id + ".json", brokenSidecar());
                yield 1;
            }
        };
    }

    private int jsonLines(String file) throws IOException {
        StringBuilder lines = new StringBuilder(random.nextBoolean() ? "\uFEFF" : "");
        int records = 1 + random.nextInt(8);
        for (int r = 0; r < records; r++) {
            String id = file + "-" + r;
            switch (random.nextInt(5)) {
                case 0, 1 -> {
                    lines.append("{\"id\": \"")
                            .append(id)
                            .append("\", \"text\": ")
                            .append(quoted(goodArticle()))
                            .append(", \"published\": \"2024-03-0")
                            .append(1 + random.nextInt(9))
                            .append("\"}\n");
                    good.add(id);
                }
                case 2 -> lines.append("{\"id\": \"")
                        .append(id)
                        .append("\", \"text\": ")
                        .append(random.nextInt())
                        .append("}\n");
                case 3 -> lines.append("{\"id\": \"").append(id).append("\", \"text\": \"unterminated\n");
                default -> lines.append(quoted(anyScript())).append('\n');
            }
        }
        write(file + ".jsonl", lines.toString());
        return records;
    }

    private String goodArticle() {
        StringBuilder text = new StringBuilder("Debate on the plan\n\n");
        int sentences = 1 + random.nextInt(6);
        for (int s = 0; s < sentences; s++) {
            text.append(NAMES[random.nextInt(NAMES.length)])
                    .append(' ')
                    .append(VERBS[random.nextInt(VERBS.length)])
                    .append(' ')
                    .append(DAYS[random.nextInt(DAYS.length)])
                    .append(" the plan to build the northern canal")
                    .append(random.nextBoolean() ? ", calling it “a mistake”." : ".")
                    .append(' ');
        }
        return text.toString().replace("  ", " ");
    }

    /** Valid UTF-8 from anywhere in Unicode: letters of any script, marks, symbols, controls, emoji. */
    private String anyScript() {
        StringBuilder text = new StringBuilder();
        int length = 1 + random.nextInt(400);
        while (text.length() < length) {
            int codePoint = random.nextInt(random.nextBoolean() ? 0x3000 : 0x1FAFF);
            if (Character.isValidCodePoint(codePoint)
                    && !Character.isSurrogate((char) codePoint)
                    && codePoint != 0xFFFE) {
                text.appendCodePoint(codePoint);
            }
        }
        return text.toString();
    }

    private String brokenSidecar() {
        return switch (random.nextInt(4)) {
            case 0 -> "{\"title\": ";
            case 1 -> "{\"published\": \"not a date\"}";
            case 2 -> "[1, 2, 3]";
            default -> "{\"authors\": 7}";
        };
    }

    private static String quoted(String text) {
        StringBuilder json = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                json.append('\\').appendCodePoint(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", c));
            } else {
                json.appendCodePoint(c);
            }
        });
        return json.append('"').toString();
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
