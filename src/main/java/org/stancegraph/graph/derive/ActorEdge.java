package org.stancegraph.graph.derive;

import java.time.LocalDate;
import java.util.List;

/**
 * A summary edge between two actors on a topic: {@code from} contradicted or (for a reversal,
 * itself) reversed {@code to}, in {@code count} utterance pairs between {@code first} and
 * {@code last} (either may be null when no report gives a day), with a few statement pairs as
 * evidence, the earliest first (see {@link Kind#evidencePairs()}).
 */
record ActorEdge(
        Kind kind,
        String from,
        String to,
        String topic,
        long count,
        LocalDate first,
        LocalDate last,
        List<Pair> evidence) {

    /**
     * What kind of relation the edge summarises, and how many statement pairs it keeps as
     * evidence: one, the earliest, for contradictions (there is an edge per pair of actors on a
     * topic, which can be many, and a query shows one pair per edge); three for reversals, which
     * are few and whose query lists their pairs.
     */
    enum Kind {
        CONTRADICTION(1),
        REVERSAL(3);

        private final int evidencePairs;

        Kind(int evidencePairs) {
            this.evidencePairs = evidencePairs;
        }

        int evidencePairs() {
            return evidencePairs;
        }
    }

    /** Two statements behind an edge: the later (or the first actor's) and the earlier (or the other's). */
    record Pair(String later, String earlier) {}

    ActorEdge {
        evidence = List.copyOf(evidence);
    }
}
