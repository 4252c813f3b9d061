package org.stancegraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.stancegraph.model.Sentence;
import org.stancegraph.model.Span;
import org.stancegraph.model.Token;

/**
 * What a statement is about where its words name no proposition of the codebook: the article's
 * main topic when the words refer back to the proposition under debate ("downplayed the idea",
 * "rejected the bill"), else what its sentence names; and, for a stance on nothing named at all
 * ("cautioned against it"), the proposition named last before the sentence, else the main topic.
 * What the reported words name themselves is the stance classifier's to read.
 *
 * <pre>{@code
 * TopicResolver resolver = new TopicResolver(codebook, lexicon);
 * Topic topic = resolver.ofUnnamed(article, sentence, clause);
 * }</pre>
 */
final class TopicResolver {

    private final TopicCodebook topics;
    private final Lexicon lexicon;

    TopicResolver(TopicCodebook topics, Lexicon lexicon) {
        this.topics = topics;
        this.lexicon = lexicon;
    }

    /** What an article as a whole is about (see {@link TopicCodebook#mainTopic}). */
    TopicCodebook.Topic mainTopicOf(String article) {
        return topics.mainTopic(article);
    }

    /** The topic of a clause whose reported words signal none: the main topic if it refers back, else its sentence's. */
    TopicCodebook.Topic ofUnnamed(AnalysedArticle article, Sentence sentence, Span clause) {
        return refersBack(sentence, clause) ? article.mainTopic() : topics.classify(sentence.text());
    }

    /** The proposition named last before {@code sentence}, else the article's main topic. */
    TopicCodebook.Topic latestBefore(AnalysedArticle article, Sentence sentence) {
        List<PhraseMatcher.Match<TopicCodebook.Topic>> before =
                topics.signals(article.text().substring(0, sentence.span().start()));
        return before.isEmpty()
                ? article.mainTopic()
                : before.get(before.size() - 1).value();
    }

    /** A referring noun that names no proposition of its own: "the idea", "the agenda that…", not "the idea of a swap". */
    private boolean refersBack(Sentence sentence, Span clause) {
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            boolean own = i + 1 < tokens.size()
                    && Set.of("of", "to").contains(tokens.get(i + 1).text().toLowerCase(Locale.ROOT));
            if (clause.contains(new Span(token.start(), token.end()))
                    && "NOUN".equals(token.pos())
                    && lexicon.isReferringNoun(token.lemma())
                    && !own) {
                return true;
            }
        }
        return false;
    }
}
