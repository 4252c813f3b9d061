package org.stancegraph.model;

import java.util.Objects;

/** A verbatim passage of an article and its character offsets into the article text. */
public record Evidence(String articleId, Span span, String text) {

    public Evidence {
        Objects.requireNonNull(articleId, "articleId");
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("evidence text does not fit " + span);
        }
    }

    /** The passage of {@code article} at {@code span}. */
    public static Evidence of(Article article, Span span) {
        return new Evidence(article.id(), span, span.of(article.text()));
    }
}
