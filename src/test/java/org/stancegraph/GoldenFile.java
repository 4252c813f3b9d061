package org.stancegraph;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A golden file: the expected output a test compares with. With {@code -Dgolden.update=true} a
 * test whose output differs writes it over the file and fails, saying so; the run that writes a
 * golden file never passes, the next run (without the switch) checks what was written.
 *
 * <pre>{@code
 * GoldenFile golden = GoldenFile.of(Path.of("src/test/resources/golden/area/case/expected.tsv"));
 * String wanted = golden.read().orElse("(no golden file)");
 * if (!wanted.equals(actual)) {
 *     golden.rewriteIfUpdating(actual);
 * }
 * assertEquals(wanted, actual);
 * }</pre>
 */
public record GoldenFile(Path path, boolean update) {

    /** The system property that turns updating on. */
    public static final String UPDATE = "golden.update";

    /** The golden file at {@code path}, updating when {@code -Dgolden.update=true}. */
    public static GoldenFile of(Path path) {
        return new GoldenFile(path, Boolean.getBoolean(UPDATE));
    }

    /** The expected output, or empty when there is no such file yet. */
    public Optional<String> read() throws IOException {
        return Files.exists(path) ? Optional.of(Files.readString(path, StandardCharsets.UTF_8)) : Optional.empty();
    }

    /**
     * For an output that differs from this file: when updating, writes {@code actual} over it and
     * fails, so that the rewritten file is reviewed, not passed; otherwise returns, and the caller
     * fails on its own comparison.
     */
    public void rewriteIfUpdating(String actual) throws IOException {
        if (!update) {
            return;
        }
        Files.createDirectories(path.toAbsolutePath().getParent());
        Files.writeString(path, actual, StandardCharsets.UTF_8);
        fail("golden file " + path + " rewritten; review the diff and run again without -D" + UPDATE);
    }
}
