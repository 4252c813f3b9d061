package org.stancegraph.model;

import java.util.List;

/** A sentence of an article: its paragraph, its offsets, its verbatim text and its tokens. */
public record Sentence(int index, int paragraph, Span span, String text, List<Token> tokens) {

    public Sentence {
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("sentence text does not fit " + span);
        }
        tokens = List.copyOf(tokens);
    }
}
