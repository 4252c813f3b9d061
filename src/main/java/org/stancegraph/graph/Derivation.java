package org.stancegraph.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.stancegraph.graph.derive.ActorLevelDerivation;
import org.stancegraph.graph.derive.FactTable;
import org.stancegraph.graph.derive.Said;
import org.stancegraph.graph.derive.TopicFacts;

/**
 * Derives facts at build time, one graph per topic: utterances, and contradictions, agreements and
 * reversals between actors (see {@code graph.derive}). Precomputing these makes "who contradicted
 * whom" a lookup instead of a self-join at query time; computing them per actor, with counts, keeps
 * the derived graphs and their cost growing with utterances and pairs of actors, not pairs of
 * statements.
 *
 * <p>A topic is derived in memory, from its statements as a {@link FactTable} keeps them beside the
 * database (its contradiction edges only where a speaker's statements changed, see {@link
 * ActorLevelDerivation#covers}), and then only the difference from its stored graph is
 * written. What the stored graph holds is known without reading it where the table kept the
 * statements it was derived from: the rules give it again from them. A hundred new articles
 * change the few nodes of the actors who spoke in them, and writing
 * only those keeps an incremental build short and the database from growing (TDB2 copies every
 * block a write touches). The result is the graph a derivation from scratch gives. Topics are
 * independent, so on disk they are derived on all cores while one thread writes; in memory, in turn.
 *
 * <pre>{@code
 * Derivation.standard().derive(store);                                 // every topic
 * FactTable facts = Derivation.standard().facts(store);
 * Derivation.standard().derive(store, facts, Set.of(topicIri), changed -> {});   // only what changed
 * facts.seal();
 * }</pre>
 */
public final class Derivation {

    private static final Derivation STANDARD = new Derivation();

    /** The folder, in the database's, of the statement facts derivation reads. */
    private static final String FACTS = "statement-facts";

    private Derivation() {}

    /** The derivation of SPEC §4. */
    public static Derivation standard() {
        return STANDARD;
    }

    /** What deriving some topics did: the triples their graphs hold now, and how many were written and deleted to get there. */
    public record Change(long triples, long added, long removed) {

        static final Change NONE = new Change(0, 0, 0);

        Change plus(Change other) {
            return new Change(triples + other.triples, added + other.added, removed + other.removed);
        }
    }

    /** Brings every derived graph of {@code store} to what the statements in its graphs give, and drops those of topics no statement is on. */
    public Change derive(Store store) {
        // From scratch: the statements are read from the graphs, whatever the table kept.
        distrustFacts(store);
        FactTable facts = facts(store);
        Change change = derive(store, facts, changed -> {});
        facts.seal();
        return change;
    }

    /** The statement facts kept beside {@code store} (in memory for a database in memory); see {@link FactTable}. */
    public FactTable facts(Store store) {
        return FactTable.open(
                store.directory().map(d -> d.resolve(FACTS)).orElse(null),
                store.dataset().asDatasetGraph());
    }

    /**
     * Says that {@code store} is about to be written by something other than a build (SPARQL
     * updates), after which the statement facts kept beside it may not hold what it says: the next
     * derivation reads the statements from the graphs again.
     */
    public void distrustFacts(Store store) {
        store.directory().ifPresent(d -> FactTable.distrust(d.resolve(FACTS)));
    }

    /**
     * As {@link #derive(Store)}, reading the statements from {@code facts} and handing {@code
     * changed} what changed (see {@link #derive(Store, FactTable, Collection, Consumer)}).
     */
    public Change derive(Store store, FactTable facts, Consumer<Graph> changed) {
        List<String> topics = topics(store);
        Set<String> current = new HashSet<>();
        topics.forEach(topic -> current.add(Iris.derivedGraph(topic)));
        var dataset = store.dataset();
        List<Node> stale = Txn.calculateRead(dataset, () -> {
            List<Node> graphs = new ArrayList<>();
            dataset.asDatasetGraph().listGraphNodes().forEachRemaining(g -> {
                if (g.isURI() && g.getURI().startsWith(Iris.DERIVED_GRAPH) && !current.contains(g.getURI())) {
                    graphs.add(g);
                }
            });
            return graphs;
        });
        Txn.executeWrite(
                dataset, () -> stale.forEach(g -> dataset.asDatasetGraph().removeGraph(g)));
        facts.retain(topics);
        return derive(store, facts, topics, changed);
    }

    /** The topics the statements of {@code store} are on. */
    public List<String> topics(Store store) {
        var dataset = store.dataset();
        return Txn.calculateRead(dataset, () -> ActorLevelDerivation.topics(dataset));
    }

    /**
     * Brings the derived graphs of {@code topics} to what the statements give, each in its own
     * write transaction, and hands {@code changed}, per topic, the full description of every node
     * whose triples changed (for validation: the rest was there, and checked, before).
     */
    public Change derive(Store store, FactTable facts, Collection<String> topics, Consumer<Graph> changed) {
        if (store.isInMemory()) {
            return deriveInTurn(store, facts, topics, changed);
        }
        int workers = Math.max(1, Math.min(topics.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
            Thread thread = new Thread(runnable, "stancegraph-derive");
            thread.setDaemon(true);
            return thread;
        });
        Change total = Change.NONE;
        try {
            // At most two topics per worker are in hand, so memory holds a few topics' triples, never all.
            Deque<Future<TopicDiff>> pending = new ArrayDeque<>();
            var next = topics.iterator();
            while (next.hasNext() || !pending.isEmpty()) {
                while (next.hasNext() && pending.size() < 2 * workers) {
                    String topic = next.next();
                    pending.add(pool.submit(() -> diff(store, facts, topic)));
                }
                total = total.plus(apply(store, facts, pending.remove().get(), changed));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("derivation interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return total;
    }

    /**
     * One topic after another on this thread, nothing read while something is written. For a
     * database in memory, which holds little: CI once saw the seeds' derived graph in memory come
     * out incomplete (one contradiction edge of thirty) while the statements were all there, which
     * no run here reproduced; TDB2's in-memory block store copies blocks for its readers through
     * unsynchronised buffer positions, the one difference from a database on disk found in its
     * source. A guard, not a proven fix.
     */
    private static Change deriveInTurn(
            Store store, FactTable facts, Collection<String> topics, Consumer<Graph> changed) {
        Change total = Change.NONE;
        for (String topic : topics) {
            total = total.plus(apply(store, facts, diff(store, facts, topic), changed));
        }
        return total;
    }

    /** Writes {@code diff}, keeps the statements it was derived from, and hands {@code changed} the nodes it changed. */
    private static Change apply(Store store, FactTable facts, TopicDiff diff, Consumer<Graph> changed) {
        Change change = write(store, diff);
        facts.keep(diff.topic(), diff.said());
        if (!diff.changed().isEmpty()) {
            changed.accept(diff.changed());
        }
        return change;
    }

    /** What one topic's derived graph gains and loses, and the nodes that changed, as they are now. */
    private record TopicDiff(
            String topic,
            List<Said> said,
            Node graph,
            Set<Triple> add,
            Set<Triple> remove,
            long triples,
            Graph changed) {}

    private static TopicDiff diff(Store store, FactTable facts, String topic) {
        Node graph = NodeFactory.createURI(Iris.derivedGraph(topic));
        var dataset = store.dataset();
        return Txn.calculateRead(dataset, () -> {
            TopicFacts statements = facts.topic(topic);
            Set<Triple> add = new HashSet<>();
            ActorLevelDerivation.derive(statements, topic, add::add);
            Graph stored = dataset.asDatasetGraph().getGraph(graph);
            Set<Triple> remove = new HashSet<>();
            List<Triple> kept = new ArrayList<>();
            long storedTriples;
            Set<Triple> before = new HashSet<>();
            if (ActorLevelDerivation.deriveBefore(statements, topic, before::add)) {
                // What the graph holds of the covered triples, derived again from the statements it
                // was derived from: cheaper than reading millions of triples back from the store.
                for (Triple t : before) {
                    (add.remove(t) ? kept : remove).add(t);
                }
                storedTriples = stored.size(); // counted in the index, no triple decoded
            } else if (stored.isEmpty()) {
                storedTriples = 0; // a topic new to the database: nothing to compare with
            } else {
                // The edges of speakers who did not change are neither derived again nor compared.
                Predicate<Triple> covered = ActorLevelDerivation.covers(statements, topic);
                long[] count = {0};
                stored.find().forEachRemaining(t -> {
                    count[0]++;
                    if (covered.test(t)) {
                        (add.remove(t) ? kept : remove).add(t);
                    }
                });
                storedTriples = count[0];
            }
            Set<Node> touched = new HashSet<>();
            add.forEach(t -> touched.add(t.getSubject()));
            remove.forEach(t -> touched.add(t.getSubject()));
            Graph changed = GraphFactory.createDefaultGraph();
            add.forEach(changed::add);
            kept.stream().filter(t -> touched.contains(t.getSubject())).forEach(changed::add);
            return new TopicDiff(
                    topic, statements.said(), graph, add, remove, storedTriples - remove.size() + add.size(), changed);
        });
    }

    private static Change write(Store store, TopicDiff diff) {
        if (diff.add().isEmpty() && diff.remove().isEmpty()) {
            return new Change(diff.triples(), 0, 0);
        }
        var dataset = store.dataset();
        Txn.executeWrite(dataset, () -> {
            DatasetGraph target = dataset.asDatasetGraph();
            diff.remove().forEach(t -> target.delete(diff.graph(), t.getSubject(), t.getPredicate(), t.getObject()));
            diff.add().forEach(t -> target.add(diff.graph(), t.getSubject(), t.getPredicate(), t.getObject()));
        });
        return new Change(diff.triples(), diff.add().size(), diff.remove().size());
    }
}
