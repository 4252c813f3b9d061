package org.stancegraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stancegraph.model.Stance;

class LexiconStanceClassifierTest {

    private static final Codebooks BOOKS = Codebooks.standard();
    private static final Lexicon LEXICON = Lexicon.of(BOOKS.lexicon());
    private static final TopicCodebook TOPICS = TopicCodebook.of(BOOKS.topics());
    private final StanceClassifier classifier = new LexiconStanceClassifier(LEXICON, TOPICS);

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "say     | there will be no ground troops from our country                 | AGAINST | western-troops-in-ukraine",
                "say     | We have no plans to send troops                                 | AGAINST | western-troops-in-ukraine",
                "say     | deploying soldiers is not on the cards                          | AGAINST | western-troops-in-ukraine",
                "say     | sending troops cannot be excluded; nothing should be ruled out  | FAVOUR  | western-troops-in-ukraine",
                "say     | sending ground troops is not ruled out                          | FAVOUR  | western-troops-in-ukraine",
                "reject  | the call for boots on the ground                                | AGAINST | western-troops-in-ukraine",
                "propose | European soldiers could be deployed                             | FAVOUR  | western-troops-in-ukraine",
                "say     | the shells will arrive in May                                   | NEUTRAL | ammunition-for-ukraine",
                "say     | aid did not include long-range missiles                         | AGAINST | long-range-missiles",
                "say     | the allies will act together so that Russia cannot win          | FAVOUR  | russia-defeat",
                "say     | deploying soldiers to Ukraine would be a milestone for Europe   | FAVOUR  | western-troops-in-ukraine",
                "say     | sending ground troops would be a historic mistake               | AGAINST | western-troops-in-ukraine",
                "say     | the plan to deploy soldiers to Ukraine is unworkable            | AGAINST | western-troops-in-ukraine",
                "say     | the summit ended, praising the pledge of long-range missiles    | FAVOUR  | long-range-missiles",
                "say     | she had grave worries about sending ground troops               | AGAINST | western-troops-in-ukraine",
                "say     | deploying soldiers is a plan I would support                    | FAVOUR  | western-troops-in-ukraine",
                "say     | I could not support sending ground troops                       | AGAINST | western-troops-in-ukraine",
                "say     | deploying soldiers to Ukraine is not legally justified          | AGAINST | western-troops-in-ukraine",
                "say     | sending ground troops has not been ruled out                    | FAVOUR  | western-troops-in-ukraine",
                "say     | the troop deployment plan was doomed                            | AGAINST | western-troops-in-ukraine",
                "say     | it was necessary to send ground troops                          | FAVOUR  | western-troops-in-ukraine",
                "say     | sending ground troops would be a wonderful gesture              | FAVOUR  | western-troops-in-ukraine",
                "say     | sending ground troops would be a disgrace                       | AGAINST | western-troops-in-ukraine",
                "say     | sending ground troops would not be a disaster                   | FAVOUR  | western-troops-in-ukraine",
                "say     | the United Nations will debate sending ground troops            | NEUTRAL | western-troops-in-ukraine",
                "say     | the allies supported sending ground troops                      | NEUTRAL | western-troops-in-ukraine",
                "warn    | sending ground troops would be a wonderful gesture              | AGAINST | western-troops-in-ukraine",
                "say     | sending ground troops was debated, keeping to her proud heritage | NEUTRAL | western-troops-in-ukraine",
                "say     | it was her excellent proposal to send ground troops             | FAVOUR  | western-troops-in-ukraine",
                "say     | a deal was struck on sending ground troops                      | NEUTRAL | western-troops-in-ukraine",
                "say     | the allies struck a compromise on sending ground troops         | NEUTRAL | western-troops-in-ukraine",
                "say     | sending ground troops was struck from the agenda, a disgrace    | AGAINST | western-troops-in-ukraine",
            })
    void cuesDecideAndTheVerbHoldsWithoutThem(String verb, String reported, Stance stance, String topic) {
        List<StanceClassifier.Position> positions = classifier.classify(LEXICON.verb(verb), reported);
        assertEquals(1, positions.size(), positions.toString());
        assertEquals(stance, positions.get(0).stance());
        assertEquals(
                "https://stancegraph.org/id/topic/" + topic,
                positions.get(0).topic().iri());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "she asked why anybody else should be convinced            | NEUTRAL",
                "the stance of the two capitals should not be a problem     | NEUTRAL",
                "ground troops should be sent                               | FAVOUR",
                "ground troops should not be sent                           | AGAINST",
            })
    void aBareModalJudgesOnlyAPropositionNamedWithIt(String reported, Stance stance) {
        List<StanceClassifier.Position> positions = classifier.classify(LEXICON.verb("say"), reported);
        assertEquals(1, positions.size(), positions.toString());
        assertEquals(stance, positions.get(0).stance(), positions.toString());
    }

    @org.junit.jupiter.api.Test
    void eachCueJudgesTheTopicOnItsSide() {
        List<StanceClassifier.Position> positions = classifier.classify(
                LEXICON.verb("say"),
                "Ground troops? Nothing should be ruled out. We will do whatever it takes so that Russia cannot win.");
        assertEquals(2, positions.size(), positions.toString());
        assertEquals(Stance.FAVOUR, positions.get(0).stance());
        assertEquals("Western troops in Ukraine", positions.get(0).topic().label());
        assertEquals("Russia must not win the war", positions.get(1).topic().label());
    }

    @org.junit.jupiter.api.Test
    void wordsThatSignalNoTopicAreUnclassified() {
        var positions = classifier.classify(LEXICON.verb("say"), "the weather was fine");
        assertEquals(TopicCodebook.UNCLASSIFIED, positions.get(0).topic());
    }
}
