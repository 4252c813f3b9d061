package org.stancegraph.graph.derive;

import java.time.LocalDate;
import java.util.List;

/**
 * One act of speaking and the statements that report it, all of one speaker, topic and stance;
 * {@code day} is the earliest day any report gives, or {@code null}.
 */
record Utterance(String iri, List<Said> reports, LocalDate day) {

    Utterance {
        reports = List.copyOf(reports);
    }

    Said first() {
        return reports.get(0);
    }

    /** Whether some report answers {@code actor}. */
    boolean answers(String actor) {
        // A loop, not a stream: asked for every pair of sides and utterance (a sixth of deriving).
        for (Said report : reports) {
            if (report.respondsTo().contains(actor)) {
                return true;
            }
        }
        return false;
    }
}
