package org.stancegraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;

class QueryRunnerTest {

    /** Five edges with a weight and a note each. */
    private static final String DATA =
            """
            @prefix : <https://example.org/> .
            :e1 :weight 5 ; :note "five" .
            :e2 :weight 3 ; :note "three" .
            :e3 :weight 9 ; :note "nine" .
            :e4 :weight 1 ; :note "one" .
            :e5 :weight 7 ; :note "seven" .
            """;

    private static List<String> notes(String sparql, int maxRows) {
        Dataset dataset = DatasetFactory.createTxnMem();
        Model model = dataset.getDefaultModel();
        RDFParser.fromString(DATA, Lang.TURTLE).parse(model);
        List<String> notes = new ArrayList<>();
        new QueryRunner(dataset, Duration.ofSeconds(10))
                .run(NamedQuery.parse("q", sparql), Map.of(), maxRows, new ResultSink() {
                    @Override
                    public void select(ResultSet results) {
                        results.forEachRemaining(
                                row -> notes.add(row.getLiteral("note").getString()));
                    }

                    @Override
                    public void ask(boolean answer) {}

                    @Override
                    public void graph(Model graph) {}
                });
        return notes;
    }

    @Test
    void aRowCapAlsoCapsTheSubquerySortedAsTheQueryIsAndKeepsItsOrder() {
        String sparql =
                """
                PREFIX : <https://example.org/>
                SELECT ?note WHERE {
                  { SELECT ?e ?w WHERE { ?e :weight ?w } ORDER BY DESC(?w) }
                  ?e :note ?note
                }
                ORDER BY DESC(?w)
                """;
        assertEquals(List.of("nine", "seven"), notes(sparql, 2));
        assertEquals(List.of("nine", "seven", "five", "three", "one"), notes(sparql, 0));
    }

    @Test
    void aSubquerySortedOtherwiseIsNotCapped() {
        String sparql =
                """
                PREFIX : <https://example.org/>
                SELECT ?note WHERE {
                  { SELECT ?e ?w WHERE { ?e :weight ?w } ORDER BY ?w }
                  ?e :note ?note
                }
                ORDER BY DESC(?w)
                """;
        assertEquals(List.of("nine", "seven"), notes(sparql, 2));
    }
}
