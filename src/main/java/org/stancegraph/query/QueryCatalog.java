package org.stancegraph.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The named queries shipped in {@code queries/*.rq}, loaded once and kept by name.
 *
 * <pre>{@code
 * NamedQuery q = QueryCatalog.shipped().get("statements").orElseThrow();
 * }</pre>
 */
public final class QueryCatalog {

    private static final class Holder {
        static final QueryCatalog SHIPPED = load();
    }

    private final Map<String, NamedQuery> queries;

    private QueryCatalog(Map<String, NamedQuery> queries) {
        this.queries = Collections.unmodifiableMap(new TreeMap<>(queries));
    }

    /** The queries of the jar's {@code queries/} folder. */
    public static QueryCatalog shipped() {
        return Holder.SHIPPED;
    }

    /** Every query, by name. */
    public List<NamedQuery> all() {
        return List.copyOf(queries.values());
    }

    public Optional<NamedQuery> get(String name) {
        return Optional.ofNullable(queries.get(name));
    }

    /** A query read from a file of the user's; its header is optional. */
    public static NamedQuery fromFile(Path file) throws IOException {
        String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
        return NamedQuery.parse(name, Files.readString(file, StandardCharsets.UTF_8));
    }

    private static QueryCatalog load() {
        try {
            URI known = QueryCatalog.class.getResource("/queries/statements.rq").toURI();
            if ("jar".equals(known.getScheme())) {
                try (FileSystem jar = jarFileSystem(known)) {
                    return new QueryCatalog(read(jar.getPath("/queries")));
                }
            }
            return new QueryCatalog(read(Path.of(known).getParent()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped queries", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FileSystem jarFileSystem(URI inJar) throws IOException {
        try {
            return FileSystems.newFileSystem(inJar, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            throw new IllegalStateException("the jar's file system is already open", e);
        }
    }

    private static Map<String, NamedQuery> read(Path folder) throws IOException {
        Map<String, NamedQuery> result = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".rq")).toList()) {
                NamedQuery query = fromFile(file);
                result.put(query.name(), query);
            }
        }
        return result;
    }
}
