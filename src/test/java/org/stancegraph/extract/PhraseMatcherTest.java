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
    void offsetsAreThoseOfTheOriginalText() {
        PhraseMatcher<String> m = PhraseMatcher.of(Map.of("sejourne", "x"));
        String text = "Mr Séjourné said";
        var span = m.find(text).get(0).span();
        assertEquals("Séjourné", span.of(text));
    }
}
