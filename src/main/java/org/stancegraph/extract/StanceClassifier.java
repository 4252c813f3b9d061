package org.stancegraph.extract;

import java.util.List;
import org.stancegraph.extract.Lexicon.VerbSense;
import org.stancegraph.extract.TopicCodebook.Topic;
import org.stancegraph.model.Stance;

/** Reads the positions a statement takes: the topics its reported words judge, and how. */
public interface StanceClassifier {

    /** One position: a topic and the stance toward it. */
    record Position(Topic topic, Stance stance) {}

    /**
     * The positions of a statement made with {@code verb} whose reported words are {@code reported};
     * at least one, with the topic unclassified when the words signal none.
     */
    List<Position> classify(VerbSense verb, String reported);
}
