package org.stancegraph.bundle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads a folder of text files shipped on the class path (in the jar, or in target/classes
 * during development), such as {@code queries/} or {@code sparql/export/}.
 *
 * <pre>{@code
 * SortedMap<String, String> queries = BundledFiles.folder("queries", ".rq");
 * }</pre>
 */
public final class BundledFiles {

    private BundledFiles() {}

    /** File name to content for every file of {@code folder} ending in {@code suffix}, in name order. */
    public static SortedMap<String, String> folder(String folder, String suffix) {
        URI uri = locate(folder);
        try {
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return read(jar.getPath("/" + folder), suffix);
                }
            }
            return read(Path.of(uri), suffix);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled folder " + folder, e);
        }
    }

    private static URI locate(String folder) {
        try {
            var url = BundledFiles.class.getResource("/" + folder);
            if (url == null) {
                throw new IllegalStateException(folder + " is missing from the class path");
            }
            return url.toURI();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SortedMap<String, String> read(Path folder, String suffix) throws IOException {
        SortedMap<String, String> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : list.filter(f -> f.getFileName().toString().endsWith(suffix))
                    .toList()) {
                files.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
