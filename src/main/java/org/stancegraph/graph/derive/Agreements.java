package org.stancegraph.graph.derive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Who agreed with whom: two different actors who took the same stance, favour or against, on a
 * topic. One edge per pair of actors (in IRI order), topic and stance counts the utterance pairs
 * (every utterance of one with every utterance of the other: a product, not a walk over pairs),
 * spans the days of all their reports and keeps their earliest reports as evidence.
 */
final class Agreements {

    private Agreements() {}

    /** The agreement edges among the sides of one topic. */
    static List<ActorEdge> of(String topic, List<Side> sides) {
        List<ActorEdge> edges = new ArrayList<>();
        for (Side one : sides) {
            for (Side other : sides) {
                if (one.stance() == other.stance() && one.actor().compareTo(other.actor()) < 0) {
                    edges.add(edge(topic, one, other));
                }
            }
        }
        return edges;
    }

    private static ActorEdge edge(String topic, Side one, Side other) {
        DayRange days = new DayRange();
        List<Said> oneReports = earliestFirst(one);
        List<Said> otherReports = earliestFirst(other);
        oneReports.forEach(r -> days.add(r.dayOrPublished()));
        otherReports.forEach(r -> days.add(r.dayOrPublished()));
        List<ActorEdge.Pair> evidence = new ArrayList<>();
        for (int i = 0;
                i < ActorEdge.Kind.AGREEMENT.evidencePairs() && i < oneReports.size() && i < otherReports.size();
                i++) {
            evidence.add(new ActorEdge.Pair(
                    oneReports.get(i).statement(), otherReports.get(i).statement()));
        }
        return new ActorEdge(
                ActorEdge.Kind.AGREEMENT,
                one.actor(),
                other.actor(),
                topic,
                one.stance(),
                (long) one.size() * other.size(),
                days.first(),
                days.last(),
                evidence);
    }

    private static List<Said> earliestFirst(Side side) {
        return side.reports().stream()
                .sorted(Comparator.comparing(Said::dayOrPublished, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Said::statement))
                .filter(Objects::nonNull)
                .toList();
    }
}
