package org.stancegraph.graph.derive;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One act of speaking and the statements that report it, all of one speaker, topic and stance;
 * {@code day} is the earliest day any report gives, or {@code null}; {@code answered}, the actors
 * some report answers.
 */
record Utterance(String iri, List<Said> reports, LocalDate day, Set<String> answered) {

    Utterance {
        reports = List.copyOf(reports);
        answered = Set.copyOf(answered);
    }

    Utterance(String iri, List<Said> reports, LocalDate day) {
        this(iri, reports, day, answeredBy(reports));
    }

    private static Set<String> answeredBy(List<Said> reports) {
        Set<String> answered = new HashSet<>();
        reports.forEach(r -> answered.addAll(r.respondsTo()));
        return answered;
    }

    Said first() {
        return reports.get(0);
    }

    /** Whether some report answers {@code actor}. */
    boolean answers(String actor) {
        return answered.contains(actor);
    }
}
