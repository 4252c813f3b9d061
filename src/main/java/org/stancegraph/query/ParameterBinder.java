package org.stancegraph.query;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.irix.IRIs;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Turns the user's {@code name=value} parameters into RDF terms for a query's variables: an actor
 * or topic through the {@link TermResolver} (by IRI or by name), an IRI, a
 * string, an integer or a date. Values become terms, never SPARQL text, so no value can change
 * what a query does.
 *
 * <pre>{@code
 * Map<String, RDFNode> terms = new ParameterBinder(dataset).bind(query, Map.of("speaker", "Olaf Scholz"));
 * }</pre>
 */
public final class ParameterBinder {

    private final TermResolver resolver;

    public ParameterBinder(Dataset dataset) {
        this.resolver = new TermResolver(dataset);
    }

    /** The terms for {@code values}; fails with a clear message for an unknown name or a value that fits nothing. */
    public Map<String, RDFNode> bind(NamedQuery query, Map<String, String> values) {
        Map<String, RDFNode> terms = new HashMap<>();
        values.forEach((name, value) -> {
            NamedQuery.Param param = query.param(name)
                    .orElseThrow(() -> new QueryException("query " + query.name() + " has no parameter \"" + name + "\""
                            + (query.params().isEmpty() ? "" : "; it takes: " + names(query.params()))));
            terms.put(name, term(param, value));
        });
        return terms;
    }

    private static String names(List<NamedQuery.Param> params) {
        return String.join(", ", params.stream().map(NamedQuery.Param::name).toList());
    }

    private RDFNode term(NamedQuery.Param param, String value) {
        return switch (param.type()) {
            case "actor", "topic" -> resource(param, value);
            case "iri" -> iri(param, value);
            case "integer" -> integer(param, value);
            case "date" -> date(param, value);
            default -> ResourceFactory.createPlainLiteral(value);
        };
    }

    private RDFNode resource(NamedQuery.Param param, String value) {
        TermResolver.Kind kind = param.type().equals("actor") ? TermResolver.Kind.ACTOR : TermResolver.Kind.TOPIC;
        try {
            return resolver.resolve(kind, value);
        } catch (QueryException e) {
            throw new QueryException(e.getMessage() + " (parameter " + param.name() + ")");
        }
    }

    private static RDFNode iri(NamedQuery.Param param, String value) {
        if (!TermResolver.looksLikeIri(value) || !IRIs.check(value)) {
            throw new QueryException("parameter " + param.name() + ": \"" + value + "\" is not an absolute IRI");
        }
        return ResourceFactory.createResource(value);
    }

    private static RDFNode integer(NamedQuery.Param param, String value) {
        if (!value.matches("-?\\d+")) {
            throw new QueryException("parameter " + param.name() + ": \"" + value + "\" is not an integer");
        }
        return ResourceFactory.createTypedLiteral(value, XSDDatatype.XSDinteger);
    }

    private static RDFNode date(NamedQuery.Param param, String value) {
        try {
            return ResourceFactory.createTypedLiteral(LocalDate.parse(value).toString(), XSDDatatype.XSDdate);
        } catch (DateTimeParseException e) {
            throw new QueryException("parameter " + param.name() + ": \"" + value + "\" is not a date (YYYY-MM-DD)");
        }
    }
}
