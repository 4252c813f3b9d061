package org.stancegraph.graph.derive;

import java.time.LocalDate;

/** The first and last of the days seen so far; both null until a day is seen. */
final class DayRange {

    private LocalDate first;
    private LocalDate last;

    void add(LocalDate day) {
        if (day == null) {
            return;
        }
        if (first == null || day.isBefore(first)) {
            first = day;
        }
        if (last == null || day.isAfter(last)) {
            last = day;
        }
    }

    LocalDate first() {
        return first;
    }

    LocalDate last() {
        return last;
    }
}
