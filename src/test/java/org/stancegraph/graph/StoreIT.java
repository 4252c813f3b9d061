package org.stancegraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancegraph.pipeline.Pipeline;
import org.stancegraph.pipeline.Summary;

/** The TDB2 database on disk: rebuilds are idempotent, the union graph answers queries. */
class StoreIT {

    @TempDir
    Path dir;

    private Summary build(Path db, Path input) {
        try (Store store = Store.open(db)) {
            return Pipeline.standard()
                    .build(store, List.of(input), outcome -> {})
                    .summary();
        }
    }

    private long size(Path db) {
        try (Store store = Store.open(db)) {
            return store.size();
        }
    }

    private static Model labelled(String label) {
        Model model = ModelFactory.createDefaultModel();
        model.createResource("urn:x:thing").addProperty(RDFS.label, label);
        return model;
    }

    /** The quads another thread sees: only what was committed. */
    private static long seenElsewhere(Store store) throws Exception {
        var reader = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            return reader.submit(store::size).get();
        } finally {
            reader.shutdown();
        }
    }

    @Test
    void aBulkWriteCommitsEveryFewGraphsAndAtClose() throws Exception {
        try (Store store = Store.open(dir.resolve("db"))) {
            try (Store.BulkWrite bulk = store.bulkWrite(3)) {
                bulk.replace(java.util.Map.of("urn:x:g1", labelled("one"), "urn:x:g2", labelled("two")));
                assertEquals(0, seenElsewhere(store), "two graphs, not yet committed");
                bulk.replace(java.util.Map.of("urn:x:g3", labelled("three")));
                assertEquals(3, seenElsewhere(store), "the third graph committed the three");
                bulk.replace(java.util.Map.of("urn:x:g1", labelled("one again")));
                assertEquals(3, seenElsewhere(store));
            }
            assertEquals(3, seenElsewhere(store), "closing committed the replacement");
            assertEquals("one again", store.read(dataset -> dataset.getNamedModel("urn:x:g1")
                    .listObjectsOfProperty(RDFS.label)
                    .next()
                    .toString()));
        }
    }

    private static Model many(String label) {
        Model model = ModelFactory.createDefaultModel();
        for (int i = 0; i < 20_000; i++) {
            model.createResource("urn:x:thing" + i).addProperty(RDFS.label, label + i);
        }
        return model;
    }

    @Test
    void compactionWaitsUntilTheFilesDoubled() {
        try (Store store = Store.open(dir.resolve("db"))) {
            store.replace("urn:x:g", many("first "));
            store.compactIfGrown();
            assertTrue(
                    Files.exists(dir.resolve("db").resolve("stancegraph-compacted-bytes")),
                    "no compaction on record: compacted, and its size recorded");
            store.replace("urn:x:small", labelled("a little more"));
            Store.Compaction small = store.compactIfGrown();
            assertEquals(small.bytesBefore(), small.bytesAfter(), "a small addition is left as it is");
            for (int i = 0; i < 20; i++) {
                store.replace("urn:x:g", many("again " + i + " "));
            }
            Store.Compaction grown = store.compactIfGrown();
            assertTrue(grown.bytesAfter() < grown.bytesBefore(), "more than doubled: compacted");
            assertEquals(20_001, store.size());
        }
    }

    @Test
    void theSizeCountsEveryQuadOfTheNamedGraphsAndTheDefaultGraph() throws Exception {
        Path articles = Files.createDirectories(dir.resolve("in"));
        Files.writeString(articles.resolve("one.txt"), "Olaf Scholz said on Monday there will be no ground troops.");
        try (Store store = Store.open(dir.resolve("db"))) {
            Pipeline.standard().build(store, List.of(articles), outcome -> {});
            org.apache.jena.system.Txn.executeWrite(
                    store.dataset(), () -> store.dataset().getDefaultModel().add(labelled("in the default graph")));
            long decoded =
                    store.read(dataset -> dataset.asDatasetGraph().stream().count());
            assertEquals(decoded, store.size());
            assertEquals(
                    1L, (long) store.read(dataset -> dataset.getDefaultModel().size()));
        }
    }

    @Test
    void buildingTwiceLeavesTheSameQuads() throws Exception {
        Path articles = Files.createDirectories(dir.resolve("in"));
        Files.writeString(articles.resolve("one.txt"), "Olaf Scholz said on Monday there will be no ground troops.");
        Path db = dir.resolve("db");
        build(db, articles);
        long first = size(db);
        build(db, articles);
        assertEquals(first, size(db));
        assertTrue(first > 0);
    }

    @Test
    void compactionDropsTheReplacedDataAndKeepsTheLive() throws Exception {
        Path db = dir.resolve("db");
        try (Store store = Store.open(db)) {
            Model graph = ModelFactory.createDefaultModel();
            for (int round = 0; round < 300; round++) {
                graph.removeAll().add(graph.createResource("https://ex.org/s"), RDFS.label, "round " + round);
                store.replace("https://ex.org/g", graph);
            }
            Store.Compaction compaction = store.compact();
            assertTrue(compaction.bytesAfter() < compaction.bytesBefore(), compaction.toString());
            assertEquals(1, store.size());
        }
        try (Store again = Store.open(db)) {
            assertEquals(1, again.size(), "the compacted database opens again with its data");
        }
        assertEquals(new Store.Compaction(0, 0), Store.inMemory().compact(), "nothing to compact in memory");
    }

    @Test
    void theDefaultGraphIsTheUnionOfTheNamedGraphs() throws Exception {
        Path articles = Files.createDirectories(dir.resolve("in"));
        Files.writeString(articles.resolve("one.txt"), "Olaf Scholz said there will be no ground troops.");
        Path db = dir.resolve("db");
        build(db, articles);
        try (Store store = Store.open(db)) {
            boolean found = store.read(ds -> {
                try (QueryExecution qe = QueryExecution.dataset(ds)
                        .query(
                                """
                        PREFIX sg: <https://stancegraph.org/ontology#>
                        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                        ASK { ?s sg:speaker ?who . ?who rdfs:label "Olaf Scholz" }""")
                        .build()) {
                    return qe.execAsk();
                }
            });
            assertTrue(found, "statement (article graph) joined with label (registry graph)");
        }
    }

    @Test
    void aFailedArticleLeavesItsEarlierGraphAsItWas() throws Exception {
        Path articles = Files.createDirectories(dir.resolve("in"));
        Path file = articles.resolve("one.txt");
        Files.writeString(file, "Olaf Scholz said there will be no ground troops.");
        Path db = dir.resolve("db");
        build(db, articles);
        long before = size(db);
        Files.write(file, new byte[] {'B', 'a', 'd', (byte) 0xFF});
        Summary summary = build(db, articles);
        assertEquals(1, summary.failed());
        assertEquals(before, size(db));
        try (Store store = Store.open(db)) {
            assertFalse(store.isEmpty());
        }
    }
}
