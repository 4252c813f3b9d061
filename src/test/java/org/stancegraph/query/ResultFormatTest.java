package org.stancegraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.apache.jena.sparql.resultset.ResultsFormat;
import org.junit.jupiter.api.Test;

class ResultFormatTest {

    private static final String QUERY =
            """
            SELECT ?name ?note WHERE {
              VALUES (?name ?note) { ("Ana" "short") ("Bo" "a note far longer than any terminal column should ever show in one cell") }
            }""";

    private static ResultSetRewindable results() {
        try (QueryExecution qe = QueryExecution.model(ModelFactory.createDefaultModel())
                .query(QUERY)
                .build()) {
            return ResultSetFactory.copyResults(qe.execSelect());
        }
    }

    private static String write(ResultFormat format, ResultSet results) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(results, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void jsonIsSparqlResultsJsonThatReadsBackToTheSameResults() {
        ResultSetRewindable expected = results();
        String json = write(ResultFormat.JSON, expected);
        expected.reset();
        ResultSet back = ResultSetFactory.load(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), ResultsFormat.FMT_RS_JSON);
        assertTrue(ResultSetCompare.equalsByTerm(expected, ResultSetFactory.copyResults(back)));
    }

    @Test
    void theTableAlignsColumnsAndCutsLongCells() {
        String[] lines = write(ResultFormat.TABLE, results()).split("\n");
        assertEquals("name  note", lines[0].stripTrailing());
        assertTrue(lines[3].endsWith("…"), lines[3]);
        assertTrue(lines[3].length() <= "name  ".length() + ResultFormat.MAX_CELL, lines[3]);
        assertEquals("(2 rows)", lines[4]);
    }

    @Test
    void csvAndTsvHaveAHeaderAndARowPerSolution() {
        assertEquals(3, write(ResultFormat.CSV, results()).strip().split("\r?\n").length);
        assertTrue(write(ResultFormat.TSV, results()).startsWith("?name\t?note"));
    }
}
