package org.stancegraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.stancegraph.extract.Lexicon.VerbSense;
import org.stancegraph.model.Actor;
import org.stancegraph.model.Article;
import org.stancegraph.model.Evidence;
import org.stancegraph.model.Mention;
import org.stancegraph.model.Sentence;
import org.stancegraph.model.Span;
import org.stancegraph.model.Statement;
import org.stancegraph.model.Token;
import org.stancegraph.model.UtteranceDate;
import org.stancegraph.nlp.OpenNlpTextAnalyzer;
import org.stancegraph.nlp.TextAnalyzer;

/**
 * The extraction pipeline, composed in one place: analyse the text, find quotes, find mentions,
 * then for every reporting or stance verb outside a quote find its speaker, and give the
 * statement its quote, topic, stance and date. One statement per speaker and topic per sentence.
 *
 * <pre>{@code
 * StatementExtractor extractor = StatementExtractor.standard(Codebooks.standard());
 * List<Statement> statements = extractor.extract(article);
 * }</pre>
 */
public final class StatementExtractor {

    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("be", "is", "are", "was", "were", "been", "being");
    private static final Set<String> CONJUNCTIONS = Set.of("and", "but");
    /** What may stand between an inverted verb and its subject's name: a title such as "Foreign Minister". */
    private static final Pattern INVERTED_SUBJECT_GAP = Pattern.compile("\\s*(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,4}");

    /** A reporting verb in a sentence: its tokens [first, last] and what it means. */
    private record Verb(int first, int last, VerbSense sense, Span span) {}

    private final TextAnalyzer analyzer;
    private final QuoteFinder quotes;
    private final MentionFinder mentions;
    private final Lexicon lexicon;
    private final StanceClassifier stances;
    private final TopicCodebook topics;
    private final DateResolver dates;

    public StatementExtractor(TextAnalyzer analyzer, QuoteFinder quotes, MentionFinder mentions, Lexicon lexicon,
            StanceClassifier stances, TopicCodebook topics, DateResolver dates) {
        this.analyzer = analyzer;
        this.quotes = quotes;
        this.mentions = mentions;
        this.lexicon = lexicon;
        this.stances = stances;
        this.topics = topics;
        this.dates = dates;
    }

    /** The standard pipeline over OpenNLP and the given codebooks. */
    public static StatementExtractor standard(Codebooks books) {
        Lexicon lexicon = Lexicon.of(books.lexicon());
        TopicCodebook codebook = TopicCodebook.of(books.topics());
        return new StatementExtractor(
                OpenNlpTextAnalyzer.shared(),
                new QuoteFinder(),
                new MentionFinder(ActorRegistry.of(books.actors()), lexicon),
                lexicon,
                new LexiconStanceClassifier(lexicon, codebook),
                codebook,
                new RuleDateResolver());
    }

    /** The statements {@code article} reports, in text order. */
    public List<Statement> extract(Article article) {
        List<Sentence> sentences = analyzer.analyze(article.text());
        List<Span> quoteSpans = quotes.find(article.text());
        List<Mention> found = mentions.find(article, sentences, quoteSpans);
        ArticleContext context = new ArticleContext(article, sentences, quoteSpans, found);
        List<Statement> statements = new ArrayList<>();
        for (Sentence sentence : sentences) {
            statements.addAll(statementsOf(context, sentence));
        }
        return statements;
    }

    private List<Statement> statementsOf(ArticleContext context, Sentence sentence) {
        List<Attribution> attributions = attributionsOf(context, sentence);
        List<Statement> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int a = 0; a < attributions.size(); a++) {
            Attribution attribution = attributions.get(a);
            Verb verb = attribution.verb();
            int windowStart = a > 0 ? attributions.get(a - 1).verb().span().end() : sentence.span().start();
            int clauseEnd = a + 1 < attributions.size()
                    ? attributions.get(a + 1).verb().span().start()
                    : sentence.span().end();
            Span clause = new Span(verb.span().start(), clauseEnd);
            Span quote = context.quoteFor(sentence);
            String reported = clause.of(context.text())
                    + (quote == null || clause.contains(quote) ? "" : "\n" + quote.of(context.text()));
            List<StanceClassifier.Position> positions = stances.classify(verb.sense(), reported);
            if (positions.size() == 1 && positions.get(0).topic().equals(TopicCodebook.UNCLASSIFIED)) {
                positions = List.of(new StanceClassifier.Position(
                        topics.classify(sentence.text()), positions.get(0).stance()));
            }
            UtteranceDate date = dates.resolve(
                    context.maskQuotes(sentence, new Span(windowStart, clauseEnd)),
                    verb.span().start() - sentence.span().start(),
                    context.article().metadata().published());
            for (StanceClassifier.Position position : positions) {
                if (seen.add(attribution.speaker().key() + " " + position.topic().iri())) {
                    result.add(new Statement(
                            attribution.speaker(),
                            verb.sense().act(),
                            position.stance(),
                            position.topic().iri(),
                            date,
                            Evidence.of(context.article(), sentence.span()),
                            quote == null ? null : Evidence.of(context.article(), quote)));
                }
            }
        }
        return result;
    }

    /** A reporting verb and who speaks through it. */
    private record Attribution(Verb verb, Actor speaker) {}

    /**
     * The verbs of {@code sentence} that have a speaker. A later verb keeps the speaker before it
     * when it continues that clause (a participle, or after "and"); otherwise it needs a subject
     * of its own after the previous verb, or it is part of the previous verb's reported words.
     */
    private List<Attribution> attributionsOf(ArticleContext context, Sentence sentence) {
        List<Attribution> attributions = new ArrayList<>();
        for (Verb verb : verbsOf(sentence, context)) {
            Attribution previous = attributions.isEmpty() ? null : attributions.get(attributions.size() - 1);
            Optional<Actor> speaker;
            if (previous != null && continuesPrevious(sentence, verb)) {
                speaker = Optional.of(previous.speaker());
            } else if (previous == null && isParticiple(sentence, verb)) {
                speaker = firstSubject(context, sentence, verb);
            } else {
                int from = previous == null ? sentence.span().start() : previous.verb().span().end();
                speaker = speakerOf(context, sentence, verb, from);
            }
            speaker.ifPresent(actor -> attributions.add(new Attribution(verb, actor)));
        }
        return attributions;
    }

    /** A participle ("…, warning that") or a coordinated verb ("and said") shares the subject before it. */
    private static boolean continuesPrevious(Sentence sentence, Verb verb) {
        boolean coordinated = verb.first() > 0
                && CONJUNCTIONS.contains(sentence.tokens().get(verb.first() - 1).text().toLowerCase(Locale.ROOT));
        return isParticiple(sentence, verb) || coordinated;
    }

    private static boolean isParticiple(Sentence sentence, Verb verb) {
        return sentence.tokens().get(verb.first()).text().toLowerCase(Locale.ROOT).endsWith("ing");
    }

    private List<Verb> verbsOf(Sentence sentence, ArticleContext context) {
        List<Token> tokens = sentence.tokens();
        List<Verb> verbs = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (context.inQuote(new Span(token.start(), token.end()))) {
                continue;
            }
            Verb verb = phrasalVerbAt(tokens, i);
            if (verb == null && token.isVerb() && !isPassive(tokens, i)) {
                VerbSense sense = senseOf(token);
                verb = sense == null ? null : new Verb(i, i, sense, new Span(token.start(), token.end()));
            }
            if (verb != null) {
                verbs.add(verb);
                i = verb.last();
            }
        }
        return verbs;
    }

    private Verb phrasalVerbAt(List<Token> tokens, int i) {
        for (List<String> words : lexicon.phrasalVerbs()) {
            if (i + words.size() > tokens.size()) {
                continue;
            }
            boolean matches = true;
            for (int w = 0; w < words.size() && matches; w++) {
                Token token = tokens.get(i + w);
                matches = w == 0 ? words.get(0).equals(baseOf(token)) : words.get(w).equalsIgnoreCase(token.text())
                        || words.get(w).equals(baseOf(token));
            }
            if (matches && (tokens.get(i).isVerb() && !isPassive(tokens, i) || words.get(0).equals("according"))) {
                int last = i + words.size() - 1;
                return new Verb(i, last, lexicon.verb(String.join(" ", words)),
                        new Span(tokens.get(i).start(), tokens.get(last).end()));
            }
        }
        return null;
    }

    private VerbSense senseOf(Token token) {
        VerbSense sense = lexicon.verb(token.lemma());
        return sense != null ? sense : lexicon.verb(baseOf(token));
    }

    /** The lemma, or a plain English stem when the lemmatiser gave none the lexicon knows. */
    private String baseOf(Token token) {
        if (lexicon.verb(token.lemma()) != null || token.lemma().equals("according")) {
            return token.lemma();
        }
        String word = token.text().toLowerCase(Locale.ROOT);
        for (String suffix : List.of("ied", "ies", "ing", "ed", "es", "s", "d")) {
            if (word.endsWith(suffix) && word.length() > suffix.length() + 2) {
                String stem = word.substring(0, word.length() - suffix.length());
                for (String candidate : List.of(stem, stem + "e", stem + "y", stem.substring(0, stem.length() - 1))) {
                    if (lexicon.verb(candidate) != null) {
                        return candidate;
                    }
                }
            }
        }
        return token.lemma();
    }

    private static boolean isPassive(List<Token> tokens, int i) {
        if (i + 1 < tokens.size() && tokens.get(i + 1).text().equalsIgnoreCase("by")
                && tokens.get(i).text().toLowerCase(Locale.ROOT).endsWith("ed")) {
            return true;
        }
        for (int back = 1; back <= 2 && i - back >= 0; back++) {
            Token previous = tokens.get(i - back);
            if (PASSIVE_AUXILIARIES.contains(previous.text().toLowerCase(Locale.ROOT))) {
                return tokens.get(i).text().toLowerCase(Locale.ROOT).endsWith("ed");
            }
            if (!"ADV".equals(previous.pos())) {
                return false;
            }
        }
        return false;
    }

    /**
     * The subject of {@code verb}: the nearest candidate mention between {@code from} and the verb,
     * looking past an appositive set off by commas ("A source, who asked not to be named, said");
     * else a name right after the verb ("…,” said Foreign Minister Antonio Tajani).
     */
    private Optional<Actor> speakerOf(ArticleContext context, Sentence sentence, Verb verb, int from) {
        List<Mention> candidates = context.mentionsIn(sentence).stream()
                .filter(m -> !m.possessive() && !context.inQuote(m.span()) && !isAgent(context.text(), m))
                .toList();
        if (verb.sense().lemma().equals("according to")) {
            return candidates.stream()
                    .filter(m -> m.span().start() >= verb.span().end())
                    .findFirst()
                    .map(Mention::actor);
        }
        int limit = appositiveStart(sentence, verb).orElse(verb.span().start());
        Optional<Mention> subject = nearestBefore(candidates, from, limit);
        if (subject.isEmpty() && limit != verb.span().start()) {
            subject = nearestBefore(candidates, from, verb.span().start());
        }
        if (subject.isPresent()) {
            return subject.map(Mention::actor);
        }
        return candidates.stream()
                .filter(m -> m.span().start() >= verb.span().end())
                .filter(m -> INVERTED_SUBJECT_GAP.matcher(context.text().substring(verb.span().end(), m.span().start())).matches())
                .findFirst()
                .map(Mention::actor);
    }

    private static Optional<Mention> nearestBefore(List<Mention> candidates, int from, int limit) {
        return candidates.stream()
                .filter(m -> m.span().start() >= from && m.span().end() <= limit)
                .reduce((first, second) -> second);
    }

    /** Where "X, …, said" puts its appositive: the first of the two commas before the verb. */
    private static Optional<Integer> appositiveStart(Sentence sentence, Verb verb) {
        List<Token> tokens = sentence.tokens();
        int i = verb.first() - 1;
        while (i >= 0 && "ADV".equals(tokens.get(i).pos())) {
            i--;
        }
        if (i < 0 || !tokens.get(i).text().equals(",")) {
            return Optional.empty();
        }
        for (int k = i - 1; k >= 0; k--) {
            if (tokens.get(k).text().equals(",")) {
                return Optional.of(tokens.get(k).start());
            }
        }
        return Optional.empty();
    }

    /** The first mention that can be a subject, for a participle that opens a sentence's report. */
    private static Optional<Actor> firstSubject(ArticleContext context, Sentence sentence, Verb verb) {
        return context.mentionsIn(sentence).stream()
                .filter(m -> m.span().end() <= verb.span().start())
                .filter(m -> !m.possessive() && !context.inQuote(m.span()) && !isAgent(context.text(), m))
                .findFirst()
                .map(Mention::actor);
    }

    /** "made by President Macron": an agent of a passive, not a subject. */
    private static boolean isAgent(String text, Mention mention) {
        String before = text.substring(Math.max(0, mention.span().start() - 4), mention.span().start());
        return before.toLowerCase(Locale.ROOT).matches(".*\\bby\\s+$");
    }

    /** What the stages found in one article, and lookups over it. */
    private record ArticleContext(Article article, List<Sentence> sentences, List<Span> quotes, List<Mention> mentions) {

        String text() {
            return article.text();
        }

        boolean inQuote(Span span) {
            return quotes.stream().anyMatch(q -> q.contains(span));
        }

        List<Mention> mentionsIn(Sentence sentence) {
            return mentions.stream().filter(m -> sentence.span().contains(m.span())).toList();
        }

        /**
         * The quote of a statement made in {@code sentence}: the longest quote overlapping it, or
         * else a quote that makes up the whole sentence before it ("“…,” / Macron added.").
         */
        Span quoteFor(Sentence sentence) {
            Optional<Span> own = quotes.stream()
                    .filter(q -> q.overlaps(sentence.span()))
                    .max((a, b) -> a.length() - b.length());
            if (own.isPresent()) {
                return own.get();
            }
            if (sentence.index() == 0) {
                return null;
            }
            Sentence previous = sentences.get(sentence.index() - 1);
            String words = previous.text().replaceAll("[\\p{Punct}“”‘’\\s]+", " ").strip();
            return quotes.stream()
                    .filter(q -> q.overlaps(previous.span()) && q.of(text()).replaceAll("[\\p{Punct}“”‘’\\s]+", " ").strip().endsWith(words))
                    .findFirst()
                    .orElse(null);
        }

        /** The sentence with every quoted character, and all outside {@code window}, made a space. */
        String maskQuotes(Sentence sentence, Span window) {
            char[] chars = sentence.text().toCharArray();
            for (int i = 0; i < chars.length; i++) {
                if (!window.contains(new Span(sentence.span().start() + i, sentence.span().start() + i + 1))) {
                    chars[i] = ' ';
                }
            }
            for (Span q : quotes) {
                for (int i = Math.max(q.start(), sentence.span().start()); i < Math.min(q.end(), sentence.span().end()); i++) {
                    chars[i - sentence.span().start()] = ' ';
                }
            }
            return new String(chars);
        }
    }
}
