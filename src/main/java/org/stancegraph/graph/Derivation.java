package org.stancegraph.graph;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.system.Txn;
import org.stancegraph.graph.derive.ActorLevelDerivation;

/**
 * Derives facts at build time into the derived graph: utterances, and contradictions, agreements
 * and reversals between actors per topic (see {@code graph.derive}). The derived graph is replaced
 * whole, so deriving again gives the same graph. Precomputing these makes "who contradicted whom"
 * a lookup instead of a self-join at query time; computing them per actor, with counts, keeps the
 * derived graph and its cost growing with utterances and pairs of actors, not pairs of statements.
 *
 * <pre>{@code
 * Derivation.standard().derive(store);
 * }</pre>
 */
public final class Derivation {

    private static final Derivation STANDARD = new Derivation();

    private Derivation() {}

    /** The derivation of SPEC §4. */
    public static Derivation standard() {
        return STANDARD;
    }

    /** Replaces the derived graph of {@code store} with what the statements give; returns the number of derived triples. */
    public long derive(Store store) {
        var dataset = store.dataset();
        List<Triple> derived = new ArrayList<>();
        Txn.executeRead(dataset, () -> ActorLevelDerivation.derive(dataset, derived::add));
        Node graph = NodeFactory.createURI(Iris.DERIVED_GRAPH);
        Txn.executeWrite(dataset, () -> {
            dataset.asDatasetGraph().removeGraph(graph);
            derived.forEach(t -> dataset.asDatasetGraph().add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
        });
        return derived.size();
    }
}
