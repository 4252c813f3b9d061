package org.stancegraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.stancegraph.extract.TopicCodebook.Topic;
import org.stancegraph.model.SpeechAct;
import org.stancegraph.model.Stance;

/** A codebook's coding instructions in its definitions, on an invented codebook. */
class CodingInstructionsTest {

    private static final Lexicon LEXICON = Lexicon.of(Codebooks.standard().lexicon());

    private static final TopicCodebook CODEBOOK = TopicCodebook.of(
            turtle(
                    """
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix ex: <https://ex.org/topic/> .
            ex:raids a skos:Concept ;
                skos:prefLabel "The neighbour arms the border raiders"@en ;
                skos:altLabel "border raiders"@en ;
                skos:definition "In favour: argues or warns that the neighbour arms the raiders, or says so. Against: denies it, or votes against a motion saying so."@en .
            ex:toll a skos:Concept ;
                skos:prefLabel "A toll on the river ferries"@en ;
                skos:altLabel "ferry toll"@en ;
                skos:definition "A charge on every crossing. In favor: supports or warns that ferries need money. Against: warns that islanders cannot pay."@en .
            ex:bridge a skos:Concept ;
                skos:prefLabel "A bridge to the island"@en ;
                skos:altLabel "island bridge"@en .
            """));

    private static final CodingInstructions INSTRUCTIONS = CodingInstructions.of(CODEBOOK, LEXICON);

    @Test
    void anActNamedUnderOneSideCountsForThatSide() {
        assertEquals(Optional.of(Stance.FAVOUR), INSTRUCTIONS.sideOf(topic("raids"), new SpeechAct("warns")));
        assertEquals(Optional.of(Stance.AGAINST), INSTRUCTIONS.sideOf(topic("raids"), new SpeechAct("denies")));
        assertEquals(
                Optional.of(Stance.AGAINST),
                INSTRUCTIONS.sideOf(topic("raids"), LEXICON.verb("vote against").act()),
                "a multi-word verb, in the third person");
    }

    @Test
    void anActNamedUnderBothSidesOrNotAtAllOrWithoutASideOfItsOwnCountsForNeither() {
        assertEquals(Optional.empty(), INSTRUCTIONS.sideOf(topic("toll"), new SpeechAct("warns")));
        assertEquals(Optional.of(Stance.FAVOUR), INSTRUCTIONS.sideOf(topic("toll"), new SpeechAct("supports")));
        assertEquals(Optional.empty(), INSTRUCTIONS.sideOf(topic("raids"), SpeechAct.SAYS));
        assertEquals(
                Optional.empty(),
                INSTRUCTIONS.sideOf(topic("raids"), new SpeechAct("claims")),
                "a claim's side is what it says");
        assertEquals(Optional.empty(), INSTRUCTIONS.sideOf(topic("bridge"), new SpeechAct("warns")));
    }

    @Test
    void theClassifierTakesTheInstructionsBeforeTheVerbsSenseButAfterACue() {
        StanceClassifier classifier = new LexiconStanceClassifier(LEXICON, CODEBOOK);

        assertEquals(
                List.of(new StanceClassifier.Position(topic("raids"), Stance.FAVOUR)),
                classifier.classify(LEXICON.verb("warn"), "the border raiders get their rifles from across the hills"));
        assertEquals(
                List.of(new StanceClassifier.Position(topic("bridge"), Stance.AGAINST)),
                classifier.classify(LEXICON.verb("warn"), "the island bridge would cost a fortune"),
                "no instructions: a warning is against what it names");
        assertEquals(
                Stance.FAVOUR,
                classifier
                        .classify(LEXICON.verb("deny"), "the border raiders are not ruled out")
                        .get(0)
                        .stance(),
                "a cue decides before the instructions");
    }

    private static Topic topic(String name) {
        return CODEBOOK.topics().stream()
                .filter(t -> t.iri().endsWith("/" + name))
                .findFirst()
                .orElseThrow();
    }

    private static Model turtle(String text) {
        Model model = ModelFactory.createDefaultModel();
        model.read(new StringReader(text), null, "TTL");
        return model;
    }
}
