package org.stancegraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancegraph.graph.Derivation;
import org.stancegraph.graph.Store;

/**
 * Incremental builds on a TDB2 database on disk: what is unchanged is skipped, what changed or
 * was removed is redone, and the result is always the graph a build from scratch gives.
 */
class IncrementalBuildIT {

    private static final Pipeline PIPELINE = Pipeline.standard();

    @TempDir
    Path dir;

    private Path copyOfTheSeeds() throws IOException {
        Path copy = Files.createDirectories(dir.resolve("articles"));
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        return copy;
    }

    private static BuildResult build(Path db, Path articles) {
        try (Store store = Store.open(db)) {
            return PIPELINE.build(store, List.of(articles), outcome -> {});
        }
    }

    private static void assertSameAsFromScratch(Path db, Path articles, Path scratch) {
        build(scratch, articles);
        try (Store incremental = Store.open(db);
                Store fresh = Store.open(scratch)) {
            assertEquals(fresh.size(), incremental.size(), "quads");
            boolean same = incremental.read(
                    a -> fresh.read(b -> IsoMatcher.isomorphic(a.asDatasetGraph(), b.asDatasetGraph())));
            assertTrue(same, "the incremental build holds the graph a build from scratch gives");
        }
    }

    @Test
    void buildingTheSameArticlesAgainConvertsNothingAndChangesNothing() throws Exception {
        Path articles = copyOfTheSeeds();
        Path db = dir.resolve("db");
        BuildResult first = build(db, articles);
        BuildResult second = build(db, articles);
        assertEquals(new Summary(0, 0, 0, first.summary().articles()), second.summary());
        assertEquals(first.quads(), second.quads());
        assertEquals(new Derivation.Change(0, 0, 0), second.derived(), "no topic was touched");
        assertSameAsFromScratch(db, articles, dir.resolve("scratch"));
    }

    @Test
    void aChangedArticleReplacesItsGraphAndTheResultIsAsFromScratch() throws Exception {
        Path articles = copyOfTheSeeds();
        Path db = dir.resolve("db");
        build(db, articles);
        Path one;
        try (Stream<Path> files = Files.list(articles)) {
            one = files.filter(f -> f.toString().endsWith(".txt"))
                    .sorted()
                    .findFirst()
                    .orElseThrow();
        }
        Files.writeString(
                one,
                Files.readString(one).replaceFirst("\\.", ". Ada Quill said on Monday that the ferry tax must go."));
        BuildResult again = build(db, articles);
        assertEquals(1, again.summary().articles());
        assertEquals(4, again.summary().unchanged());
        assertTrue(again.violations().isEmpty(), again.violations().toString());
        assertSameAsFromScratch(db, articles, dir.resolve("scratch"));
    }

    @Test
    void aNewArticleAndARemovedOneLeaveWhatAFreshBuildOfTheRestGives() throws Exception {
        Path articles = copyOfTheSeeds();
        Path db = dir.resolve("db");
        build(db, articles);
        Files.writeString(
                articles.resolve("extra.txt"),
                "Ada Quill, the Wessland foreign minister, said on Tuesday she rejects sending ground troops to Ukraine.");
        BuildResult added = build(db, articles);
        assertEquals(1, added.summary().articles());
        assertSameAsFromScratch(db, articles, dir.resolve("scratch-added"));

        String removed;
        try (Stream<Path> files = Files.list(articles)) {
            Path first = files.filter(f -> f.toString().endsWith(".txt"))
                    .sorted()
                    .findFirst()
                    .orElseThrow();
            removed = first.getFileName().toString().replace(".txt", "");
            Files.delete(first);
            Files.deleteIfExists(articles.resolve(removed + ".json"));
        }
        try (Store store = Store.open(db)) {
            assertEquals(List.of("no-such-article"), Pipeline.remove(store, List.of(removed, "no-such-article")));
        }
        assertSameAsFromScratch(db, articles, dir.resolve("scratch-removed"));
    }
}
