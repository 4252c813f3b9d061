package org.stancegraph.graph;

import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateAction;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.stancegraph.bundle.SparqlCatalog;
import org.stancegraph.bundle.SparqlFile;

/**
 * Derives facts at build time with the SPARQL Update rules of {@code ontology/rules/*.ru}, run in
 * name order over the union of all graphs: utterances, contradictions, agreements, reversals. The
 * derived graph is emptied first, so deriving again gives the same graph. Precomputing these makes
 * "who contradicted whom" a lookup instead of a self-join at query time.
 *
 * <pre>{@code
 * Derivation.standard().derive(store);
 * }</pre>
 */
public final class Derivation {

    private final List<SparqlFile> rules;

    private Derivation(List<SparqlFile> rules) {
        this.rules = rules;
    }

    /** The shipped rules. */
    public static Derivation standard() {
        return new Derivation(SparqlCatalog.shipped().of(SparqlFile.Kind.RULE));
    }

    /** Replaces the derived graph of {@code store} with what the rules derive, in one transaction. */
    public void derive(Store store) {
        var dataset = store.dataset();
        Txn.executeWrite(dataset, () -> {
            dataset.asDatasetGraph().removeGraph(NodeFactory.createURI(Iris.DERIVED_GRAPH));
            for (SparqlFile rule : rules) {
                UpdateRequest request = UpdateFactory.create(rule.text());
                UpdateAction.execute(request, dataset);
            }
        });
    }
}
