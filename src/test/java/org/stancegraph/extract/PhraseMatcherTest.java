package org.stancegraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {

    @Test
    void theLongestOverlappingPhraseWins() {
        PhraseMatcher<String> cues =
                PhraseMatcher.of(Map.of("ruled out", "against", "nothing should be ruled out", "favour"));
        var found = cues.find("But nothing should be ruled out, he said.");
        assertEquals(1, found.size());
        assertEquals("favour", found.get(0).value());
    }

    @Test
    void caseAccentsApostrophesHyphensPluralsAndQuoteMarksAreFolded() {
        PhraseMatcher<String> m = PhraseMatcher.of(Map.of(
                "long range missile",
                "missiles",
                "Sejourne",
                "name",
                "not ruled out",
                "open",
                "Russia's defeat",
                "defeat"));
        String text = "Long-range missiles, Stéphane Séjourné, not “ruled out”, Russia’s defeat";
        assertEquals(
                List.of("missiles", "name", "open", "defeat"),
                m.find(text).stream().map(PhraseMatcher.Match::value).toList());
    }

    @Test
    void phrasesMatchWholeWordsOnly() {
        PhraseMatcher<String> m = PhraseMatcher.of(Map.of("aid", "aid"));
        assertEquals(0, m.find("Said the aide, raiding.").size());
        assertEquals(1, m.find("More aid.").size());
    }

    @Test
    void aPhraseIsFoundWhateverItsFirstWordLooksLike() {
        PhraseMatcher<String> m = PhraseMatcher.of(Map.of(
                "U.S. envoy", "dotted",
                "O'Neill", "apostrophe",
                "3rd reading", "digit",
                "tax", "plural es",
                "summit", "plural s",
                "Dana Ruiz", "possessive",
                "'new deal'", "quoted"));
        String text = "The U.S. envoy and O’Neill met before the 3rd reading: taxes, two summits, "
                + "Dana Ruiz's plan and a 'new deal'.";
        assertEquals(
                List.of("dotted", "apostrophe", "digit", "plural es", "plural s", "possessive", "quoted"),
                m.find(text).stream().map(PhraseMatcher.Match::value).toList());
    }

    @Test
    void aPhraseWhoseFirstWordIsAbsentIsNotFound() {
        PhraseMatcher<String> m = PhraseMatcher.of(Map.of("ground troops", "troops", "troops", "any"));
        assertEquals(
                List.of("any"),
                m.find("Troops on the ground.").stream()
                        .map(PhraseMatcher.Match::value)
                        .toList());
    }

    @Test
    void offsetsAreThoseOfTheOriginalText() {
        PhraseMatcher<String> m = PhraseMatcher.of(Map.of("sejourne", "x"));
        String text = "Mr Séjourné said";
        var span = m.find(text).get(0).span();
        assertEquals("Séjourné", span.of(text));
    }
}
