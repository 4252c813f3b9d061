package org.stancegraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stancegraph.model.Sentence;
import org.stancegraph.model.Token;

class OpenNlpTextAnalyzerTest {

    private final TextAnalyzer nlp = OpenNlpTextAnalyzer.shared();

    @Test
    void sentencesAndTokensPointIntoTheOriginalText() {
        String text = "Minister Ana Lopez  rejected the plan.  She said: “No.”\n\nThe talks went on.";
        List<Sentence> sentences = nlp.analyze(text);
        assertTrue(sentences.size() >= 3, sentences.toString());
        for (Sentence sentence : sentences) {
            assertEquals(
                    sentence.text(),
                    text.substring(sentence.span().start(), sentence.span().end()));
            for (Token token : sentence.tokens()) {
                assertEquals(token.text(), text.substring(token.start(), token.end()));
            }
        }
    }

    @Test
    void aHeadlineWithoutFullStopStaysApartFromTheTextBelow() {
        String text = "Leaders Split Over Aid Plan\nThe prime minister said on Friday that aid would rise.";
        List<Sentence> sentences = nlp.analyze(text);
        assertEquals(2, sentences.size());
        assertEquals("Leaders Split Over Aid Plan", sentences.get(0).text());
        assertEquals(0, sentences.get(0).paragraph());
        assertEquals(1, sentences.get(1).paragraph());
    }

    @Test
    void verbsAreTaggedAndLemmatised() {
        Token rejected = nlp.analyze("The senator rejected the proposal.")
                .get(0)
                .tokens()
                .get(2);
        assertEquals("rejected", rejected.text());
        assertTrue(rejected.isVerb(), rejected.pos());
        assertEquals("reject", rejected.lemma());
    }

    @Test
    void abbreviationsDoNotEndSentences() {
        List<Sentence> sentences =
                nlp.analyze("Sen. Ann Reyes said on Feb. 3 that aid was vital. The vote is next week.");
        assertEquals(2, sentences.size(), sentences.toString());
        assertEquals(
                "Sen. Ann Reyes said on Feb. 3 that aid was vital.",
                sentences.get(0).text());
    }

    @Test
    void whatCannotOpenASentenceContinuesTheOneBefore() {
        List<Sentence> sentences =
                nlp.analyze("House Speaker Ann Reyes, R-Ohio., declared that aid was vital. The vote is next week.");
        assertEquals(2, sentences.size(), sentences.toString());
        assertTrue(sentences.get(0).text().endsWith("aid was vital."), sentences.toString());
    }

    @Test
    void everyMonthAbbreviationKeepsItsSentenceWhole() {
        for (String month : CalendarWords.MONTH_ABBREVIATIONS) {
            String first = "The vote was set for " + month + ". 3 by the committee.";
            List<Sentence> sentences = nlp.analyze(first + " It was later moved.");
            assertEquals(first, sentences.get(0).text(), month);
        }
    }
}
