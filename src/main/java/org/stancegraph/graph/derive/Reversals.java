package org.stancegraph.graph.derive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Who changed their mind: the same actor took opposite stances on a topic, in utterances whose
 * days the text gives, the later after the earlier. One edge per actor and topic counts the
 * utterance pairs (by binary search over sorted days), spans the earlier's first day to the
 * later's last, and keeps the earliest pairs of reports as evidence.
 */
final class Reversals {

    private Reversals() {}

    /** The reversal edge of one actor's two sides on a topic, if the actor reversed. */
    static List<ActorEdge> of(String topic, Side favour, Side against) {
        long count = 0;
        DayRange days = new DayRange();
        List<ActorEdge.Pair> evidence = new ArrayList<>();
        List<Side[]> orders = List.of(new Side[] {favour, against}, new Side[] {against, favour});
        for (Side[] order : orders) {
            Side earlier = order[0];
            Side later = order[1];
            for (Utterance b : later.utterances()) {
                if (b.day() != null && earlier.before(b.day()) > 0) {
                    count += earlier.before(b.day());
                    days.add(earlier.firstDay());
                    days.add(b.day());
                }
            }
        }
        if (count == 0) {
            return List.of();
        }
        for (Side[] order : orders) {
            evidence.addAll(pairs(order[0], order[1]));
        }
        return List.of(new ActorEdge(
                ActorEdge.Kind.REVERSAL,
                favour.actor(),
                favour.actor(),
                topic,
                count,
                days.first(),
                days.last(),
                evidence.stream()
                        .sorted(Comparator.comparing(ActorEdge.Pair::earlier).thenComparing(ActorEdge.Pair::later))
                        .limit(ActorEdge.Kind.REVERSAL.evidencePairs())
                        .toList()));
    }

    /** The earliest report pairs of {@code earlier} and {@code later}, the later said after the earlier. */
    private static List<ActorEdge.Pair> pairs(Side earlier, Side later) {
        // Utterances of one day in IRI order: the pairs kept must not depend on the order the
        // statements were read in (it changes when articles are added to a database).
        Comparator<Utterance> byDay = Comparator.comparing(
                        Utterance::day, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
                .thenComparing(Utterance::iri);
        List<Utterance> laterByDay = later.utterances().stream().sorted(byDay).toList();
        List<ActorEdge.Pair> pairs = new ArrayList<>();
        for (Utterance a : earlier.utterances().stream().sorted(byDay).toList()) {
            LocalDate dayA = a.day();
            if (dayA == null) {
                break;
            }
            for (Utterance b : laterByDay) {
                if (b.day() == null || pairs.size() >= ActorEdge.Kind.REVERSAL.evidencePairs()) {
                    break;
                }
                if (b.day().isAfter(dayA)) {
                    for (Said ra : a.reports()) {
                        for (Said rb : b.reports()) {
                            pairs.add(new ActorEdge.Pair(rb.statement(), ra.statement()));
                        }
                    }
                }
            }
            if (pairs.size() >= ActorEdge.Kind.REVERSAL.evidencePairs()) {
                break;
            }
        }
        return pairs;
    }
}
