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

    /**
     * Writes {@code content} to {@code file}; an {@link UncheckedIOException} names the file on
     * failure. {@code -} is standard output; a device or a pipe ({@code /dev/stdout}) is written
     * in place, never replaced by a file; a link has the file it points to replaced.
     */
    public static void write(Path file, Content content) {
        try {
            if (isStandardOutput(file)) {
                content.writeTo(new NonClosing(System.out));
                System.out.flush();
                return;
            }
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                if (Files.isDirectory(file)) {
                    throw new IOException("it is a folder");
                }
                try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.WRITE)) {
                    content.writeTo(out);
                }
                return;
            }
            Path target = Files.exists(file) ? file.toRealPath() : file.toAbsolutePath();
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

    /** Whether {@code file} is {@code -}, which command lines read as standard output. */
    public static boolean isStandardOutput(Path file) {
        return file.toString().equals("-");
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Standard output for a writer that closes its stream: the stream stays open for what follows. */
    private static final class NonClosing extends java.io.FilterOutputStream {

        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
