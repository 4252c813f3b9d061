package org.stancegraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.stancegraph.extract.AttributionFinder.Attribution;
import org.stancegraph.extract.AttributionFinder.Verb;
import org.stancegraph.extract.StanceClassifier.Position;
import org.stancegraph.ingest.BoilerplateDetector;
import org.stancegraph.model.Actor;
import org.stancegraph.model.Article;
import org.stancegraph.model.Evidence;
import org.stancegraph.model.Granularity;
import org.stancegraph.model.Mention;
import org.stancegraph.model.Sentence;
import org.stancegraph.model.Span;
import org.stancegraph.model.SpeechAct;
import org.stancegraph.model.Stance;
import org.stancegraph.model.Statement;
import org.stancegraph.model.Token;
import org.stancegraph.model.UtteranceDate;

/**
 * The extraction stage: from an analysed article to its statements. Sets the boilerplate aside
 * (teasers, notices, credits), finds quotes and mentions, finds who speaks through which verb,
 * then gives each statement its quote, topics and stances, date and the actor it responds to.
 * One statement per speaker and topic per sentence. Needs the article's sentences with tagged
 * tokens (see {@code nlp.TextAnalyzer}); the pipeline facade composes the two.
 *
 * <pre>{@code
 * StatementExtractor extractor = StatementExtractor.of(Codebooks.standard());
 * List<Statement> statements = extractor.extract(article, analyzer.analyze(article.text()));
 * }</pre>
 */
public final class StatementExtractor {

    /** Words that, after a comma, may open another speaker's clause. */
    private static final Set<String> CONTRASTS = Set.of("but", "while", "whereas", "yet");
    /** Subjects that name no one: "but there were no plans", "but it was too early". */
    private static final Set<String> EXPLETIVES = Set.of("there", "it");
    /** Parts of speech a clause's subject can open with ("smaller groups", "the unions", "they"). */
    private static final Set<String> SUBJECT_START = Set.of("DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM");

    /** "In response, …" and "Responding to …" open a reaction to what was reported just before. */
    private static final Pattern IN_RESPONSE =
            Pattern.compile("^(?:in response|responding|in reply|replying)\\b.*", Pattern.CASE_INSENSITIVE);

    /** What may stand between a reporting verb and the subject of the statement it reports: "said that the minister". */
    private static final Pattern REPORTED_SUBJECT_GAP =
            Pattern.compile("\\s*(?:that\\s+)?(?:the\\s+)?(?:\\p{Lu}\\p{L}*\\.?\\s+){0,4}");

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private final BoilerplateDetector boilerplate;
    private final QuoteFinder quotes;
    private final MentionFinder mentions;
    private final AttributionFinder attributions;
    private final Lexicon lexicon;
    private final StanceClassifier stances;
    private final TopicResolver topicOf;
    private final DateResolver dates;
    /** Words tied to a story's occasion ("after the ballot"), from the lexicon's event nouns. */
    private final Pattern occasions;

    /** A statement made of a sentence, with the position it was made from. */
    private record Made(Position position, Statement statement) {}

    public StatementExtractor(
            BoilerplateDetector boilerplate,
            QuoteFinder quotes,
            MentionFinder mentions,
            Lexicon lexicon,
            StanceClassifier stances,
            TopicCodebook topics,
            DateResolver dates) {
        this.boilerplate = boilerplate;
        this.quotes = quotes;
        this.mentions = mentions;
        this.attributions = new AttributionFinder(lexicon);
        this.lexicon = lexicon;
        this.stances = stances;
        this.topicOf = new TopicResolver(topics, lexicon);
        this.dates = dates;
        this.occasions = LeadDay.occasions(lexicon.eventNouns());
    }

    /** The standard extractor over the given codebooks. */
    public static StatementExtractor of(Codebooks books) {
        Lexicon lexicon = Lexicon.of(books.lexicon());
        TopicCodebook codebook = TopicCodebook.of(books.topics());
        return new StatementExtractor(
                new BoilerplateDetector(),
                new QuoteFinder(),
                new MentionFinder(ActorRegistry.of(books.actors()), lexicon),
                lexicon,
                new LexiconStanceClassifier(lexicon, codebook),
                codebook,
                new RuleDateResolver());
    }

    /** The statements {@code article} reports, in text order, given its analysed {@code sentences}. */
    public List<Statement> extract(Article article, List<Sentence> analysedSentences) {
        List<Span> skipped = boilerplate.find(article.text());
        List<Sentence> sentences = analysedSentences.stream()
                .filter(sentence -> skipped.stream().noneMatch(b -> b.contains(sentence.span())))
                .toList();
        List<Span> quoteSpans = quotes.find(article.text());
        AnalysedArticle analysed = new AnalysedArticle(
                article,
                sentences,
                quoteSpans,
                mentions.find(article, sentences, quoteSpans),
                topicOf.mainTopicOf(article.text()));
        LeadDay lead = LeadDay.of(analysed, dates, occasions);
        List<Statement> statements = new ArrayList<>();
        for (Sentence sentence : sentences) {
            statements.addAll(statementsOf(analysed, lead, sentence, statements));
        }
        return withQuoteParagraphs(analysed, statements);
    }

    /**
     * A paragraph that is only a quote and that no verb attributes belongs to the name on the line
     * after or before it ("Jana Kowalska, Foreign Minister"), else to the speaker of the
     * paragraph before. Its statements are inserted where the paragraph stands.
     */
    private List<Statement> withQuoteParagraphs(AnalysedArticle article, List<Statement> statements) {
        List<Statement> result = new ArrayList<>(statements);
        Map<Integer, List<Sentence>> paragraphs = new TreeMap<>();
        article.sentences().forEach(s -> paragraphs
                .computeIfAbsent(s.paragraph(), p -> new ArrayList<>())
                .add(s));
        List<Integer> order = new ArrayList<>(paragraphs.keySet());
        for (int p = 0; p < order.size(); p++) {
            List<Sentence> paragraph = paragraphs.get(order.get(p));
            Span extent = new Span(
                    paragraph.get(0).span().start(),
                    paragraph.get(paragraph.size() - 1).span().end());
            Span quote = wholeQuote(article, extent);
            if (quote == null
                    || result.stream()
                            .anyMatch(s -> extent.contains(s.sentence().span())
                                    || (s.quote() != null && s.quote().span().overlaps(quote)))) {
                continue;
            }
            int at = p;
            Actor speaker = nameLine(article, paragraphs, order, at + 1)
                    .or(() -> nameLine(article, paragraphs, order, at - 1))
                    .orElseGet(() -> speakerBefore(result, extent.start()));
            if (speaker == null) {
                continue;
            }
            for (Position position : stances.classify(lexicon.verb("say"), quote.of(article.text()))) {
                result.add(new Statement(
                        speaker,
                        SpeechAct.SAYS,
                        position.stance(),
                        position.topic().ref(),
                        UtteranceDate.unresolved(),
                        Evidence.of(article.article(), paragraph.get(0).span()),
                        Evidence.of(article.article(), quote),
                        null));
            }
        }
        result.sort(Comparator.comparingInt(s -> s.sentence().span().start()));
        return result;
    }

    /** The quote that makes up the paragraph, or null. */
    private static Span wholeQuote(AnalysedArticle article, Span paragraph) {
        char first = article.text().charAt(paragraph.start());
        if (first != '\u201C' && first != '"') {
            return null;
        }
        return article.quotes().stream()
                .filter(q -> paragraph.contains(q) && q.length() * 10 >= paragraph.length() * 8)
                .findFirst()
                .orElse(null);
    }

    /** The actor a short line names with nothing else but titles ("Jana Kowalska Polish Foreign Minister"). */
    private Optional<Actor> nameLine(
            AnalysedArticle article, Map<Integer, List<Sentence>> paragraphs, List<Integer> order, int index) {
        if (index < 0 || index >= order.size()) {
            return Optional.empty();
        }
        List<Sentence> line = paragraphs.get(order.get(index));
        if (line.size() != 1
                || line.get(0).tokens().size() > 8
                || line.get(0).text().matches(".*[.!?”\"]\\s*$")) {
            return Optional.empty();
        }
        List<Actor> named = article.mentionsIn(line.get(0)).stream()
                .map(Mention::actor)
                .distinct()
                .toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /**
     * The day of the speaker's last statement earlier in the article, when that statement has a
     * day: a story that dates what someone said and then tells more of it in the simple past
     * ("Berg said on Monday …. Berg also said …") tells of the same occasion.
     */
    private static UtteranceDate dayOfTheSpeakersLastReport(Actor speaker, List<Statement> before) {
        for (int i = before.size() - 1; i >= 0; i--) {
            Statement earlier = before.get(i);
            if (earlier.speaker().key().equals(speaker.key())) {
                UtteranceDate day = earlier.date();
                return day.granularity() == Granularity.DAY
                        ? new UtteranceDate(day.value(), Granularity.DAY, "the speaker's earlier report, " + day.cue())
                        : UtteranceDate.unresolved();
            }
        }
        return UtteranceDate.unresolved();
    }

    private static Actor speakerBefore(List<Statement> statements, int offset) {
        Actor speaker = null;
        for (Statement s : statements) {
            if (s.sentence().span().end() <= offset) {
                speaker = s.speaker();
            }
        }
        return speaker;
    }

    private List<Statement> statementsOf(
            AnalysedArticle article, LeadDay lead, Sentence sentence, List<Statement> before) {
        List<Attribution> found = attributions.find(article, sentence);
        List<Statement> result = new ArrayList<>();
        Map<String, Made> made = new HashMap<>();
        for (int a = 0; a < found.size(); a++) {
            Attribution attribution = found.get(a);
            Span verb = attribution.verb().span();
            int windowStart = a > 0
                    ? found.get(a - 1).verb().span().end()
                    : sentence.span().start();
            int clauseEnd = sentence.span().end();
            for (int next = a + 1; next < found.size(); next++) {
                if (found.get(next).verb().span().start() > verb.start()) {
                    clauseEnd = found.get(next).verb().span().start();
                    break;
                }
            }
            if (reportsAnother(article, sentence, found, a)) {
                continue;
            }
            if (attribution.verb().sense().stance() != Stance.NEUTRAL) {
                // A verb that takes a side ("voted for", "rejected") says what it says within its
                // own clause; what is said ("said X, but there were no plans") goes on past "but".
                clauseEnd = contrastedClauseStart(sentence, verb.end(), clauseEnd);
            }
            Span quote = article.quoteFor(sentence);
            Span clause = clauseOf(article, attribution.verb(), windowStart, clauseEnd, quote);
            Span reportedSpan = reported(article, clause, quote);
            String reported = reportedSpan.of(article.text());
            String unquoted = article.maskQuotes(sentence, new Span(windowStart, clauseEnd));
            UtteranceDate date = dates.resolve(
                    unquoted,
                    verb.start() - sentence.span().start(),
                    article.article().metadata().published());
            if (date.granularity() == Granularity.UNRESOLVED) {
                date = lead.forVerb(
                        sentence,
                        attribution.verb().first(),
                        attribution.verb().sense().lemma().startsWith("vote "));
            }
            if (date.granularity() == Granularity.UNRESOLVED) {
                date = lead.forTheOccasion(unquoted);
            }
            if (date.granularity() == Granularity.UNRESOLVED
                    && LeadDay.tellsThePast(
                            sentence.tokens(), attribution.verb().first())) {
                date = dayOfTheSpeakersLastReport(attribution.speaker(), before);
            }
            Actor respondsTo = respondsTo(article, sentence, clause, attribution.speaker(), before);
            for (Position position : positions(article, attribution, reported, sentence, reportedSpan)) {
                String key =
                        attribution.speaker().key() + " " + position.topic().iri();
                Made earlier = made.get(key);
                if (earlier != null && !position.firmerThan(earlier.position())) {
                    continue; // one statement per speaker and topic: the first that takes the firmest side
                }
                if (earlier != null) {
                    result.remove(earlier.statement());
                }
                Statement statement = new Statement(
                        attribution.speaker(),
                        attribution.verb().sense().act(),
                        position.stance(),
                        position.topic().ref(),
                        date,
                        Evidence.of(article.article(), sentence.span()),
                        quote == null ? null : Evidence.of(article.article(), quote),
                        respondsTo);
                made.put(key, new Made(position, statement));
                result.add(statement);
            }
        }
        return withoutUnclassifiedRepeats(result).stream()
                .map(statement -> aboutTheLatestTopic(article, sentence, statement))
                .toList();
    }

    /**
     * The words {@code verb} reports or judges, within [{@code windowStart}, {@code clauseEnd}):
     * those after it; those before it when it judges its subject ("the plan drew criticism from")
     * or closes its report ("…, according to Berg"); a side noun's, those before it and its own
     * ("the toll's critics", "critics of the toll").
     */
    private Span clauseOf(AnalysedArticle article, Verb verb, int windowStart, int clauseEnd, Span quote) {
        Span span = verb.span();
        if (verb.sideNoun()) {
            return new Span(windowStart, span.end());
        }
        boolean reportBefore = verb.judgesItsSubject()
                || (quote == null
                        && closesItsReport(
                                article,
                                windowStart,
                                span,
                                clauseEnd,
                                verb.sense().lemma().equals("according to")));
        if (reportBefore) {
            return new Span(windowStart, span.start());
        }
        return new Span(verb.passive() ? windowStart : span.start(), clauseEnd);
    }

    /**
     * A stance on nothing the sentence names ("cautioned against it") is a stance on the
     * proposition named last before it, else on the article's main topic.
     */
    private Statement aboutTheLatestTopic(AnalysedArticle article, Sentence sentence, Statement statement) {
        if (!statement.topic().isUnclassified() || statement.stance() == Stance.NEUTRAL) {
            return statement;
        }
        return statement.withTopic(topicOf.latestBefore(article, sentence).ref());
    }

    /**
     * Where a clause of someone else's begins within {@code from}–{@code to}: "the biggest parties
     * voted for it, but smaller groups attacked it" ends the first group's words at "but", since what
     * follows has a subject and a verb of its own. "…, but would support it" (no subject), "…, but
     * not this year" (no verb) and "…, but there were none" (a subject that names no one) go on with
     * the first speaker's words. {@code to} when there is no such clause.
     */
    private static int contrastedClauseStart(Sentence sentence, int from, int to) {
        List<Token> tokens = sentence.tokens();
        for (int i = 1; i + 1 < tokens.size(); i++) {
            Token word = tokens.get(i);
            if (word.start() < from || word.end() > to) {
                continue;
            }
            boolean contrast = CONTRASTS.contains(word.text().toLowerCase(Locale.ROOT))
                    && ",".equals(tokens.get(i - 1).text());
            Token subject = tokens.get(i + 1);
            boolean opensClause = SUBJECT_START.contains(subject.pos())
                    && !EXPLETIVES.contains(subject.text().toLowerCase(Locale.ROOT))
                    && verbBeforeComma(tokens, i + 2, to);
            if (opensClause && contrast) {
                return tokens.get(i - 1).start(); // the comma before "but"
            }
            if (opensClause && ";".equals(word.text())) {
                return word.start();
            }
        }
        return to;
    }

    /** Whether a verb comes after {@code start} before a comma, a semicolon or {@code to}. */
    private static boolean verbBeforeComma(List<Token> tokens, int start, int to) {
        for (int j = start; j < tokens.size() && tokens.get(j).end() <= to; j++) {
            String text = tokens.get(j).text();
            if (",".equals(text) || ";".equals(text)) {
                return false;
            }
            if ("VERB".equals(tokens.get(j).pos())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Several governments backed the plan, officials said.": a reporting verb that ends its
     * sentence after a comma reports the words before it; so does "according to" with the name
     * of its source after a comma, whatever clause follows ("…, according to Berg, though she…").
     */
    private static boolean closesItsReport(
            AnalysedArticle article, int windowStart, Span verb, int clauseEnd, boolean accordingTo) {
        if (windowStart >= verb.start()) {
            return false; // a verb shared with the speaker before: its words are theirs
        }
        String before = article.text().substring(windowStart, verb.start());
        if (!before.contains(",")) {
            return false;
        }
        String after = article.text().substring(verb.end(), clauseEnd);
        // "…, according to Berg, though she …": what follows the source's name is another clause,
        // and the name with its title may run to six words ("Deputy Defence Minister Anna Holm").
        if (accordingTo && after.indexOf(',') >= 0) {
            after = after.substring(0, after.indexOf(','));
        }
        return WORD.matcher(after).results().count() <= (accordingTo ? 6 : 3);
    }

    /**
     * "Holm said Berg had rejected the plan": a neutral reporting verb whose words open with another
     * speaker's statement reports that statement and makes none of its own.
     */
    private static boolean reportsAnother(AnalysedArticle article, Sentence sentence, List<Attribution> found, int a) {
        Attribution reporter = found.get(a);
        if (a + 1 >= found.size() || reporter.verb().sense().stance() != Stance.NEUTRAL) {
            return false;
        }
        Attribution reported = found.get(a + 1);
        int from = reporter.verb().span().end();
        return !reported.speaker().key().equals(reporter.speaker().key())
                && article.mentionsIn(sentence).stream()
                        .anyMatch(m -> m.span().start() >= from
                                && m.span().end() <= reported.verb().span().start()
                                && m.actor().key().equals(reported.speaker().key())
                                && REPORTED_SUBJECT_GAP
                                        .matcher(article.text()
                                                .substring(from, m.span().start()))
                                        .matches());
    }

    /** A speaker's unclassified statement adds nothing beside a classified one of the same sentence. */
    private static List<Statement> withoutUnclassifiedRepeats(List<Statement> statements) {
        Set<String> classified = new HashSet<>();
        statements.stream()
                .filter(s -> !s.topic().isUnclassified())
                .forEach(s -> classified.add(s.speaker().key()));
        return statements.stream()
                .filter(s -> !s.topic().isUnclassified()
                        || !classified.contains(s.speaker().key()))
                .toList();
    }

    /**
     * The words a statement reports: its clause, widened to the whole sentences its quote spans,
     * so a cue in the quote finds the proposition named just before it.
     */
    private static Span reported(AnalysedArticle article, Span clause, Span quote) {
        if (quote == null) {
            return clause;
        }
        Sentence first = article.sentenceAt(quote.start());
        int start = Math.min(
                clause.start(), first == null ? quote.start() : first.span().start());
        return new Span(start, Math.max(clause.end(), quote.end()));
    }

    /**
     * The positions the reported words take; words that signal no topic but refer back to one
     * ("downplayed the idea") are about the article's main topic.
     */
    private List<Position> positions(
            AnalysedArticle article, Attribution attribution, String reported, Sentence sentence, Span words) {
        List<Position> positions = stances.classify(attribution.verb().sense(), reported);
        if (positions.size() == 1 && positions.get(0).topic().equals(TopicCodebook.UNCLASSIFIED)) {
            // The same words as the stance's: a quote before its speaker ("'The new law goes too
            // far,' Berg conceded") is what refers back, not the verb's clause after it.
            TopicCodebook.Topic topic = topicOf.ofUnnamed(article, sentence, words);
            Stance stance = positions.get(0).stance();
            boolean evaluates = stance == Stance.NEUTRAL
                    && attribution.verb().sense().stance() == Stance.NEUTRAL
                    && !topic.equals(TopicCodebook.UNCLASSIFIED);
            return List.of(
                    evaluates ? new Position(topic, stances.evaluation(reported), true) : new Position(topic, stance));
        }
        return positions;
    }

    /**
     * Whom a statement answers, when the text says so: an actor named possessively in its clause
     * ("rejected Macron's suggestion"), or, after "In response", the speaker reported just before.
     */
    private static Actor respondsTo(
            AnalysedArticle article, Sentence sentence, Span clause, Actor speaker, List<Statement> before) {
        Optional<Actor> named = article.mentionsIn(sentence).stream()
                .filter(m -> m.possessive() && clause.contains(m.span()) && !article.inQuote(m.span()))
                .map(Mention::actor)
                .filter(actor -> !actor.key().equals(speaker.key()))
                .findFirst();
        if (named.isPresent()) {
            return named.get();
        }
        if (IN_RESPONSE
                        .matcher(sentence.text().strip().toLowerCase(Locale.ROOT))
                        .matches()
                && !before.isEmpty()) {
            Actor previous = before.get(before.size() - 1).speaker();
            return previous.key().equals(speaker.key()) ? null : previous;
        }
        return null;
    }
}
