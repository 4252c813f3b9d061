package org.stancegraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.stancegraph.model.Granularity;
import org.stancegraph.model.Sentence;
import org.stancegraph.model.Token;
import org.stancegraph.model.UtteranceDate;

/**
 * The day an article's lead says its story happened ("Parliament passed the bill on Wednesday"),
 * for the statements that belong to that event and carry no time expression of their own: the
 * headline (written in the present for what has just happened), what the lead's paragraph tells in
 * the simple past ("Berg said", not "has argued", "says" or "will"), and the recorded votes of the
 * article ("Holm voted against", "those voting against included Berg"), which the lead's event is.
 * Other statements may answer the event days later, so they take no day from it: a wrong day
 * would turn who answered whom around.
 *
 * <pre>{@code
 * LeadDay lead = LeadDay.of(article, dates, LeadDay.occasions(lexicon.eventNouns()));
 * UtteranceDate when = lead.forVerb(sentence, verbToken, isVote);
 * UtteranceDate then = lead.forTheOccasion("Before the vote, Berg said");
 * }</pre>
 */
final class LeadDay {

    /** The headline, a standfirst or dateline line, and the first paragraph of the story. */
    private static final int LEAD_PARAGRAPHS = 3;

    /** Words before a verb that make it other than a simple past: perfect, future, modal, present. */
    private static final Set<String> NOT_SIMPLE_PAST = Set.of(
            "has", "have", "had", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "'s",
            "’s", "'ve", "’ve", "'d", "’d", "'ll", "’ll", "do", "does", "is", "are", "am", "to");

    /** What ties words to the story's occasion before its noun: "once the", "after this", "having won the". */
    private static final String TO_THE_OCCASION =
            "(?i)\\b(?:once|after|before|following|during|at the end of|having\\s+\\p{L}+)\\s+(?:the|this|that)\\s+(?:[\\p{L}'’-]+\\s+){0,2}(?:";

    private static final LeadDay NONE = new LeadDay(null, -1, -1, null);

    private final UtteranceDate day;
    private final int headline;
    private final int paragraph;
    private final Pattern occasion;

    private LeadDay(UtteranceDate day, int headline, int paragraph, Pattern occasion) {
        this.day = day;
        this.headline = headline;
        this.paragraph = paragraph;
        this.occasion = occasion;
    }

    /** What ties words to the story's occasion, one of {@code eventNouns} ("vote", "summit"); compiled once. */
    static Pattern occasions(Set<String> eventNouns) {
        return Pattern.compile(TO_THE_OCCASION + String.join("|", eventNouns) + ")\\b");
    }

    /**
     * The first day a sentence of the lead gives (quotes masked), if any; {@code occasions} (see
     * {@link #occasions}) tie a statement to the story's occasion.
     */
    static LeadDay of(AnalysedArticle article, DateResolver dates, Pattern occasions) {
        List<Sentence> sentences = article.sentences();
        if (sentences.isEmpty()) {
            return NONE;
        }
        int headline = isHeadline(sentences) ? sentences.get(0).paragraph() : -1;
        int paragraphs = 0;
        int paragraph = Integer.MIN_VALUE;
        for (Sentence sentence : sentences) {
            if (sentence.paragraph() != paragraph) {
                paragraph = sentence.paragraph();
                if (++paragraphs > LEAD_PARAGRAPHS) {
                    break;
                }
            }
            UtteranceDate date = dates.resolve(
                    article.maskQuotes(sentence, sentence.span()),
                    0,
                    article.article().metadata().published());
            if (date.granularity() == Granularity.DAY) {
                return new LeadDay(
                        new UtteranceDate(date.value(), Granularity.DAY, "the lead's \"" + date.cue() + "\""),
                        headline,
                        sentence.paragraph(),
                        occasions);
            }
        }
        return NONE;
    }

    /** A first line of one sentence that ends without a full stop: a title, not the story's first paragraph. */
    private static boolean isHeadline(List<Sentence> sentences) {
        Sentence first = sentences.get(0);
        boolean alone = sentences.size() == 1 || sentences.get(1).paragraph() != first.paragraph();
        return alone && !first.text().strip().matches(".*[.!?]$");
    }

    /**
     * The lead's day for the statement whose verb is token {@code verb} of {@code sentence} (a
     * recorded vote when {@code vote}), else unresolved.
     */
    UtteranceDate forVerb(Sentence sentence, int verb, boolean vote) {
        if (day == null) {
            return UtteranceDate.unresolved();
        }
        boolean dated = sentence.paragraph() == headline
                || (sentence.paragraph() == paragraph && simplePast(sentence.tokens(), verb))
                || (vote && !afterAuxiliary(sentence.tokens(), verb));
        return dated ? day : UtteranceDate.unresolved();
    }

    /**
     * The lead's day for words tied to the story's occasion ("declared after the ballot",
     * "Before the hearing, Berg said", "Having lost the ballot, Holm promised"), else unresolved.
     */
    UtteranceDate forTheOccasion(String words) {
        return day != null && occasion.matcher(words).find() ? day : UtteranceDate.unresolved();
    }

    /**
     * Whether the report whose verb is token {@code verb} tells the past as a story does: a verb
     * in the simple past, or "according to", which has no tense of its own.
     */
    static boolean tellsThePast(List<Token> tokens, int verb) {
        String word = tokens.get(verb).text().toLowerCase(Locale.ROOT);
        boolean accordingTo = word.equals("according")
                && verb + 1 < tokens.size()
                && tokens.get(verb + 1).text().equalsIgnoreCase("to");
        return accordingTo || simplePast(tokens, verb);
    }

    /** "said", "rejected", "told": an inflected form, neither -ing nor -s, after no auxiliary. */
    private static boolean simplePast(List<Token> tokens, int verb) {
        Token token = tokens.get(verb);
        String word = token.text().toLowerCase(Locale.ROOT);
        String lemma = token.lemma() == null ? word : token.lemma().toLowerCase(Locale.ROOT);
        if (word.equals(lemma)
                || word.endsWith("ing")
                || word.equals(lemma + "s")
                || word.equals(lemma + "es")
                || (lemma.endsWith("y") && word.equals(lemma.substring(0, lemma.length() - 1) + "ies"))) {
            return false;
        }
        return !afterAuxiliary(tokens, verb);
    }

    /** "has voted", "will not say", "to reject": a perfect, future, modal or infinitive before the verb. */
    private static boolean afterAuxiliary(List<Token> tokens, int verb) {
        return Auxiliaries.before(tokens, verb, NOT_SIMPLE_PAST);
    }
}
