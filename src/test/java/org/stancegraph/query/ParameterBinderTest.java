package org.stancegraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;

class ParameterBinderTest {

    private static final String DATA =
            """
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            <https://ex.org/a1> rdfs:label "Ana Lopez"@en .
            <https://ex.org/a2> rdfs:label "Bo Chen" .
            <https://ex.org/a3> rdfs:label "Bo Chen" .
            <https://ex.org/t1> skos:prefLabel "Ground troops"@en ; skos:altLabel "boots on the ground" .
            """;

    private static final NamedQuery QUERY = NamedQuery.parse(
            "q",
            """
            # name: q
            # description: test
            # param: who actor someone
            # param: topic topic something
            # param: text string words
            # param: n integer a number
            SELECT ?who ?text WHERE { BIND(?who AS ?w) BIND(?text AS ?t) }""");

    private final Dataset dataset = dataset();

    private static Dataset dataset() {
        Dataset ds = DatasetFactory.createTxnMem();
        RDFParser.fromString(DATA, Lang.TURTLE).parse(ds.getDefaultModel());
        return ds;
    }

    private Map<String, RDFNode> bind(Map<String, String> values) {
        return new ParameterBinder(dataset).bind(QUERY, values);
    }

    @Test
    void actorsAndTopicsAreFoundByNameInAnyCaseOrGivenByIri() {
        assertEquals(
                "https://ex.org/a1",
                bind(Map.of("who", "ana lopez")).get("who").asResource().getURI());
        assertEquals(
                "https://ex.org/t1",
                bind(Map.of("topic", "Boots on the ground"))
                        .get("topic")
                        .asResource()
                        .getURI());
        assertEquals(
                "https://ex.org/zz",
                bind(Map.of("who", "https://ex.org/zz")).get("who").asResource().getURI());
    }

    @Test
    void unknownParametersAmbiguousAndUnmatchedNamesAreClearErrors() {
        assertTrue(assertThrows(QueryException.class, () -> bind(Map.of("nope", "x")))
                .getMessage()
                .contains("has no parameter \"nope\""));
        assertTrue(assertThrows(QueryException.class, () -> bind(Map.of("who", "Nobody")))
                .getMessage()
                .contains("no actor is named \"Nobody\""));
        assertTrue(assertThrows(QueryException.class, () -> bind(Map.of("who", "Bo Chen")))
                .getMessage()
                .contains("names 2 resources"));
        assertThrows(QueryException.class, () -> bind(Map.of("n", "1; DROP")));
    }

    @Test
    void aValueThatLooksLikeSparqlStaysALiteral() {
        String attack = "x\" } ; DELETE WHERE { ?s ?p ?o } #";
        long before = dataset.getDefaultModel().size();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner(dataset, Duration.ofSeconds(5)).run(QUERY, Map.of("text", attack), ResultFormat.CSV, out);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertTrue(csv.contains("DELETE WHERE"), csv);
        assertEquals(before, dataset.getDefaultModel().size(), "the data is untouched");
    }
}
