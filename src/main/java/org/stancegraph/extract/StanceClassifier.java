package org.stancegraph.extract;

import java.util.List;
import org.stancegraph.extract.Lexicon.VerbSense;
import org.stancegraph.extract.TopicCodebook.Topic;
import org.stancegraph.model.Stance;

/** Reads the positions a statement takes: the topics its reported words judge, and how. */
public interface StanceClassifier {

    /**
     * One position: a topic and the stance toward it, and whether only evaluative words gave the
     * stance ("a great success"), which a verb or cue that takes a side outranks.
     */
    record Position(Topic topic, Stance stance, boolean evaluated) {

        public Position(Topic topic, Stance stance) {
            this(topic, stance, false);
        }

        /** Whether this position's side is firmer than {@code other}'s: a side where it has none, or a verb's or cue's where it has an evaluation. */
        public boolean firmerThan(Position other) {
            if (stance == Stance.NEUTRAL) {
                return false;
            }
            return other.stance == Stance.NEUTRAL || (other.evaluated && !evaluated);
        }
    }

    /**
     * The positions of a statement made with {@code verb} whose reported words are {@code reported};
     * at least one, with the topic unclassified when the words signal none.
     */
    List<Position> classify(VerbSense verb, String reported);

    /**
     * The side that words which only evaluate take ("it is a great success", "a disgrace"), for
     * reported words that refer to a topic without naming it.
     */
    Stance evaluation(String reported);
}
