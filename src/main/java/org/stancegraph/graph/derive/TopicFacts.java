package org.stancegraph.graph.derive;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The statements on one topic, and the speakers whose statements on it changed since its graph was
 * last derived ({@code allChanged} when that is not known: a table read again, a database in
 * memory). Only the contradiction edges of speakers who changed need deriving again: an edge
 * depends on the statements of its two actors alone. {@code before}, where the table knows it, is
 * what the topic's stored graph was derived from: deriving it again tells what the graph holds
 * without reading it.
 */
public record TopicFacts(
        List<Said> said, Optional<List<Said>> before, Set<String> changedSpeakers, boolean allChanged) {

    public TopicFacts {
        said = List.copyOf(said);
        before = before.map(List::copyOf);
        changedSpeakers = Set.copyOf(changedSpeakers);
    }

    /** Statements of which the table does not know what the stored graph was derived from. */
    public TopicFacts(List<Said> said, Set<String> changedSpeakers, boolean allChanged) {
        this(said, Optional.empty(), changedSpeakers, allChanged);
    }

    /** Every statement changed (or may have). */
    static TopicFacts allNew(List<Said> said) {
        return new TopicFacts(said, Set.of(), true);
    }

    /**
     * The statements the stored graph was derived from, with the same speakers changed: what
     * {@link ActorLevelDerivation#derive} gives of them is what the stored graph holds of the
     * triples it gives now. Empty when the table does not know them, or every statement changed.
     */
    Optional<TopicFacts> asBefore() {
        if (allChanged) {
            return Optional.empty();
        }
        return before.map(said -> new TopicFacts(said, Optional.empty(), changedSpeakers, false));
    }

    /** Whether {@code actor}'s statements on the topic changed. */
    boolean changed(String actor) {
        return allChanged || changedSpeakers.contains(actor);
    }
}
