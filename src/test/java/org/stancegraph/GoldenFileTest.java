package org.stancegraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

class GoldenFileTest {

    @TempDir
    Path dir;

    @Test
    void updatingRewritesTheFileAndFailsSayingSo() throws IOException {
        Path file = dir.resolve("case/expected.tsv");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "old\n");
        AssertionFailedError failure =
                assertThrows(AssertionFailedError.class, () -> new GoldenFile(file, true).rewriteIfUpdating("new\n"));
        assertEquals("new\n", Files.readString(file));
        assertTrue(failure.getMessage().contains(file + " rewritten"), failure.getMessage());
        assertTrue(failure.getMessage().contains("without -Dgolden.update"), failure.getMessage());
    }

    @Test
    void updatingWritesAMissingFileAndFails() throws IOException {
        Path file = dir.resolve("new-case/expected.tsv");
        GoldenFile golden = new GoldenFile(file, true);
        assertEquals(Optional.empty(), golden.read());
        assertThrows(AssertionFailedError.class, () -> golden.rewriteIfUpdating("new\n"));
        assertEquals(Optional.of("new\n"), golden.read());
    }

    @Test
    void withoutUpdatingTheFileIsLeftAsItWas() throws IOException {
        Path file = dir.resolve("expected.tsv");
        Files.writeString(file, "old\n");
        new GoldenFile(file, false).rewriteIfUpdating("new\n");
        assertEquals("old\n", Files.readString(file));
    }
}
