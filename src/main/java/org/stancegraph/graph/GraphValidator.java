package org.stancegraph.graph;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.stancegraph.bundle.OntologyFiles;

/**
 * Checks a built graph against {@code ontology/shapes.ttl}: what every graph Stancegraph builds
 * must satisfy. A named graph is validated together with the registry and ontology graphs, since
 * statements in an article graph point at actors and topics of the registry graph.
 *
 * <pre>{@code
 * List<String> violations = GraphValidator.standard().validate(store);
 * }</pre>
 */
public final class GraphValidator {

    private final Shapes shapes;

    private GraphValidator(Shapes shapes) {
        this.shapes = shapes;
    }

    /** The validator for the shipped shapes. */
    public static GraphValidator standard() {
        return new GraphValidator(
                Shapes.parse(OntologyFiles.bundled("shapes.ttl").getGraph()));
    }

    /** The violations of {@code graph} read together with {@code reference}, the registry and ontology it points into. */
    public List<String> validate(Graph graph, Graph reference) {
        return validate(new Union(graph, reference));
    }

    /**
     * The violations of everything {@code store} holds, graph by graph (each article's and each
     * topic's derived graph with the registry and the ontology), so that memory holds one graph
     * at a time, never the whole database.
     */
    public List<String> validate(Store store) {
        Graph reference = store.read(dataset -> {
            Graph copy = GraphFactory.createDefaultGraph();
            GraphUtil.addInto(copy, dataset.asDatasetGraph().getGraph(NodeFactory.createURI(Iris.ONTOLOGY_GRAPH)));
            GraphUtil.addInto(copy, dataset.asDatasetGraph().getGraph(NodeFactory.createURI(Iris.REGISTRY_GRAPH)));
            return copy;
        });
        List<String> violations = new ArrayList<>();
        List<Node> graphs = store.read(dataset -> {
            List<Node> names = new ArrayList<>();
            dataset.asDatasetGraph().listGraphNodes().forEachRemaining(names::add);
            return names;
        });
        Graph stored = store.read(dataset -> dataset.asDatasetGraph().getDefaultGraph());
        if (store.read(dataset -> !stored.isEmpty())) {
            // A file with no named graphs (Turtle, RDF/XML): everything is in the default graph.
            violations.addAll(store.read(dataset -> validate(stored)));
        }
        for (Node name : graphs) {
            if (!name.getURI().equals(Iris.ONTOLOGY_GRAPH) && !name.getURI().equals(Iris.REGISTRY_GRAPH)) {
                violations.addAll(
                        store.read(dataset -> validate(dataset.asDatasetGraph().getGraph(name), reference)));
            }
        }
        return violations;
    }

    /** One line per violation: focus node, path and message; empty when the graph conforms. */
    public List<String> validate(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        return report.getEntries().stream().map(GraphValidator::describe).toList();
    }

    private static String describe(ReportEntry entry) {
        String path = entry.resultPath() == null ? "" : " " + entry.resultPath();
        return entry.focusNode() + path + ": " + entry.message();
    }
}
