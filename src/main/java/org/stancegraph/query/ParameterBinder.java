package org.stancegraph.query;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.irix.IRIs;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.system.Txn;

/**
 * Turns the user's {@code name=value} parameters into RDF terms for a query's variables: an actor
 * or topic by IRI or by name (rdfs:label, skos:prefLabel or skos:altLabel, any case), an IRI, a
 * string, an integer or a date. Values become terms, never SPARQL text, so no value can change
 * what a query does.
 *
 * <pre>{@code
 * Map<String, RDFNode> terms = new ParameterBinder(dataset).bind(query, Map.of("speaker", "Olaf Scholz"));
 * }</pre>
 */
public final class ParameterBinder {

    /** Finds a resource by name; the name arrives bound as a term, never spliced into the text. */
    private static final String BY_LABEL =
            """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT DISTINCT ?resource WHERE {
              VALUES ?property { rdfs:label skos:prefLabel skos:altLabel }
              ?resource ?property ?label .
              FILTER ( LCASE(STR(?label)) = LCASE(STR(?name)) )
            }""";

    private final Dataset dataset;

    public ParameterBinder(Dataset dataset) {
        this.dataset = dataset;
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
        if (looksLikeIri(value)) {
            return iri(param, value);
        }
        List<RDFNode> found = Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset)
                    .query(BY_LABEL)
                    .substitution("name", ResourceFactory.createPlainLiteral(value))
                    .build()) {
                ResultSet rows = qe.execSelect();
                List<RDFNode> nodes = new ArrayList<>();
                rows.forEachRemaining((QuerySolution row) -> nodes.add(row.get("resource")));
                return nodes;
            }
        });
        if (found.isEmpty()) {
            throw new QueryException(
                    "no " + param.type() + " is named \"" + value + "\" (parameter " + param.name() + ")");
        }
        if (found.size() > 1) {
            throw new QueryException("\"" + value + "\" names " + found.size() + " resources; give the IRI (parameter "
                    + param.name() + ")");
        }
        return found.get(0);
    }

    private static boolean looksLikeIri(String value) {
        return value.startsWith("http://") || value.startsWith("https://") || value.startsWith("urn:");
    }

    private static RDFNode iri(NamedQuery.Param param, String value) {
        if (!looksLikeIri(value) || !IRIs.check(value)) {
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
