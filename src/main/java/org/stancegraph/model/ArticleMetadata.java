package org.stancegraph.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What a sidecar or a JSON Lines record says about an article; every field but {@code authors}
 * may be null.
 */
public record ArticleMetadata(
        String title, String publisher, LocalDate published, String url, String language, List<String> authors) {

    public ArticleMetadata {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** Metadata for an article that came without any. */
    public static ArticleMetadata none() {
        return new ArticleMetadata(null, null, null, null, null, List.of());
    }
}
