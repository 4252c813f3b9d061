package org.stancegraph.graph.derive;

import java.util.List;
import java.util.Set;

/**
 * The statements on one topic, and the speakers whose statements on it changed since its graph was
 * last derived ({@code allChanged} when that is not known: a table read again, a database in
 * memory). Only the contradiction edges of speakers who changed need deriving again: an edge
 * depends on the statements of its two actors alone.
 */
public record TopicFacts(List<Said> said, Set<String> changedSpeakers, boolean allChanged) {

    public TopicFacts {
        said = List.copyOf(said);
        changedSpeakers = Set.copyOf(changedSpeakers);
    }

    /** Every statement changed (or may have). */
    static TopicFacts allNew(List<Said> said) {
        return new TopicFacts(said, Set.of(), true);
    }

    /** Whether {@code actor}'s statements on the topic changed. */
    boolean changed(String actor) {
        return allChanged || changedSpeakers.contains(actor);
    }
}
