package org.stancegraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CancellableRegexTest {

    /**
     * One value, as ARQ computes it or as the swapped function does: "unbound" for an error of the
     * call, "refused" when the query is refused outright (ARQ compiles a constant pattern as it
     * parses).
     */
    private static String value(Dataset dataset, String expression) {
        String query =
                "SELECT ?r WHERE { VALUES (?text ?pattern) { (\"Ab ab\" \"^a\") } BIND((" + expression + ") AS ?r) }";
        try (QueryExecution execution =
                QueryExecution.dataset(dataset).query(query).build()) {
            ResultSet results = execution.execSelect();
            QuerySolution row = results.next();
            RDFNode r = row.get("r");
            return r == null ? "unbound" : r.asNode().toString();
        } catch (ExprEvalException e) {
            return "refused";
        }
    }

    private static Dataset cancellable() {
        Dataset dataset = DatasetFactory.create();
        CancellableRegex.installIn(dataset.getContext());
        return dataset;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "REGEX(\"Alpha\", \"^a\", \"i\")",
                "REGEX(\"Alpha\", \"^a\")",
                "REGEX(\"a.b\", \".\", \"q\")",
                "REGEX(\"abc\", \"[\")",
                "REGEX(\"abc\", \"b\", \"z\")",
                "REGEX(?text, ?pattern)",
                "REGEX(?text, ?pattern, \"i\")",
                "REGEX(?text, \"[\")",
                "REGEX(?text, ?pattern, \"z\")",
                "REGEX(42, \"4\")",
                "REPLACE(\"notEmpty\", \".*\", \"x\")",
                "REPLACE(\"aaa\", \"a*\", \"-\")",
                "REPLACE(\"abcabc\", \"b\", \"$0$0\")",
                "REPLACE(\"abc\", \"b\", \"$9\")",
                "REPLACE(\"chat\"@fr, \"t\", \"s\")",
                "REPLACE(\"abc\"^^<http://www.w3.org/2001/XMLSchema#string>, \"z\", \"y\")",
                "REPLACE(?text, ?pattern, \"x\", \"i\")",
                "REPLACE(?text, \"B\", \"x\", \"i\")",
            })
    void theSwappedFunctionsAnswerAsArqDoes(String expression) {
        assertEquals(value(DatasetFactory.create(), expression), value(cancellable(), expression), expression);
    }

    /** Backtracking over 30 nested choices: ARQ's own REGEX would run for hours on this. */
    private static final String CATASTROPHIC = "\"" + "a".repeat(40) + "!\", \"^(.*a){30}$\"";

    /** Runs {@code query} with a half-second timeout; fails (leaving its thread behind) after 10 s. */
    private static void assertCancelledWithinSeconds(String query) {
        assertTimeoutPreemptively(
                Duration.ofSeconds(10),
                () -> assertThrows(QueryCancelledException.class, () -> {
                    try (QueryExecution execution = QueryExecution.dataset(cancellable())
                            .query(query)
                            .timeout(500, TimeUnit.MILLISECONDS)
                            .build()) {
                        execution.execSelect().hasNext();
                    }
                }));
    }

    @Test
    void aCatastrophicPatternEndsWithTheQueryTimeout() {
        assertCancelledWithinSeconds("SELECT * WHERE { FILTER(REGEX(" + CATASTROPHIC + ")) }");
    }

    @Test
    void aCatastrophicReplaceEndsWithTheQueryTimeoutToo() {
        assertCancelledWithinSeconds("SELECT (REPLACE(" + CATASTROPHIC + ", \"\") AS ?r) WHERE {}");
    }

    @Test
    void aPatternInAVariableIsWatchedAsWell() {
        assertCancelledWithinSeconds(
                "SELECT * WHERE { VALUES (?t ?p) { (" + CATASTROPHIC.replace(",", "") + ") } FILTER(REGEX(?t, ?p)) }");
    }

    @Test
    void aPatternInsideExistsOrASubqueryIsWatchedToo() {
        assertCancelledWithinSeconds("SELECT * WHERE { FILTER EXISTS { FILTER(REGEX(" + CATASTROPHIC + ")) } }");
        assertCancelledWithinSeconds("SELECT * WHERE { { SELECT * WHERE { FILTER(REGEX(" + CATASTROPHIC + ")) } } }");
    }
}
