package org.stancegraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stancegraph.extract.Lexicon.VerbSense;
import org.stancegraph.model.Actor;
import org.stancegraph.model.ActorType;
import org.stancegraph.model.Mention;
import org.stancegraph.model.Sentence;
import org.stancegraph.model.Span;
import org.stancegraph.model.Token;

/**
 * Finds who speaks through which verb in a sentence: the reporting and stance verbs of the
 * lexicon outside quotes, and for each its speaker — the subject before it (looking past an
 * appositive set off by commas), a name right after it ("…,” said Minister X), the agent of a
 * passive ("denounced by the prime minister"), or the subject of the verb it continues (a
 * participle, or a verb after "and").
 */
final class AttributionFinder {

    /** A reporting verb in a sentence: its tokens [first, last], what it means, and whether it is passive. */
    record Verb(int first, int last, VerbSense sense, Span span, boolean passive, boolean sideNoun) {

        Verb(int first, int last, VerbSense sense, Span span, boolean passive) {
            this(first, last, sense, span, passive, false);
        }

        /**
         * "The plan drew criticism from Berg": a verb phrase ending in "from" has its speaker after
         * it, as a passive has its agent, and judges what its subject names; so does a side noun
         * ("the plan's opponents included Berg").
         */
        boolean judgesItsSubject() {
            return sideNoun || sense.lemma().endsWith(" from");
        }

        Verb asPassive() {
            return new Verb(first, last, sense, span, true, sideNoun);
        }
    }

    /** A verb and one actor who speaks through it. */
    record Attribution(Verb verb, Actor speaker) {}

    /** An appositive that is a relative clause: ", who chairs…", ", which…", ", whose…". */
    private static final Pattern RELATIVE_CLAUSE = Pattern.compile("(?i),\\s*(?:who|whom|whose|which)\\b");

    private static final Set<String> MODALS = Set.of(
            "would", "will", "could", "can", "may", "might", "should", "must", "shall", "'d", "’d", "'ll", "’ll");
    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("be", "is", "are", "was", "were", "been", "being");
    private static final Set<String> CONJUNCTIONS = Set.of("and", "but");
    /** A possessive token split from its noun ("Russia" "'s"); compiled once, asked for many tokens. */
    private static final Pattern POSSESSIVE_S = Pattern.compile("['’]s");
    /** Text ending in "by" or "by the" (lower case), before the agent of a passive. */
    private static final Pattern AGENT_BEFORE = Pattern.compile(".*\\bby\\s+(?:the\\s+)?$");
    /** What may stand between an inverted verb and its subject's name: a title such as "Foreign Minister". */
    private static final Pattern INVERTED_SUBJECT_GAP = Pattern.compile("\\s*(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,4}");
    /**
     * What joins coordinated subjects: "Berg and Kowalska", "Berg as well as Kowalska", "Berg (L-Oslo)
     * and Rep. Kowalska" — a parenthesis after the first and titles before the second allowed; a bare
     * comma does not join.
     */
    private static final Pattern COORDINATION = Pattern.compile("(?:,\\s*(?:a|an|the|once|now)\\s[^,;:“\"]{1,48}(?=,))?"
            + "\\s*(?:\\([^()]{1,24}\\)\\s*)?,?\\s*(?:and|as well as)\\s*(?:the\\s+)?(?:\\p{Lu}\\p{L}*\\.?\\s+){0,3}");
    /** What may stand between a name and its participle: nothing, or an apposition set off by commas. */
    private static final Pattern RIGHT_BEFORE_PARTICIPLE = Pattern.compile("\\s*(?:,[^,;:]{1,60},\\s*)?");
    /** What stands between a name and a described source in apposition to it: ", a former ". */
    private static final Pattern APPOSED = Pattern.compile("\\s*,\\s*(?:(?:a|an|the)\\s+)?");
    /** What stands between a name and a description of it: ", the current head of ". */
    private static final Pattern APPOSITION = Pattern.compile("\\s*,\\s*(?:the|a|an)\\s[^,;.]*");
    /** What may stand between "by" and its agent's name: "the", and titles ("by Finance Minister Berg"). */
    private static final Pattern FIRST_AGENT_GAP = Pattern.compile("\\s*(?:the\\s+)?(?:\\p{Lu}\\p{L}*\\.?\\s+){0,4}");
    /** What joins the agents of one passive: "by X, Y and Z", "by X as well as Y". */
    private static final Pattern AGENT_JOINER = Pattern.compile(
            "\\s*(?:,|and|as well as|,\\s*as well as|,\\s*and)\\s*(?:the\\s+)?", Pattern.CASE_INSENSITIVE);

    /** "rather than" or "instead of" right before a verb: an act set aside, not done. */
    private static final Pattern UNDONE_BEFORE = Pattern.compile("(?i)\\b(?:rather than|instead of)\\s+$");

    /** "if" or "unless" earlier in the verb's own clause: "If the council rejects the toll, …", "unless they back it". */
    private static final Pattern IN_CONDITION =
            Pattern.compile("(?i)\\b(?:" + LexiconStanceClassifier.IF + ")\\b[^,;:]*$");

    /**
     * A preposition of place or occasion between "according to" and a name: the name is where the
     * source was ("according to those present at a meeting in the ministry"), not the source.
     */
    private static final Pattern SETTING = Pattern.compile("(?i)\\b(?:at|in|on|during|near|inside|outside|among)\\b");

    /** A negation ending right before a verb, an adverb between them allowed: "not", "n't", "never", "refusal to". */
    private static final Pattern NEGATION_BEFORE =
            Pattern.compile("(?i)(?:\\bnot|n['’]t|\\bnever|\\brefusal to)\\s+(?:\\p{L}+ly\\s+)?$");

    /** Words that open a list of the people a verb speaks for: "included", "among them", "such as", "ranged from". */
    private static final Pattern LIST_INTRODUCER = Pattern.compile(
            "\\b(?:included|include|includes|including|among them|such as|(?:ranged|range|ranging|stretched|stretching) from)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * What follows a side noun that speaks for a list: "opponents included", "supporters of the
     * plan range from", "critics, among them". Group 1 ends where the proposition's words do.
     */
    private static final Pattern SIDE_LIST = Pattern.compile(
            "^((?:\\s+of\\s+[^,;:.“\"]{1,48}?)?)\\s*,?\\s*" + LIST_INTRODUCER.pattern(), Pattern.CASE_INSENSITIVE);

    private final Lexicon lexicon;

    AttributionFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The verbs of {@code sentence} that have a speaker. A later verb keeps the speaker before it
     * when it continues that clause; otherwise it needs a subject of its own after the previous
     * verb, or it is part of the previous verb's reported words.
     */
    List<Attribution> find(AnalysedArticle article, Sentence sentence) {
        List<Attribution> attributions = new ArrayList<>();
        for (Verb verb : verbsOf(article, sentence)) {
            Attribution previous = attributions.isEmpty() ? null : attributions.get(attributions.size() - 1);
            List<Actor> speakers;
            if (verb.sideNoun()) {
                speakers = listedAfter(article, sentence, verb);
            } else if (verb.passive()) {
                speakers = agentsOf(article, sentence, verb);
            } else if (previous != null && continuesPrevious(sentence, verb)) {
                speakers = List.of(previous.speaker());
            } else if (previous == null && isParticiple(sentence, verb)) {
                List<Actor> absolute = absoluteSubjects(article, sentence, verb);
                speakers = absolute.isEmpty()
                        ? firstSubject(article, sentence, verb).stream().toList()
                        : absolute;
            } else {
                int from = previous == null
                        ? sentence.span().start()
                        : previous.verb().span().end();
                speakers = speakersOf(article, sentence, verb, from);
            }
            if (speakers.isEmpty()) {
                speakers = listedAfter(article, sentence, verb);
            }
            speakers.forEach(actor -> attributions.add(new Attribution(verb, actor)));
        }
        return attributions;
    }

    /**
     * "Those voting against included A of Ohio, B and C", "several lawmakers voted no, among them A
     * and B": a verb whose subject names nobody is spoken through by the people a list after it
     * names.
     */
    private List<Actor> listedAfter(AnalysedArticle article, Sentence sentence, Verb verb) {
        Matcher list = LIST_INTRODUCER.matcher(article.text());
        list.region(verb.span().end(), sentence.span().end());
        if (!list.find()) {
            return List.of();
        }
        int from = list.end();
        return candidates(article, sentence).stream()
                .filter(m -> m.span().start() >= from && m.actor().type() == ActorType.PERSON)
                .map(Mention::actor)
                .distinct()
                .toList();
    }

    private static boolean continuesPrevious(Sentence sentence, Verb verb) {
        boolean coordinated = verb.first() > 0
                && CONJUNCTIONS.contains(lower(sentence.tokens().get(verb.first() - 1)));
        return isParticiple(sentence, verb) || coordinated;
    }

    /** "…, warning that": a participle continuing a clause ("according to" is not one, though it looks it). */
    private static boolean isParticiple(Sentence sentence, Verb verb) {
        return lower(sentence.tokens().get(verb.first())).endsWith("ing")
                && !verb.sense().lemma().equals("according to");
    }

    private List<Verb> verbsOf(AnalysedArticle article, Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        List<Verb> verbs = new ArrayList<>();
        // Each token's base, found once: every phrasal verb of the lexicon asks for it.
        String[] bases = new String[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (article.inQuote(new Span(token.start(), token.end()))) {
                continue;
            }
            Verb verb = phrasalVerbAt(tokens, i, bases);
            if (verb == null) {
                verb = sideNounAt(article, tokens, i);
            }
            if (verb == null
                    && (token.isVerb() || isPresentTenseAfterName(article, sentence, i) || isAfterModal(tokens, i))) {
                VerbSense sense = senseOf(tokens, i, bases);
                verb = sense == null ? null : new Verb(i, i, sense, new Span(token.start(), token.end()), false);
            }
            if (verb == null) {
                continue;
            }
            if (UNDONE_BEFORE
                    .matcher(article.text()
                            .substring(
                                    Math.max(0, verb.span().start() - 16),
                                    verb.span().start()))
                    .find()) {
                i = verb.last();
                continue; // "abstained rather than voting against": what was not done says nothing
            }
            if (IN_CONDITION
                    .matcher(article.text()
                            .substring(sentence.span().start(), verb.span().start()))
                    .find()) {
                i = verb.last();
                continue; // "if they attack it, …": a condition, not an act anyone performed
            }
            verb = withNegation(article, verb);
            if (verb.judgesItsSubject()) {
                verb = verb.asPassive();
            } else if (isPassive(tokens, verb.first())) {
                if (!nextIs(tokens, verb.last() + 1, "by")) {
                    continue; // "troops would be sent": nobody speaks
                }
                verb = verb.asPassive();
            }
            verbs.add(verb);
            i = verb.last();
        }
        return verbs;
    }

    /**
     * "did not support", "won't rule out", "his refusal to rule out": a negation right before the
     * verb turns its sense, and the verb's span starts at the negation so the reported words keep it.
     */
    private static Verb withNegation(AnalysedArticle article, Verb verb) {
        int from = Math.max(0, verb.span().start() - 24);
        Matcher negation = NEGATION_BEFORE.matcher(
                article.text().substring(from, verb.span().start()));
        if (!negation.find()) {
            return verb;
        }
        return new Verb(
                verb.first(),
                verb.last(),
                verb.sense().negated(),
                new Span(from + negation.start(), verb.span().end()),
                verb.passive(),
                verb.sideNoun());
    }

    /**
     * "The plan's opponents included A and B", "supporters of the plan range from A to B": a
     * plural side noun followed by a list speaks for each person the list names, as a verb does.
     * The verb's span runs from the noun to the end of the proposition's words after it ("critics
     * of the toll"), so that what it judges lies before the span's end.
     */
    private Verb sideNounAt(AnalysedArticle article, List<Token> tokens, int i) {
        Token token = tokens.get(i);
        String word = lower(token);
        VerbSense sense = word.length() > 3 && word.endsWith("s") && !token.isVerb()
                ? lexicon.sideNoun(word.substring(0, word.length() - 1))
                : null;
        if (sense == null) {
            return null;
        }
        Matcher list = SIDE_LIST
                .matcher(article.text())
                .region(token.end(), article.text().length());
        if (!list.lookingAt()) {
            return null;
        }
        int end = token.end() + list.group(1).length();
        int last = i;
        while (last + 1 < tokens.size() && tokens.get(last + 1).end() <= end) {
            last++;
        }
        return new Verb(i, last, sense, new Span(token.start(), end), false, true);
    }

    /**
     * "she would back the plan": a word right after a modal (adverbs and "not" between) is a verb,
     * whatever the tagger made of it ("back" is often an adverb); only a verb of the lexicon counts.
     */
    private static boolean isAfterModal(List<Token> tokens, int i) {
        return Auxiliaries.before(tokens, i, MODALS);
    }

    /**
     * "…, while Anna Holm cautions: …": a word in -s right after a name, which the tagger took for
     * a plural noun, is a verb in the present tense when the lexicon knows its stem, as headlines
     * and standfirsts write them.
     */
    private boolean isPresentTenseAfterName(AnalysedArticle article, Sentence sentence, int i) {
        Token token = sentence.tokens().get(i);
        String word = lower(token);
        if (!"NOUN".equals(token.pos()) || !word.endsWith("s") || word.length() < 4) {
            return false;
        }
        boolean afterName = article.mentionsIn(sentence).stream()
                .anyMatch(m -> !m.possessive()
                        && m.actor().type() == ActorType.PERSON
                        && m.span().end() <= token.start()
                        && article.text()
                                .substring(m.span().end(), token.start())
                                .isBlank());
        String stem = word.substring(0, word.length() - 1);
        return afterName
                && (lexicon.verb(stem) != null
                        || (word.endsWith("es") && lexicon.verb(stem.substring(0, stem.length() - 1)) != null));
    }

    private Verb phrasalVerbAt(List<Token> tokens, int i, String[] bases) {
        for (List<String> words : phrasalVerbsOpenedBy(lower(tokens.get(i)), baseAt(tokens, i, bases))) {
            if (i + words.size() > tokens.size()) {
                continue;
            }
            boolean matches = true;
            for (int w = 0; w < words.size() && matches; w++) {
                Token token = tokens.get(i + w);
                matches = w == 0
                        ? words.get(0).equals(baseAt(tokens, i, bases))
                                || words.get(0).equalsIgnoreCase(token.text())
                                || isInflectionOf(lower(token), words.get(0))
                        : words.get(w).equalsIgnoreCase(token.text())
                                || words.get(w).equals(baseAt(tokens, i + w, bases));
            }
            // The tagger may call a participle that opens a phrase a noun ("those voting/NOUN against").
            Token first = tokens.get(i);
            boolean verbal = first.isVerb()
                    || lower(first).endsWith("ing")
                    || words.get(0).equals("according");
            if (matches && verbal) {
                int last = i + words.size() - 1;
                return new Verb(
                        i,
                        last,
                        lexicon.verb(String.join(" ", words)),
                        new Span(tokens.get(i).start(), tokens.get(last).end()),
                        false);
            }
        }
        return null;
    }

    /**
     * The multi-word verbs a token may open, longest first: those starting with its base, with the
     * word itself, or with a word it may inflect (see {@link #isInflectionOf}); looked up, since
     * trying every one at every token cost a tenth of the conversion.
     */
    private List<List<String>> phrasalVerbsOpenedBy(String word, String base) {
        Set<String> firstWords = new LinkedHashSet<>(List.of(word, base));
        for (String suffix : List.of("ing", "ed", "s")) {
            if (word.endsWith(suffix)) {
                String stem = word.substring(0, word.length() - suffix.length());
                firstWords.add(stem);
                firstWords.add(stem + "e");
            }
        }
        List<List<String>> candidates = new ArrayList<>();
        firstWords.forEach(first -> candidates.addAll(lexicon.phrasalVerbsStartingWith(first)));
        candidates.sort((a, b) -> b.size() - a.size());
        return candidates;
    }

    /** "voting", "votes", "voted" of "vote": for the first word of a phrasal verb, whose base the lemmatizer may miss. */
    private static boolean isInflectionOf(String word, String base) {
        String stem = base.endsWith("e") ? base.substring(0, base.length() - 1) : base;
        return word.equals(stem + "ing") || word.equals(base + "s") || word.equals(stem + "ed");
    }

    private VerbSense senseOf(List<Token> tokens, int i, String[] bases) {
        VerbSense sense = lexicon.verb(tokens.get(i).lemma());
        return sense != null ? sense : lexicon.verb(baseAt(tokens, i, bases));
    }

    private String baseAt(List<Token> tokens, int i, String[] bases) {
        if (bases[i] == null) {
            bases[i] = baseOf(tokens.get(i));
        }
        return bases[i];
    }

    /** The lemma, or a plain English stem when the lemmatiser gave none the lexicon knows. */
    private String baseOf(Token token) {
        if (lexicon.verb(token.lemma()) != null || token.lemma().equals("according")) {
            return token.lemma();
        }
        String word = lower(token);
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

    /** "was rejected", "were sharply criticised", or a bare participle followed by "by". */
    private static boolean isPassive(List<Token> tokens, int i) {
        if (!lower(tokens.get(i)).endsWith("ed")) {
            return false;
        }
        if (nextIs(tokens, i + 1, "by")) {
            return true;
        }
        for (int back = 1; back <= 2 && i - back >= 0; back++) {
            Token previous = tokens.get(i - back);
            if (PASSIVE_AUXILIARIES.contains(lower(previous))) {
                return true;
            }
            if (!"ADV".equals(previous.pos())) {
                return false;
            }
        }
        return false;
    }

    /**
     * The agents after "by" ("denounced by the prime minister as well as the chancellor"), or after
     * a verb phrase that ends in "from" ("drew criticism from the mayor").
     */
    private List<Actor> agentsOf(AnalysedArticle article, Sentence sentence, Verb verb) {
        List<Actor> agents = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        int at = nextIs(tokens, verb.last() + 1, "by")
                ? tokens.get(verb.last() + 1).end()
                : verb.span().end();
        for (Mention mention : article.mentionsIn(sentence)) {
            if (mention.span().start() < at || mention.possessive() || article.inQuote(mention.span())) {
                continue;
            }
            String gap = article.text().substring(at, mention.span().start());
            boolean joined = agents.isEmpty()
                    ? FIRST_AGENT_GAP.matcher(gap).matches()
                    : AGENT_JOINER.matcher(gap).matches();
            if (!joined) {
                break;
            }
            agents.add(mention.actor());
            at = mention.span().end();
        }
        return agents;
    }

    /** The subject of {@code verb} and the subjects coordinated with it ("both Berg and Kowalska said"). */
    private List<Actor> speakersOf(AnalysedArticle article, Sentence sentence, Verb verb, int from) {
        Optional<Mention> subject = subjectOf(article, sentence, verb, from);
        if (subject.isEmpty()) {
            return List.of();
        }
        List<Mention> candidates = candidates(article, sentence);
        List<Actor> speakers = new ArrayList<>();
        Mention current = subject.get();
        speakers.add(current.actor());
        for (int k = candidates.indexOf(current) - 1; k >= 0 && current.span().start() > from; k--) {
            Mention before = candidates.get(k);
            String gap =
                    article.text().substring(before.span().end(), current.span().start());
            if (!COORDINATION.matcher(gap).matches()) {
                break;
            }
            speakers.add(0, before.actor());
            current = before;
        }
        return speakers.stream().distinct().toList();
    }

    /**
     * The subject of {@code verb}: the nearest candidate mention between {@code from} and the verb,
     * looking past an appositive set off by commas ("A source, who asked not to be named, said");
     * else a name right after the verb ("…,” said Foreign Minister Jana Kowalska).
     */
    private Optional<Mention> subjectOf(AnalysedArticle article, Sentence sentence, Verb verb, int from) {
        List<Mention> candidates = candidates(article, sentence);
        if (verb.sense().lemma().equals("according to")) {
            return candidates.stream()
                    .filter(m -> m.span().start() >= verb.span().end())
                    .findFirst()
                    .filter(m -> !SETTING.matcher(article.text()
                                    .substring(verb.span().end(), m.span().start()))
                            .find());
        }
        int limit = appositiveStart(sentence, verb).orElse(verb.span().start());
        // "The head of the union, Jörg Weber, rejected": a person named in the apposition is the
        // subject; not one named in a relative clause ("Anna Holm, who chairs the Lund Group, said").
        Optional<Mention> named = candidates.stream()
                .filter(m -> m.span().start() >= limit
                        && m.span().end() <= verb.span().start())
                .filter(m -> m.actor().type() == ActorType.PERSON)
                .reduce((first, second) -> second);
        boolean relative = RELATIVE_CLAUSE
                .matcher(article.text().substring(limit, verb.span().start()))
                .lookingAt();
        if (limit != verb.span().start() && named.isPresent() && !relative) {
            return named;
        }
        Optional<Mention> subject = nearestBefore(candidates, from, limit);
        if (subject.isEmpty() && limit != verb.span().start()) {
            subject = nearestBefore(candidates, from, verb.span().start());
        }
        if (subject.isPresent()) {
            return Optional.of(describedBy(article, candidates, subject.get()));
        }
        return candidates.stream()
                .filter(m -> m.span().start() >= verb.span().end())
                .filter(m -> INVERTED_SUBJECT_GAP
                        .matcher(article.text()
                                .substring(verb.span().end(), m.span().start()))
                        .matches())
                .findFirst();
    }

    /** "Tomas Berg, the head of the alliance, said": the alliance only describes the subject named before it. */
    private static Mention describedBy(AnalysedArticle article, List<Mention> candidates, Mention subject) {
        int index = candidates.indexOf(subject);
        if (index > 0) {
            Mention named = candidates.get(index - 1);
            if (APPOSITION
                    .matcher(article.text()
                            .substring(named.span().end(), subject.span().start()))
                    .matches()) {
                return named;
            }
        }
        return subject;
    }

    /**
     * Mentions that can be a subject: not inside a quote, not the agent of a passive, and not
     * possessive — unless what they own is their own words ("the mayor's proposal suggests").
     */
    private List<Mention> candidates(AnalysedArticle article, Sentence sentence) {
        List<Mention> mentions = article.mentionsIn(sentence);
        List<Mention> candidates = new ArrayList<>();
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            boolean apposed = k > 0 && describesPersonBefore(article.text(), mentions.get(k - 1), m);
            if (!article.inQuote(m.span())
                    && !isAgent(article.text(), m)
                    && (!m.possessive() || ownsWords(sentence, m))
                    && !apposed) {
                candidates.add(m);
            }
        }
        return candidates;
    }

    /**
     * "Anton Brask, a former party leader, and …": a described source right after a person's name
     * and a comma describes that person; it is no one else who could speak.
     */
    private static boolean describesPersonBefore(String text, Mention before, Mention mention) {
        return mention.kind() == Mention.Kind.SOURCE
                && before.actor().type() == ActorType.PERSON
                && APPOSED.matcher(text.substring(
                                before.span().end(), mention.span().start()))
                        .matches();
    }

    /** Whether the word after a possessive mention (and its "'s") is a referring noun: "the mayor's proposal". */
    private boolean ownsWords(Sentence sentence, Mention mention) {
        return sentence.tokens().stream()
                .filter(t -> t.start() >= mention.span().end()
                        && !POSSESSIVE_S.matcher(t.text()).matches())
                .findFirst()
                .map(next -> "NOUN".equals(next.pos()) && lexicon.isReferringNoun(next.lemma()))
                .orElse(false);
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

    /**
     * "with Brask, a retired general, and Lund, once a farmer, voting in favour": the names right
     * before a participle, an apposition between allowed, are its subjects, all of them.
     */
    private List<Actor> absoluteSubjects(AnalysedArticle article, Sentence sentence, Verb verb) {
        Optional<Mention> nearest = nearestBefore(
                candidates(article, sentence),
                sentence.span().start(),
                verb.span().start());
        boolean adjacent = nearest.isPresent()
                && RIGHT_BEFORE_PARTICIPLE
                        .matcher(article.text()
                                .substring(
                                        nearest.get().span().end(), verb.span().start()))
                        .matches();
        return adjacent ? speakersOf(article, sentence, verb, sentence.span().start()) : List.of();
    }

    /** The first mention that can be a subject, for a participle that opens a sentence's report. */
    private Optional<Actor> firstSubject(AnalysedArticle article, Sentence sentence, Verb verb) {
        return candidates(article, sentence).stream()
                .filter(m -> m.span().end() <= verb.span().start())
                .findFirst()
                .map(Mention::actor);
    }

    /** "made by President Berg": an agent of a passive, not a subject. */
    private static boolean isAgent(String text, Mention mention) {
        String before = text.substring(
                Math.max(0, mention.span().start() - 8), mention.span().start());
        return AGENT_BEFORE.matcher(before.toLowerCase(Locale.ROOT)).matches();
    }

    private static boolean nextIs(List<Token> tokens, int index, String word) {
        return index < tokens.size() && lower(tokens.get(index)).equals(word);
    }

    private static String lower(Token token) {
        return token.text().toLowerCase(Locale.ROOT);
    }
}
