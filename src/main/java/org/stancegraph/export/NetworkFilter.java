package org.stancegraph.export;

import java.time.LocalDate;

/**
 * Which edges to keep: on one topic (IRI, or null for all), within a date window (an edge is kept
 * when its days overlap the window; undated edges only when there is no window), and of at least
 * a weight.
 */
public record NetworkFilter(String topic, LocalDate from, LocalDate to, int minWeight) {

    public static NetworkFilter none() {
        return new NetworkFilter(null, null, null, 0);
    }

    boolean keeps(Network.Edge edge) {
        if (topic != null && !topic.equals(edge.topic())) {
            return false;
        }
        if (edge.weight() < minWeight) {
            return false;
        }
        if (from == null && to == null) {
            return true;
        }
        if (edge.firstDate() == null) {
            return false;
        }
        LocalDate last = edge.lastDate() == null ? edge.firstDate() : edge.lastDate();
        return (from == null || !last.isBefore(from))
                && (to == null || !edge.firstDate().isAfter(to));
    }
}
