package org.stancegraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;

/** Names, labels, local names and IRIs resolve to actors and topics the same way everywhere. */
class TermResolverTest {

    private static final String DATA =
            """
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            <https://ex.org/actor/ana> rdfs:label "Ana Lopez" ; skos:altLabel "Lopez" .
            <https://ex.org/actor/office> rdfs:label "The Prime Minister’s Office" .
            <https://ex.org/actor/bo1> rdfs:label "Bo Chen" .
            <https://ex.org/actor/bo2> rdfs:label "Bo Chen" .
            <https://ex.org/topic/ferry-tax> a skos:Concept ; skos:prefLabel "A tax on ferries" .
            """;

    private final TermResolver resolver = new TermResolver(dataset());

    private static Dataset dataset() {
        Dataset dataset = DatasetFactory.create();
        RDFDataMgr.read(dataset.getDefaultModel(), new StringReader(DATA), null, Lang.TURTLE);
        return dataset;
    }

    private String actor(String name) {
        return resolver.resolve(TermResolver.Kind.ACTOR, name).getURI();
    }

    @Test
    void aNameResolvesByLabelOrAliasInAnyCase() {
        assertEquals("https://ex.org/actor/ana", actor("ana lopez"));
        assertEquals("https://ex.org/actor/ana", actor("LOPEZ"));
    }

    @Test
    void aLeadingTheAndCurlyApostrophesDoNotMatter() {
        assertEquals("https://ex.org/actor/office", actor("Prime Minister's Office"));
        assertEquals("https://ex.org/actor/office", actor("the prime minister’s office"));
    }

    @Test
    void aTopicResolvesByLabelOrByTheLocalNameOfItsConcept() {
        assertEquals(
                "https://ex.org/topic/ferry-tax",
                resolver.resolve(TermResolver.Kind.TOPIC, "a tax on ferries").getURI());
        assertEquals(
                "https://ex.org/topic/ferry-tax",
                resolver.resolve(TermResolver.Kind.TOPIC, "ferry-tax").getURI());
        assertTrue(resolver.candidates(TermResolver.Kind.ACTOR, "ferry-tax").isEmpty(), "local names are for topics");
    }

    @Test
    void anIriStandsForItselfAndAMalformedOneIsAnError() {
        assertEquals("https://ex.org/elsewhere", actor("https://ex.org/elsewhere"));
        assertThrows(QueryException.class, () -> actor("https://ex.org/a b"));
    }

    @Test
    void unknownAndAmbiguousNamesSaySo() {
        assertEquals(
                "no actor is named \"Nobody\"",
                assertThrows(QueryException.class, () -> actor("Nobody")).getMessage());
        assertEquals(
                "\"Bo Chen\" names 2 resources; give the IRI",
                assertThrows(QueryException.class, () -> actor("Bo Chen")).getMessage());
    }

    @Test
    void aNameThatLooksLikeSparqlIsJustAName() {
        assertTrue(resolver.candidates(TermResolver.Kind.ACTOR, "x\" } UNION { ?resource ?p ?o } #")
                .isEmpty());
    }
}
