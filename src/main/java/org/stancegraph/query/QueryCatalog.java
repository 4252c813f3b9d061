package org.stancegraph.query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.stancegraph.bundle.SparqlCatalog;
import org.stancegraph.bundle.SparqlFile;

/**
 * The named queries shipped in {@code queries/*.rq} (the named-query part of the
 * {@link SparqlCatalog}), read once and kept by name, with their headers parsed.
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
        return NamedQuery.parse(nameOf(file.getFileName().toString()), Files.readString(file, StandardCharsets.UTF_8));
    }

    private static String nameOf(String fileName) {
        return fileName.replaceFirst("\\.rq$", "");
    }

    private static QueryCatalog load() {
        Map<String, NamedQuery> queries = new TreeMap<>();
        for (SparqlFile file : SparqlCatalog.shipped().of(SparqlFile.Kind.NAMED_QUERY)) {
            NamedQuery query = NamedQuery.parse(file.name(), file.text());
            queries.put(query.name(), query);
        }
        return new QueryCatalog(queries);
    }
}
