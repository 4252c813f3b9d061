package org.stancegraph.graph.derive;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.stancegraph.model.Stance;

/**
 * One actor's utterances with one stance on one topic, with their days sorted, so that "how many
 * of them were said before day D" is a binary search rather than a walk over every pair.
 */
final class Side {

    /** Reports by the day they count for (said, else published; undated last), then by IRI. */
    static final Comparator<Said> EARLIEST_FIRST = Comparator.comparing(
                    Said::dayOrPublished, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(Said::statement);

    private final String actor;
    private final Stance stance;
    private final List<Utterance> utterances;
    private final LocalDate[] days;
    /** The same days as epoch days, for the binary search that counting runs for every pair of sides. */
    private final long[] epochDays;

    Side(String actor, Stance stance, List<Utterance> utterances) {
        this.actor = actor;
        this.stance = stance;
        this.utterances = List.copyOf(utterances);
        this.days = utterances.stream()
                .map(Utterance::day)
                .filter(Objects::nonNull)
                .sorted()
                .toArray(LocalDate[]::new);
        this.epochDays = Stream.of(days).mapToLong(LocalDate::toEpochDay).toArray();
    }

    String actor() {
        return actor;
    }

    Stance stance() {
        return stance;
    }

    List<Utterance> utterances() {
        return utterances;
    }

    int size() {
        return utterances.size();
    }

    int undated() {
        return utterances.size() - days.length;
    }

    /** Utterances said on a day before {@code day}. */
    int before(LocalDate day) {
        return firstIndexNotBefore(day);
    }

    /** Utterances said on {@code day}. */
    int on(LocalDate day) {
        return firstIndexNotBefore(day.plusDays(1)) - firstIndexNotBefore(day);
    }

    /** The earliest day said, or null. */
    LocalDate firstDay() {
        return days.length == 0 ? null : days[0];
    }

    /** The latest day said, or null. */
    LocalDate lastDay() {
        return days.length == 0 ? null : days[days.length - 1];
    }

    /** The reports of every utterance, in IRI order. */
    List<Said> reports() {
        return utterances.stream()
                .flatMap(u -> u.reports().stream())
                .sorted(Comparator.comparing(Said::statement))
                .toList();
    }

    /** The index of the first day not before {@code day} (a lower bound). */
    private int firstIndexNotBefore(LocalDate day) {
        long target = day.toEpochDay();
        int low = 0;
        int high = epochDays.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (epochDays[middle] < target) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
