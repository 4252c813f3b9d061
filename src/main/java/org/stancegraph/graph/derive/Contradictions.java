package org.stancegraph.graph.derive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.function.BiPredicate;

/**
 * Who contradicted whom (SPEC §4): statement B contradicts statement A when they share a topic,
 * one is in favour and the other against, and the speakers differ; B is the later one
 * <ul>
 *   <li>by the days their utterances were said, when the text gives both;
 *   <li>else by respondsTo: B answers A's speaker (and the days do not say otherwise);
 *   <li>else, when only A's day is known, B's article was published after it, unless the first two
 *       already say that A's speaker contradicted B's on this topic.
 * </ul>
 * One edge per (contradictor, contradicted, topic) counts the distinct utterance pairs, spans the
 * days the contradicting reports were said (or published, where they give no day) and keeps the
 * earliest statement pairs as evidence. Counting is by binary search over the other side's sorted
 * days, so the work grows with utterances times the actors of a topic, never with pairs of
 * statements.
 */
final class Contradictions {

    private Contradictions() {}

    /** The contradiction edges among the sides of one topic. */
    static List<ActorEdge> of(String topic, List<Side> sides) {
        return of(topic, sides, (later, earlier) -> true);
    }

    /**
     * The contradiction edges among the sides of one topic between the actors {@code between}
     * accepts (later, earlier): an edge, its count, days and evidence depend on the sides of its two
     * actors alone, so a topic's edges can be derived a share of the pairs at a time.
     */
    static List<ActorEdge> of(String topic, List<Side> sides, BiPredicate<String, String> between) {
        Map<Actors, Long> strong = new HashMap<>();
        for (Side later : sides) {
            for (Side earlier : sides) {
                if (derived(later, earlier, between)) {
                    strong.merge(new Actors(later.actor(), earlier.actor()), strongCount(later, earlier), Long::sum);
                }
            }
        }
        Map<Actors, Edge> edges = new HashMap<>();
        for (Side later : sides) {
            for (Side earlier : sides) {
                if (derived(later, earlier, between)) {
                    boolean weakAllowed = strong.getOrDefault(new Actors(earlier.actor(), later.actor()), 0L) == 0;
                    edges.computeIfAbsent(new Actors(later.actor(), earlier.actor()), k -> new Edge())
                            .add(later, earlier, weakAllowed);
                }
            }
        }
        List<ActorEdge> result = new ArrayList<>();
        edges.forEach((actors, edge) -> {
            if (edge.count > 0) {
                result.add(new ActorEdge(
                        ActorEdge.Kind.CONTRADICTION,
                        actors.later(),
                        actors.earlier(),
                        topic,
                        edge.count,
                        edge.days.first(),
                        edge.days.last(),
                        edge.evidence()));
            }
        });
        return result;
    }

    /** Whether {@code later} may contradict {@code earlier} in an edge derived here: opposed, and a pair asked for. */
    private static boolean derived(Side later, Side earlier, BiPredicate<String, String> between) {
        return opposed(later, earlier) && between.test(later.actor(), earlier.actor());
    }

    /** Who contradicted (later) whom (earlier). */
    private record Actors(String later, String earlier) {}

    private static boolean opposed(Side later, Side earlier) {
        return !later.actor().equals(earlier.actor()) && later.stance() != earlier.stance();
    }

    /** Utterance pairs whose order the text settles: both days known, or the later answers the earlier's speaker. */
    private static long strongCount(Side later, Side earlier) {
        long count = 0;
        for (Utterance b : later.utterances()) {
            count += settled(b, later, earlier);
        }
        return count;
    }

    private static long settled(Utterance b, Side later, Side earlier) {
        long count = b.day() == null ? 0 : earlier.before(b.day());
        if (b.answers(earlier.actor())) {
            // Not yet counted and not contradicted by the days: undated ones, and those of the same day.
            count += b.day() == null ? earlier.size() : earlier.undated() + earlier.on(b.day());
        }
        return count;
    }

    /** One edge being summed up: its count, its days and its candidate evidence. */
    private static final class Edge {

        long count;
        final DayRange days = new DayRange();
        /** The earliest candidates so far, the latest of them first out: an edge has thousands and keeps one or two. */
        final PriorityQueue<Candidate> candidates = new PriorityQueue<>(EARLIEST.reversed());

        /** A report that contradicts, with the day it counts for. */
        record Candidate(Said report, Utterance utterance, Side earlier, boolean weakAllowed, LocalDate day) {}

        void add(Side later, Side earlier, boolean weakAllowed) {
            for (Utterance b : later.utterances()) {
                long settled = settled(b, later, earlier);
                long weak = 0;
                if (settled == 0 && b.day() == null && weakAllowed && earlier.firstDay() != null) {
                    LocalDate published = b.reports().stream()
                            .map(Said::published)
                            .filter(d -> d != null)
                            .max(Comparator.naturalOrder())
                            .orElse(null);
                    weak = published == null ? 0 : earlier.before(published);
                }
                if (settled + weak == 0) {
                    continue;
                }
                count += settled + weak;
                for (Said report : b.reports()) {
                    if (contradictsSome(report, b, earlier, weakAllowed)) {
                        LocalDate day = b.day() != null ? b.day() : report.published();
                        days.add(day);
                        candidates.add(new Candidate(report, b, earlier, weakAllowed, day));
                        if (candidates.size() > ActorEdge.Kind.CONTRADICTION.evidencePairs()) {
                            candidates.poll();
                        }
                    }
                }
            }
        }

        /** The earliest contradicting reports, each with the first statement it contradicts. */
        List<ActorEdge.Pair> evidence() {
            List<ActorEdge.Pair> pairs = new ArrayList<>();
            List<Candidate> earliest = new ArrayList<>(candidates);
            earliest.sort(EARLIEST);
            earliest.forEach(c -> firstContradicted(c)
                    .ifPresent(a -> pairs.add(new ActorEdge.Pair(c.report().statement(), a))));
            return pairs;
        }

        private static final Comparator<Candidate> EARLIEST = Comparator.comparing(
                        Candidate::day, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
                .thenComparing(c -> c.report().statement());

        /** The smallest IRI among the statements {@code c}'s report contradicts. */
        private static Optional<String> firstContradicted(Candidate c) {
            String first = null;
            for (Utterance a : c.earlier().utterances()) {
                if (contradicts(c.report(), c.utterance(), a, c.earlier().actor(), c.weakAllowed())) {
                    for (Said report : a.reports()) {
                        if (first == null || report.statement().compareTo(first) < 0) {
                            first = report.statement();
                        }
                    }
                }
            }
            return Optional.ofNullable(first);
        }

        /** Whether {@code report} contradicts at least one utterance of {@code earlier}: the rules of {@link #contradicts}, counted. */
        private static boolean contradictsSome(Said report, Utterance b, Side earlier, boolean weakAllowed) {
            LocalDate dayB = b.day();
            boolean answers = report.respondsTo().contains(earlier.actor());
            if (dayB != null) {
                long notAfter = earlier.before(dayB) + earlier.on(dayB) + earlier.undated();
                return earlier.before(dayB) > 0 || (answers && notAfter > 0);
            }
            return (answers && earlier.size() > 0)
                    || (weakAllowed
                            && report.published() != null
                            && earlier.firstDay() != null
                            && earlier.firstDay().isBefore(report.published()));
        }
    }

    /** Whether {@code report} (of utterance {@code b}) contradicts the utterance {@code a} of {@code speaker}. */
    static boolean contradicts(Said report, Utterance b, Utterance a, String speaker, boolean weakAllowed) {
        LocalDate dayA = a.day();
        LocalDate dayB = b.day();
        boolean bothDays = dayA != null && dayB != null;
        if (bothDays && dayB.isAfter(dayA)) {
            return true;
        }
        if (report.respondsTo().contains(speaker) && !(bothDays && dayB.isBefore(dayA))) {
            return true;
        }
        return weakAllowed
                && dayA != null
                && dayB == null
                && report.published() != null
                && report.published().isAfter(dayA);
    }
}
