package org.stancegraph.model;

import java.util.Objects;

/**
 * One act of a speaker taking a position, as one article reports it. {@code act} is a speech act
 * of the ontology ("rejects"), {@code topic} a codebook concept or unclassified; {@code quote} is null when the article does not quote the speaker; {@code respondsTo} is the
 * actor the statement answers when the text says so, else null.
 */
public record Statement(
        Actor speaker,
        SpeechAct act,
        Stance stance,
        TopicRef topic,
        UtteranceDate date,
        Evidence sentence,
        Evidence quote,
        Actor respondsTo) {

    public Statement {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(act, "act");
        Objects.requireNonNull(stance, "stance");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(sentence, "sentence");
        if (quote != null && !quote.articleId().equals(sentence.articleId())) {
            throw new IllegalArgumentException("quote and sentence come from different articles");
        }
    }

    public String articleId() {
        return sentence.articleId();
    }

    /** This statement about {@code other} topic. */
    public Statement withTopic(TopicRef other) {
        return new Statement(speaker, act, stance, other, date, sentence, quote, respondsTo);
    }
}
