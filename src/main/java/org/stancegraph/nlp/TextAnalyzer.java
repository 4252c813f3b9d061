package org.stancegraph.nlp;

import java.util.List;
import org.stancegraph.model.Sentence;

/**
 * Splits a text into paragraphs and sentences and tags each token. Needs the text exactly as
 * received; produces sentences whose offsets point into it.
 */
public interface TextAnalyzer {

    /** The sentences of {@code text}, in order, each with its tagged tokens. */
    List<Sentence> analyze(String text);
}
