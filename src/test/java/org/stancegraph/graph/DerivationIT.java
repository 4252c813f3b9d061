package org.stancegraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancegraph.graph.derive.FactTable;
import org.stancegraph.pipeline.Pipeline;

/** Derivation writes only the difference from what a topic's derived graph holds, and gives what deriving from scratch gives. */
class DerivationIT {

    private static final Derivation DERIVATION = Derivation.standard();

    @TempDir
    Path dir;

    private Store store;

    /** On disk, where topics are derived on several threads while one writes (in memory they are derived in turn). */
    @BeforeEach
    void buildTheSeeds() {
        store = Store.open(dir.resolve("db"));
        Pipeline.standard().build(store, List.of(Path.of("seeds")), outcome -> {});
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Set<Quad> derivedQuads() {
        return store.read(dataset -> {
            Set<Quad> quads = new HashSet<>();
            dataset.asDatasetGraph().find().forEachRemaining(q -> {
                if (q.getGraph().getURI().startsWith(Iris.DERIVED_GRAPH)) {
                    quads.add(q);
                }
            });
            return quads;
        });
    }

    @Test
    void derivingAgainWritesNothing() {
        Derivation.Change again = DERIVATION.derive(store);
        assertEquals(new Derivation.Change(derivedQuads().size(), 0, 0), again);
        assertTrue(again.triples() > 100, "the seeds give derived facts");
    }

    @Test
    void aTopicThatLostAnArticleWritesOnlyItsDifferenceAndEqualsADerivationFromScratch() {
        String article = ArticleIndex.hashes(store).keySet().stream()
                .sorted()
                .findFirst()
                .orElseThrow();
        Set<String> topics = ArticleIndex.topics(store, article);
        Set<Quad> before = derivedQuads();
        var facts = DERIVATION.facts(store);
        facts.drop(Iris.article(article));
        store.remove(Iris.articleGraph(article));

        List<Graph> changed = new ArrayList<>();
        Derivation.Change change = DERIVATION.derive(store, facts, topics, changed::add);
        facts.seal();
        Set<Quad> incremental = derivedQuads();

        assertTrue(change.removed() > 0, "the article's reports lose their utterances");
        assertTrue(
                change.added() + change.removed() < change.triples(), "most of what the topics hold stays: " + change);
        Set<Node> differing = new HashSet<>();
        before.stream().filter(q -> !incremental.contains(q)).forEach(q -> differing.add(q.getSubject()));
        incremental.stream().filter(q -> !before.contains(q)).forEach(q -> differing.add(q.getSubject()));
        Set<Node> described = new HashSet<>();
        changed.forEach(g -> g.find().forEachRemaining(t -> described.add(t.getSubject())));
        assertFalse(differing.isEmpty());
        // The nodes handed over (for validation) are the ones whose triples changed and still have some.
        Set<Node> stillThere = new HashSet<>();
        incremental.forEach(q -> stillThere.add(q.getSubject()));
        differing.retainAll(stillThere);
        assertEquals(differing, described);

        Txn.executeWrite(store.dataset(), () -> before.stream()
                .map(Quad::getGraph)
                .distinct()
                .forEach(g -> store.dataset().asDatasetGraph().removeGraph(g)));
        DERIVATION.derive(store);
        assertEquals(derivedQuads(), incremental);
    }

    @Test
    void theGraphOfATopicNoStatementIsOnIsDropped() {
        List<String> topics = DERIVATION.topics(store);
        Set<String> articles = ArticleIndex.hashes(store).keySet();
        FactTable facts = DERIVATION.facts(store);
        articles.forEach(id -> {
            facts.drop(Iris.article(id));
            store.remove(Iris.articleGraph(id));
        });
        facts.seal();
        assertEquals(new Derivation.Change(0, 0, 0), DERIVATION.derive(store));
        assertTrue(derivedQuads().isEmpty(), "no statements, no derived graphs; before: " + topics);
    }
}
