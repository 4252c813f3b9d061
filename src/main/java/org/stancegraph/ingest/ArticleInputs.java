package org.stancegraph.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.stancegraph.model.Article;
import org.stancegraph.model.InputException;

/**
 * Turns the paths a user names into article inputs, lazily: a folder means every article in it,
 * recursively, in name order; a {@code .jsonl} file means one article per line; any other file is
 * one article. Sidecars ({@code .json}), Markdown notes, hidden files and {@code gold/} folders
 * (annotations for {@code evaluate}) are not articles. A path that cannot be read becomes an input
 * whose {@link ArticleInput#read()} reports it, so one bad path never stops the others.
 *
 * <pre>{@code
 * try (Stream<ArticleInput> inputs = ArticleInputs.of(List.of(Path.of("seeds")))) {
 *     inputs.forEach(input -> convert(input));
 * }
 * }</pre>
 */
public final class ArticleInputs {

    private ArticleInputs() {}

    /** The articles under {@code paths}; the stream must be closed (it may hold open files). */
    public static Stream<ArticleInput> of(List<Path> paths) {
        return paths.stream().flatMap(ArticleInputs::under).flatMap(ArticleInputs::articlesIn);
    }

    /**
     * How many inputs {@link #of} will give, counted cheaply: files are listed, JSON Lines files
     * have their non-blank lines counted as bytes, without decoding. An unreadable file counts
     * as one input (it will be one failure).
     */
    public static long count(List<Path> paths) {
        return paths.stream()
                .flatMap(ArticleInputs::under)
                .mapToLong(ArticleInputs::inputsIn)
                .sum();
    }

    private static long inputsIn(Path file) {
        if (!file.getFileName().toString().toLowerCase().endsWith(".jsonl")) {
            return 1;
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            long lines = 0;
            boolean blank = true;
            for (int b = in.read(); b >= 0; b = in.read()) {
                if (b == '\n') {
                    lines += blank ? 0 : 1;
                    blank = true;
                } else if (!Character.isWhitespace(b)) {
                    blank = false;
                }
            }
            return lines + (blank ? 0 : 1);
        } catch (IOException e) {
            return 1;
        }
    }

    private static Stream<Path> under(Path path) {
        if (!Files.isDirectory(path)) {
            return Stream.of(path);
        }
        List<Path> files = new ArrayList<>();
        try {
            // Links are followed (a corpus is often a folder of links); a loop reaches visitFileFailed.
            Files.walkFileTree(
                    path, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            boolean skip = !dir.equals(path)
                                    && (isHidden(dir)
                                            || dir.getFileName().toString().equals("gold"));
                            return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isRegularFile() && isArticleFile(file)) {
                                files.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            files.add(file); // reading it reports why it failed
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            files.add(path);
        }
        files.sort(null);
        return files.stream();
    }

    private static boolean isHidden(Path path) {
        return path.getFileName().toString().startsWith(".");
    }

    private static boolean isArticleFile(Path file) {
        String name = file.getFileName().toString().toLowerCase();
        return !isHidden(file) && !name.endsWith(".json") && !name.endsWith(".md");
    }

    private static Stream<ArticleInput> articlesIn(Path file) {
        if (!Files.exists(file)) {
            return Stream.of(failing(file.toString(), "no such file or directory"));
        }
        if (!Files.isRegularFile(file)) {
            // A device (/dev/zero) never ends and a pipe may never open: neither is an article.
            return Stream.of(
                    failing(file.toString(), "not a regular file (a device, a pipe or a folder link); skipped"));
        }
        if (!Files.isReadable(file)) {
            return Stream.of(failing(file.toString(), "cannot read: permission denied"));
        }
        if (file.getFileName().toString().toLowerCase().endsWith(".jsonl")) {
            return jsonLines(file);
        }
        return Stream.of(new TextFileInput(file));
    }

    private static Stream<ArticleInput> jsonLines(Path file) {
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (IOException e) {
            return Stream.of(failing(file.toString(), "cannot read: " + TextDecoder.describe(e)));
        }
        Iterator<ArticleInput> lines = new JsonLinesIterator(file.toString(), in);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(lines, Spliterator.ORDERED), false)
                .onClose(() -> {
                    try {
                        in.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    /**
     * One JSON Lines record read by other means (a distributed engine's reader): line {@code line}
     * of {@code file}, checked as {@link #of} checks the lines of a JSON Lines file.
     */
    public static ArticleInput jsonLine(String file, int line, String json) {
        return new JsonLineInput(file, line, json);
    }

    /**
     * One text file read by other means (a distributed engine's reader): its bytes, and its
     * sidecar's name and bytes (both null without one), checked as {@link #of} checks a text file.
     */
    public static ArticleInput textFile(String file, byte[] text, String sidecarFile, byte[] sidecar) {
        return new ArticleInput() {
            @Override
            public String location() {
                return file;
            }

            @Override
            public Article read() throws InputException {
                return TextFileInput.article(
                        file,
                        TextFileInput.idOf(file),
                        decode(file, text),
                        sidecarFile,
                        sidecar == null ? null : decode(sidecarFile, sidecar));
            }
        };
    }

    private static String decode(String file, byte[] bytes) throws InputException {
        if (bytes.length > TextDecoder.MAX_BYTES) {
            throw TextDecoder.tooLarge(file, bytes.length);
        }
        return TextDecoder.decode(file, bytes);
    }

    /** An input that fails, at {@code location}, for {@code problem}. */
    private static ArticleInput failing(String location, String problem) {
        return new ArticleInput() {
            @Override
            public String location() {
                return location;
            }

            @Override
            public Article read() throws InputException {
                throw new InputException(location, problem);
            }
        };
    }

    /**
     * The non-blank lines of a JSON Lines file, each decoded on its own: a line that is not UTF-8,
     * or longer than a text file may be, is one error with its number, and the lines after it are
     * read. A byte order mark before the first line is dropped.
     */
    private static final class JsonLinesIterator implements Iterator<ArticleInput> {
        private final String file;
        private final InputStream in;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();
        /** Read a block at a time and scanned for line breaks: a byte at a time ran at 27 MB/s. */
        private final byte[] buffer = new byte[1 << 16];

        private int position;
        private int limit;
        private int lineNumber;
        private ArticleInput next;
        private boolean done;

        JsonLinesIterator(String file, InputStream in) {
            this.file = file;
            this.in = in;
        }

        @Override
        public boolean hasNext() {
            while (next == null && !done) {
                try {
                    next = readLine();
                } catch (IOException e) {
                    done = true;
                    next = failing(file + ":" + lineNumber, "cannot read: " + TextDecoder.describe(e));
                }
            }
            return next != null;
        }

        /** The next line's input, null for a blank line or the end of the file. */
        private ArticleInput readLine() throws IOException {
            line.reset();
            boolean tooLong = false;
            boolean ended = false;
            while (true) {
                if (position == limit) {
                    limit = Math.max(0, in.read(buffer));
                    position = 0;
                    if (limit == 0) {
                        ended = true;
                        break;
                    }
                }
                int end = position;
                while (end < limit && buffer[end] != '\n') {
                    end++;
                }
                int kept = (int) Math.min(end - position, TextDecoder.MAX_BYTES - line.size());
                line.write(buffer, position, kept);
                tooLong |= kept < end - position;
                position = end < limit ? end + 1 : end;
                if (end < limit) {
                    break;
                }
            }
            if (ended && line.size() == 0 && !tooLong) {
                done = true;
                return null;
            }
            lineNumber++;
            String location = file + ":" + lineNumber;
            if (tooLong) {
                return failing(location, "line longer than " + TextDecoder.MAX_BYTES + " bytes; skipped");
            }
            String text;
            try {
                text = StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(line.toByteArray()))
                        .toString();
            } catch (CharacterCodingException e) {
                return failing(location, "not UTF-8 text; this line is skipped");
            }
            if (lineNumber == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return text.isBlank() ? null : new JsonLineInput(file, lineNumber, text);
        }

        @Override
        public ArticleInput next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ArticleInput result = next;
            next = null;
            return result;
        }
    }
}
