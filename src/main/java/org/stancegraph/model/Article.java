package org.stancegraph.model;

import java.util.List;
import java.util.Objects;

/**
 * One news article: its id, its text exactly as received (the source every offset points into),
 * its metadata, where it was read from, and the warnings reading it raised.
 */
public record Article(String id, String text, ArticleMetadata metadata, String location, List<String> warnings) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        if (id.isBlank()) {
            throw new IllegalArgumentException("article id is blank");
        }
        metadata = metadata == null ? ArticleMetadata.none() : metadata;
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public static Article of(String id, String text) {
        return new Article(id, text, ArticleMetadata.none(), id, List.of());
    }
}
