package org.stancegraph.evaluate;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.stancegraph.evaluate.Evaluator.Triple;
import org.stancegraph.model.Stance;

/**
 * What the extraction said where the gold says a speaker took a stance on a topic: for each gold
 * (speaker, topic, stance), the system's stance for the same speaker and topic in the same
 * article, or why there is none (the speaker was not found in the article at all, or was found
 * but not on that topic). Tells wrong stances apart from missed speakers and missed topics.
 */
public record StanceConfusion(Map<Stance, Map<Outcome, Integer>> counts) {

    /** What the system has for one gold triple. */
    public enum Outcome {
        FAVOUR("+"),
        AGAINST("-"),
        NEUTRAL("0"),
        OTHER_TOPIC("other topic"),
        NO_SPEAKER("no speaker");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public static Outcome of(Stance stance) {
            return valueOf(stance.name());
        }
    }

    /** The confusion of the {@code system} triples against the {@code gold} ones. */
    public static StanceConfusion of(Set<Triple> system, Set<Triple> gold) {
        Map<Stance, Map<Outcome, Integer>> counts = new EnumMap<>(Stance.class);
        for (Stance stance : Stance.values()) {
            Map<Outcome, Integer> row = new EnumMap<>(Outcome.class);
            for (Outcome outcome : Outcome.values()) {
                row.put(outcome, 0);
            }
            counts.put(stance, row);
        }
        for (Triple g : gold) {
            counts.get(g.stance()).merge(outcome(system, g), 1, Integer::sum);
        }
        return new StanceConfusion(counts);
    }

    /**
     * The system's answer to {@code g}: its own stance when it has it, else another one it gave,
     * the first in the order of {@link Stance} when it gave two (a set has no order of its own, and
     * the matrix must not change from one run to the next).
     */
    private static Outcome outcome(Set<Triple> system, Triple g) {
        if (system.contains(g)) {
            return Outcome.of(g.stance());
        }
        return system.stream()
                .filter(s -> sameSpeaker(s, g) && s.topic().equals(g.topic()))
                .map(Triple::stance)
                .min(Comparator.naturalOrder())
                .map(Outcome::of)
                .orElseGet(() ->
                        system.stream().anyMatch(s -> sameSpeaker(s, g)) ? Outcome.OTHER_TOPIC : Outcome.NO_SPEAKER);
    }

    private static boolean sameSpeaker(Triple a, Triple b) {
        return a.articleId().equals(b.articleId()) && a.speaker().equals(b.speaker());
    }

    /** How many gold triples of {@code gold} stance got {@code outcome}. */
    public int count(Stance gold, Outcome outcome) {
        return counts.get(gold).get(outcome);
    }
}
