package org.stancegraph.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ScoresTest {

    @Test
    void precisionRecallAndF1FromTheTwoSets() {
        Scores s = Scores.of(Set.of("a", "b", "c", "d"), Set.of("a", "b", "e"));
        assertEquals(new Scores(2, 2, 1), s);
        assertEquals(0.5, s.precision(), 1e-9);
        assertEquals(2 / 3.0, s.recall(), 1e-9);
        assertEquals(4 / 7.0, s.f1(), 1e-9);
    }

    @Test
    void emptySetsAgreePerfectly() {
        assertEquals(1.0, Scores.of(Set.of(), Set.of()).f1(), 1e-9);
    }
}
