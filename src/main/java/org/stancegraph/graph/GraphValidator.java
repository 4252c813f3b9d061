package org.stancegraph.graph;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.stancegraph.bundle.OntologyFiles;

/**
 * Checks a built graph against {@code ontology/shapes.ttl}: what every graph Stancegraph builds
 * must satisfy. Validate the union of all named graphs, since statements in an article graph
 * point at actors and topics of the registry graph.
 *
 * <pre>{@code
 * List<String> violations = GraphValidator.standard().validate(store.union().getGraph());
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
