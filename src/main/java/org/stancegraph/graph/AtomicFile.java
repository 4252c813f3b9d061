package org.stancegraph.graph;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a file atomically: into a temporary file beside it, then moved into place, so a reader
 * never sees half a file and a failure leaves the old file as it was.
 *
 * <pre>{@code
 * AtomicFile.write(Path.of("out.trig"), out -> RDFDataMgr.write(out, dataset, Lang.TRIG));
 * }</pre>
 */
public final class AtomicFile {

    /** What writes the content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {}

    /** Writes {@code content} to {@code file}; an {@link UncheckedIOException} names the file on failure. */
    public static void write(Path file, Content content) {
        Path target = file.toAbsolutePath();
        try {
            Files.createDirectories(target.getParent());
            // Not Files.createTempFile: its owner-only permissions would stay on the result.
            Path temp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
            try {
                try (OutputStream out =
                        Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    content.writeTo(out);
                }
                move(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
