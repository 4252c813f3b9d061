package org.stancegraph.query;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.apache.jena.sparql.resultset.ResultsFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.stancegraph.GoldenFile;
import org.stancegraph.graph.Derivation;
import org.stancegraph.graph.Store;

/**
 * Every named query against a small hand-written graph ({@code golden/queries/graph.trig}), after
 * the build's derivation rules, compared as result sets with {@code golden/queries/NAME.srj}.
 * A changed expectation is regenerated with {@code -Dgolden.update=true} (the test that rewrites
 * its file fails; see {@link GoldenFile}) and reviewed by hand.
 */
class NamedQueryGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/queries");

    /** Each case: a named query and its parameters; the file name says both. */
    private record Case(String file, String query, Map<String, String> params) {}

    private static final List<Case> CASES = List.of(
            new Case("statements", "statements", Map.of()),
            new Case("statements-bob", "statements", Map.of("speaker", "Bob")),
            new Case("who-contradicted-whom", "who-contradicted-whom", Map.of()),
            new Case("who-contradicted-alice", "who-contradicted-whom", Map.of("contradicted", "Alice")),
            new Case("positions", "positions", Map.of()),
            new Case("actor-statements-alice", "actor-statements", Map.of("actor", "alice")),
            new Case("timeline", "timeline", Map.of("topic", "Send ships")),
            new Case("camps", "camps", Map.of()),
            new Case("agreements", "agreements", Map.of()),
            new Case("reversals", "reversals", Map.of()),
            new Case("quotes-ships", "quotes", Map.of("text", "SHIPS")),
            new Case("sources", "sources", Map.of()));

    private static Store store;

    @BeforeAll
    static void load() {
        store = Store.load(GOLDEN.resolve("graph.trig"));
        Derivation.standard().derive(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @TestFactory
    Stream<DynamicTest> everyNamedQueryHasAGoldenResult() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.file(), () -> check(c)));
    }

    @org.junit.jupiter.api.Test
    void everyShippedQueryHasACase() {
        for (NamedQuery query : QueryCatalog.shipped().all()) {
            assertTrue(
                    CASES.stream().anyMatch(c -> c.query().equals(query.name())), query.name() + " has no golden case");
        }
    }

    private static void check(Case c) throws IOException {
        NamedQuery query = QueryCatalog.shipped().get(c.query()).orElseThrow();
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        new QueryRunner(store.dataset(), Duration.ofSeconds(30)).run(query, c.params(), ResultFormat.JSON, json);
        GoldenFile golden = GoldenFile.of(GOLDEN.resolve(c.file() + ".srj"));
        ResultSetRewindable actual = read(json.toString(StandardCharsets.UTF_8));
        ResultSetRewindable wanted =
                golden.read().map(NamedQueryGoldenTest::read).orElse(null);
        if (wanted == null || !ResultSetCompare.equalsByTerm(wanted, actual)) {
            golden.rewriteIfUpdating(json.toString(StandardCharsets.UTF_8));
            if (wanted == null) {
                fail("no golden file " + golden.path() + "; write it with -Dgolden.update=true and review it");
            }
            wanted.reset();
            actual.reset();
            fail(c.file() + " differs from its golden result.\nexpected:\n" + ResultSetFormat.text(wanted)
                    + "\nactual:\n" + ResultSetFormat.text(actual));
        }
    }

    private static ResultSetRewindable read(String json) {
        InputStream in = new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
        return ResultSetFactory.copyResults(ResultSetFactory.load(in, ResultsFormat.FMT_RS_JSON));
    }

    /** Results as sorted text lines, for a failure message a person can read. */
    private static final class ResultSetFormat {
        static String text(ResultSetRewindable results) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            org.apache.jena.query.ResultSetFormatter.out(out, results);
            return out.toString(StandardCharsets.UTF_8);
        }
    }
}
