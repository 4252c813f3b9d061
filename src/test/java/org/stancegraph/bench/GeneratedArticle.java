package org.stancegraph.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One synthetic article: the fields of a JSON Lines record (SPEC §2), its main topic and the
 * statements its sentences were written to make.
 *
 * <pre>{@code
 * GeneratedArticle article = SyntheticCorpus.of(42).article(1);
 * article.statements().forEach(s -> System.out.println(s.speaker() + " " + s.stance()));
 * }</pre>
 */
public record GeneratedArticle(
        String id,
        String title,
        LocalDate published,
        String url,
        String publisher,
        String text,
        String topic,
        List<IntendedStatement> statements) {

    public GeneratedArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(published, "published");
        statements = List.copyOf(statements);
        for (IntendedStatement s : statements) {
            if (s.end() > text.length()) {
                throw new IllegalArgumentException(id + ": statement beyond the text: " + s);
            }
        }
    }

    /** The text's whitespace-separated tokens, the unit the corpus sizes are given in. */
    public int tokens() {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }
}
