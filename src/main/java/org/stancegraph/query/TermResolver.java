package org.stancegraph.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.irix.IRIs;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.system.Txn;
import org.stancegraph.bundle.SparqlCatalog;
import org.stancegraph.bundle.SparqlFile;

/**
 * Resolves what a user or an annotation calls an actor or a topic to its IRI: an absolute IRI as
 * it is; else the resource with that name (rdfs:label, skos:prefLabel or skos:altLabel, in any
 * case, with or without a leading "the"); else, for a topic, the concept whose IRI ends in that
 * local name. Names are bound as terms, never spliced into SPARQL text. Query parameters, export
 * filters and the evaluation all resolve through this one class.
 *
 * <pre>{@code
 * Resource scholz = new TermResolver(dataset).resolve(TermResolver.Kind.ACTOR, "olaf scholz");
 * }</pre>
 */
public final class TermResolver {

    /** What a name is expected to stand for. */
    public enum Kind {
        ACTOR,
        TOPIC;

        /** "actor" or "topic", for messages. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Dataset dataset;

    public TermResolver(Dataset dataset) {
        this.dataset = dataset;
    }

    /** Whether {@code value} is written as an absolute IRI rather than a name. */
    public static boolean looksLikeIri(String value) {
        return value.startsWith("http://") || value.startsWith("https://") || value.startsWith("urn:");
    }

    /** The one resource {@code value} stands for; a name that matches none or several is a {@link QueryException}. */
    public Resource resolve(Kind kind, String value) {
        List<Resource> found = candidates(kind, value);
        if (found.isEmpty()) {
            throw new QueryException("no " + kind.label() + " is named \"" + value + "\"");
        }
        if (found.size() > 1) {
            throw new QueryException("\"" + value + "\" names " + found.size() + " resources; give the IRI");
        }
        return found.get(0);
    }

    /** Every resource {@code value} may stand for, in IRI order; an IRI stands for itself. */
    public List<Resource> candidates(Kind kind, String value) {
        if (looksLikeIri(value)) {
            if (!IRIs.check(value)) {
                throw new QueryException("\"" + value + "\" is not an absolute IRI");
            }
            return List.of(ResourceFactory.createResource(value));
        }
        List<Resource> byName = select("term-by-name", "name", normalize(value));
        if (byName.isEmpty() && kind == Kind.TOPIC) {
            return select("concept-by-local-name", "localName", value.strip());
        }
        return byName;
    }

    /** A name as the lookup compares it: lower case, straight apostrophes, no leading "the". */
    static String normalize(String name) {
        String lower = name.toLowerCase(Locale.ROOT).replace('\u2019', '\'').strip();
        return lower.startsWith("the ") ? lower.substring(4) : lower;
    }

    private List<Resource> select(String lookup, String variable, String value) {
        String sparql = SparqlCatalog.shipped().text(SparqlFile.Kind.LOOKUP, lookup);
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution execution = QueryExecution.dataset(dataset)
                    .query(sparql)
                    .substitution(variable, ResourceFactory.createPlainLiteral(value))
                    .build()) {
                List<Resource> found = new ArrayList<>();
                execution.execSelect().forEachRemaining(row -> found.add(row.getResource("resource")));
                return found;
            }
        });
    }
}
