package org.stancegraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;

class TopicCodebookTest {

    private static final TopicCodebook CODEBOOK = TopicCodebook.of(
            codebook(
                    """
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            <https://example.org/t/app-ban> a skos:Concept ; skos:prefLabel "Ban the FizzChat app"@en ;
                skos:altLabel "FizzChat ban bill"@en .
            <https://example.org/t/app-spying> a skos:Concept ; skos:prefLabel "FizzChat spies on its users"@en ;
                skos:altLabel "FizzChat surveillance"@en , "FizzChat is a spy"@en .
            """));

    private static Model codebook(String turtle) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(turtle, Lang.TURTLE).parse(model);
        return model;
    }

    @Test
    void aLabelInTheTextDecidesTheMainTopic() {
        assertEquals(
                "https://example.org/t/app-spying",
                CODEBOOK.mainTopic("Critics raised FizzChat surveillance again; a bill was mentioned.")
                        .iri());
    }

    @Test
    void withoutAnyLabelTheLabelWordsTheArticleUsesMostDecide() {
        String article = "The senate passed a bill on Tuesday that could ban FizzChat. "
                + "Backers of the bill said a ban was overdue; FizzChat said it would sue.";
        assertEquals(
                "https://example.org/t/app-ban", CODEBOOK.mainTopic(article).iri());
    }

    @Test
    void anArticleThatSharesTooFewLabelWordsHasNoMainTopic() {
        assertEquals(TopicCodebook.UNCLASSIFIED, CODEBOOK.mainTopic("The minister said the app was popular."));
    }

    @Test
    void aLabelThatIsAPropositionIsAssertedWhereTheTextStatesIt() {
        assertEquals(
                java.util.Set.of("https://example.org/t/app-spying"),
                CODEBOOK.assertedIn("She said FizzChat is a spy and a FizzChat ban was near.").stream()
                        .map(TopicCodebook.Topic::iri)
                        .collect(java.util.stream.Collectors.toSet()));
    }
}
