package org.stancegraph.graph.derive;

import java.time.LocalDate;
import org.stancegraph.model.Stance;

/**
 * Where one actor stood on one topic: how many utterances and reports took {@code stance}, the
 * first and last day of those reports (said, else published; null when none gives a day), and the
 * earliest report as evidence. Two actors agree when they hold positions with the same stance on a
 * topic, so agreements are a join of positions at query time, never an edge per pair of actors.
 */
record Position(
        String holder,
        String topic,
        Stance stance,
        int utterances,
        int reports,
        LocalDate first,
        LocalDate last,
        String earliestReport) {

    /** The position of {@code side}, one actor's utterances with one stance on {@code topic}. */
    static Position of(String topic, Side side) {
        DayRange days = new DayRange();
        Said earliest = null;
        for (Said report : side.reports()) {
            days.add(report.dayOrPublished());
            if (earliest == null || Side.EARLIEST_FIRST.compare(report, earliest) < 0) {
                earliest = report;
            }
        }
        return new Position(
                side.actor(),
                topic,
                side.stance(),
                side.size(),
                side.reports().size(),
                days.first(),
                days.last(),
                earliest.statement());
    }
}
