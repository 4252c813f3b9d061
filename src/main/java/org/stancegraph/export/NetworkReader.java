package org.stancegraph.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.system.Txn;
import org.stancegraph.bundle.SparqlCatalog;
import org.stancegraph.bundle.SparqlFile;
import org.stancegraph.graph.Prefixes;

/**
 * Reads a network out of the graph with the export queries of the {@link SparqlCatalog} (the derived
 * contradictions and agreements, or the statements themselves), keeps the edges the filter keeps,
 * and the nodes those edges touch.
 *
 * <pre>{@code
 * Network conflict = new NetworkReader(store.dataset()).read(NetworkKind.CONFLICT, NetworkFilter.none());
 * }</pre>
 */
public final class NetworkReader {

    private static final PrefixMapping SHORT_NAMES =
            PrefixMapping.Factory.create().setNsPrefixes(Prefixes.ALL).lock();

    private final Dataset dataset;

    public NetworkReader(Dataset dataset) {
        this.dataset = dataset;
    }

    /** The network of {@code kind}, filtered. */
    public Network read(NetworkKind kind, NetworkFilter filter) {
        List<Network.Edge> edges = select(kind.label(), NetworkReader::edge).stream()
                .filter(filter::keeps)
                .toList();
        Set<String> touched = new HashSet<>();
        edges.forEach(e -> {
            touched.add(e.source());
            touched.add(e.target());
        });
        List<Network.Node> nodes = new ArrayList<>(select("actors", row -> node(row, null)));
        if (kind == NetworkKind.ACTOR_TOPIC) {
            nodes.addAll(select("topics", row -> node(row, "Topic")));
        }
        return new Network(
                kind.label(),
                kind.directed(),
                nodes.stream().filter(n -> touched.contains(n.id())).toList(),
                edges);
    }

    private <T> List<T> select(String file, Function<QuerySolution, T> row) {
        String sparql = SparqlCatalog.shipped().text(SparqlFile.Kind.EXPORT, file);
        return Txn.calculateRead(dataset, () -> {
            List<T> result = new ArrayList<>();
            try (QueryExecution execution =
                    QueryExecution.dataset(dataset).query(sparql).build()) {
                execution.execSelect().forEachRemaining(solution -> result.add(row.apply(solution)));
            }
            return result;
        });
    }

    private static Network.Node node(QuerySolution row, String type) {
        String iri = row.getResource("node").getURI();
        return new Network.Node(
                idOf(iri),
                iri,
                text(row, "label"),
                type != null ? type : text(row, "type"),
                text(row, "country"),
                text(row, "wikidata"),
                row.getLiteral("statements").getInt());
    }

    private static Network.Edge edge(QuerySolution row) {
        String evidence = text(row, "evidence");
        return new Network.Edge(
                idOf(row.getResource("source").getURI()),
                idOf(row.getResource("target").getURI()),
                text(row, "topic"),
                text(row, "topicLabel"),
                text(row, "stance"),
                row.getLiteral("weight").getInt(),
                date(row, "firstDate"),
                date(row, "lastDate"),
                evidence == null ? List.of() : Arrays.asList(evidence.split(" ")));
    }

    /**
     * A node id every format accepts (GraphML wants an XML name token): the prefixed name where
     * one of our prefixes fits, else the IRI with every other character made "_".
     */
    static String idOf(String iri) {
        String shortName = SHORT_NAMES.shortForm(iri);
        return shortName.replaceAll("[^A-Za-z0-9._:-]", "_");
    }

    private static String text(QuerySolution row, String name) {
        RDFNode node = row.get(name);
        if (node == null) {
            return null;
        }
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString();
    }

    private static LocalDate date(QuerySolution row, String name) {
        String text = text(row, name);
        return text == null ? null : LocalDate.parse(text);
    }
}
