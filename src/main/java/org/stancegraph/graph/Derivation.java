package org.stancegraph.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.stancegraph.graph.derive.ActorLevelDerivation;

/**
 * Derives facts at build time, one graph per topic: utterances, and contradictions, agreements and
 * reversals between actors (see {@code graph.derive}). A topic's derived graph is replaced whole,
 * in one transaction, so deriving again gives the same graph, and a build that touched a few topics
 * derives only those. Precomputing these makes "who contradicted whom" a lookup instead of a
 * self-join at query time; computing them per actor, with counts, keeps the derived graphs and their
 * cost growing with utterances and pairs of actors, not pairs of statements.
 *
 * <pre>{@code
 * Derivation.standard().derive(store);                     // every topic
 * Derivation.standard().derive(store, Set.of(topicIri));   // only what changed
 * }</pre>
 */
public final class Derivation {

    private static final Derivation STANDARD = new Derivation();

    private Derivation() {}

    /** The derivation of SPEC §4. */
    public static Derivation standard() {
        return STANDARD;
    }

    /** Replaces every derived graph of {@code store} with what the statements give; returns the number of derived triples. */
    public long derive(Store store) {
        var dataset = store.dataset();
        List<Node> old = Txn.calculateRead(dataset, () -> {
            List<Node> graphs = new ArrayList<>();
            dataset.asDatasetGraph().listGraphNodes().forEachRemaining(g -> {
                if (g.isURI() && g.getURI().startsWith(Iris.DERIVED_GRAPH)) {
                    graphs.add(g);
                }
            });
            return graphs;
        });
        Txn.executeWrite(
                dataset, () -> old.forEach(g -> dataset.asDatasetGraph().removeGraph(g)));
        return derive(store, topics(store));
    }

    /** The topics the statements of {@code store} are on. */
    public List<String> topics(Store store) {
        var dataset = store.dataset();
        return Txn.calculateRead(dataset, () -> ActorLevelDerivation.topics(dataset));
    }

    /** Replaces the derived graphs of {@code topics} (each in its own transaction); returns the number of triples derived. */
    public long derive(Store store, Collection<String> topics) {
        var dataset = store.dataset();
        long triples = 0;
        for (String topic : topics) {
            Node graph = NodeFactory.createURI(Iris.derivedGraph(topic));
            long[] added = {0};
            Txn.executeWrite(dataset, () -> {
                DatasetGraph target = dataset.asDatasetGraph();
                target.removeGraph(graph);
                ActorLevelDerivation.derive(dataset, topic, t -> {
                    target.add(graph, t.getSubject(), t.getPredicate(), t.getObject());
                    added[0]++;
                });
            });
            triples += added[0];
        }
        return triples;
    }
}
