package org.stancegraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stancegraph.model.Article;
import org.stancegraph.model.ArticleMetadata;
import org.stancegraph.model.Sentence;
import org.stancegraph.model.Span;

class AnalysedArticleTest {

    /** Sentences left out as boilerplate leave gaps in the indexes: the sentence before is the one read before. */
    @Test
    void aQuoteMakingUpTheSentenceBeforeIsFoundWhenSentencesWereLeftOut() {
        String text = "Read more. Read more. “We will not pay,” the mayor added.";
        Sentence quoted = new Sentence(2, 1, new Span(22, 40), "“We will not pay,”", List.of());
        Sentence added = new Sentence(3, 1, new Span(41, 57), "the mayor added.", List.of());
        Span quote = new Span(22, 40);
        AnalysedArticle article = new AnalysedArticle(
                new Article(
                        "a", text, new ArticleMetadata(null, null, null, null, null, List.of()), "a.txt", List.of()),
                List.of(quoted, added),
                List.of(quote),
                List.of(),
                null);
        assertEquals(quote, article.quoteFor(added));
    }
}
