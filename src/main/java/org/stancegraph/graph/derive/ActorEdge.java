package org.stancegraph.graph.derive;

import java.time.LocalDate;
import java.util.List;
import org.stancegraph.model.Stance;

/**
 * A summary edge between two actors on a topic: {@code from} contradicted, agreed with or (for a
 * reversal, itself) reversed {@code to}, in {@code count} utterance pairs between {@code first}
 * and {@code last} (either may be null when no report gives a day), with a few statement pairs
 * as evidence, the earliest first. {@code stance} is the shared stance of an agreement, else null.
 */
record ActorEdge(
        Kind kind,
        String from,
        String to,
        String topic,
        Stance stance,
        long count,
        LocalDate first,
        LocalDate last,
        List<Pair> evidence) {

    /** What kind of relation the edge summarises. */
    enum Kind {
        CONTRADICTION,
        AGREEMENT,
        REVERSAL
    }

    /** Two statements behind an edge: the later (or the first actor's) and the earlier (or the other's). */
    record Pair(String later, String earlier) {}

    /** How many statement pairs an edge keeps as evidence. */
    static final int EVIDENCE_PAIRS = 3;

    ActorEdge {
        evidence = List.copyOf(evidence);
    }
}
