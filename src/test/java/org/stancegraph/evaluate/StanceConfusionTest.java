package org.stancegraph.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stancegraph.evaluate.Evaluator.Triple;
import org.stancegraph.evaluate.StanceConfusion.Outcome;
import org.stancegraph.model.Stance;
import org.stancegraph.model.TopicRef;

class StanceConfusionTest {

    private static final TopicRef LEVY = new TopicRef("https://example.org/topic/levy");
    private static final TopicRef TOLLS = new TopicRef("https://example.org/topic/tolls");

    @Test
    void eachGoldTripleCountsOnceByWhatTheSystemHasForItsSpeakerAndTopic() {
        Set<Triple> gold = Set.of(
                new Triple("a1", "ana", LEVY, Stance.FAVOUR), // found alike
                new Triple("a1", "ben", LEVY, Stance.AGAINST), // found as neutral
                new Triple("a1", "cai", LEVY, Stance.AGAINST), // speaker found on another topic
                new Triple("a2", "ana", LEVY, Stance.NEUTRAL)); // speaker only in another article
        Set<Triple> system = Set.of(
                new Triple("a1", "ana", LEVY, Stance.FAVOUR),
                new Triple("a1", "ben", LEVY, Stance.NEUTRAL),
                new Triple("a1", "cai", TOLLS, Stance.AGAINST));

        StanceConfusion confusion = StanceConfusion.of(system, gold);

        assertEquals(1, confusion.count(Stance.FAVOUR, Outcome.FAVOUR));
        assertEquals(1, confusion.count(Stance.AGAINST, Outcome.NEUTRAL));
        assertEquals(1, confusion.count(Stance.AGAINST, Outcome.OTHER_TOPIC));
        assertEquals(1, confusion.count(Stance.NEUTRAL, Outcome.NO_SPEAKER));
        int total = 0;
        for (Stance g : Stance.values()) {
            for (Outcome o : Outcome.values()) {
                total += confusion.count(g, o);
            }
        }
        assertEquals(gold.size(), total);
    }

    @Test
    void twoOtherStancesOfOneSpeakerAndTopicCountAsTheFirstInStanceOrder() {
        Set<Triple> gold = Set.of(new Triple("a1", "ana", LEVY, Stance.FAVOUR));
        Set<Triple> system =
                Set.of(new Triple("a1", "ana", LEVY, Stance.NEUTRAL), new Triple("a1", "ana", LEVY, Stance.AGAINST));
        assertEquals(1, StanceConfusion.of(system, gold).count(Stance.FAVOUR, Outcome.AGAINST));
    }
}
