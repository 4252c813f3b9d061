package org.stancegraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stancegraph.model.Span;
import org.stancegraph.model.Stance;

class EvaluativeLexiconTest {

    private final EvaluativeLexicon vader = EvaluativeLexicon.vader();

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "the treaty is a great success                 | FAVOUR",
                "the treaty is a shameful mess                 | AGAINST",
                "the treaty is not a failure                   | FAVOUR",
                "the treaty was never a success                | AGAINST",
                "the vote takes place on Monday                | NEUTRAL",
                "there was no vote on Monday                   | NEUTRAL",
                "the Free Democrats met the United Left        | NEUTRAL",
                "Great news, she wrote                         | FAVOUR",
            })
    void wordsThatEvaluateTakeASide(String text, Stance stance) {
        assertEquals(stance, vader.stanceOf(text, List.of(), word -> false));
    }

    @Test
    void wordsIgnoredOrNamingNoJudgementCountForNothing() {
        String text = "a ban on exports";
        assertEquals(Stance.AGAINST, vader.stanceOf(text, List.of(), word -> false));
        assertEquals(Stance.NEUTRAL, vader.stanceOf(text, List.of(new Span(2, 5)), word -> false));
        assertEquals(Stance.NEUTRAL, vader.stanceOf(text, List.of(), "ban"::equals));
    }

    @Test
    void aNegationTurnsAWordByVadersFactor() {
        double plain = vader.valence("a success", List.of(), word -> false);
        double negated = vader.valence("not a success", List.of(), word -> false);
        assertTrue(plain > 0, "success is rated favourably: " + plain);
        assertEquals(-0.74 * plain, negated, 1e-9);
    }
}
