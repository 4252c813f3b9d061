package org.stancegraph.extract;

import java.util.List;
import java.util.Optional;
import org.stancegraph.model.Article;
import org.stancegraph.model.Mention;
import org.stancegraph.model.Sentence;
import org.stancegraph.model.Span;

/** One article with what the early stages found in it: sentences, quotes, mentions, main topic. */
record AnalysedArticle(
        Article article,
        List<Sentence> sentences,
        List<Span> quotes,
        List<Mention> mentions,
        TopicCodebook.Topic mainTopic) {

    String text() {
        return article.text();
    }

    boolean inQuote(Span span) {
        return quotes.stream().anyMatch(q -> q.contains(span));
    }

    List<Mention> mentionsIn(Sentence sentence) {
        return mentions.stream().filter(m -> sentence.span().contains(m.span())).toList();
    }

    Sentence sentenceAt(int offset) {
        return sentences.stream()
                .filter(s -> s.span().start() <= offset && offset < s.span().end())
                .findFirst()
                .orElse(null);
    }

    /**
     * The quote of a statement made in {@code sentence}: the longest quote overlapping it, or else
     * a quote that makes up the whole sentence before it ("“…,”" then "the mayor added.").
     */
    Span quoteFor(Sentence sentence) {
        Optional<Span> own =
                quotes.stream().filter(q -> q.overlaps(sentence.span())).max((a, b) -> a.length() - b.length());
        if (own.isPresent()) {
            return own.get();
        }
        // The sentence before it in the text read: the list may hold fewer sentences than the
        // article has (boilerplate is left out), so an index is not a position in it.
        int position = sentences.indexOf(sentence);
        if (position <= 0) {
            return null;
        }
        Sentence previous = sentences.get(position - 1);
        String words = wordsOf(previous.text());
        return quotes.stream()
                .filter(q ->
                        q.overlaps(previous.span()) && wordsOf(q.of(text())).endsWith(words))
                .findFirst()
                .orElse(null);
    }

    private static String wordsOf(String text) {
        return text.replaceAll("[\\p{Punct}“”‘’\\s]+", " ").strip();
    }

    /** The sentence with every quoted character, and all outside {@code window}, made a space. */
    String maskQuotes(Sentence sentence, Span window) {
        char[] chars = sentence.text().toCharArray();
        int base = sentence.span().start();
        for (int i = 0; i < chars.length; i++) {
            int at = base + i;
            if (at < window.start()
                    || at >= window.end()
                    || quotes.stream().anyMatch(q -> q.start() <= at && at < q.end())) {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }
}
