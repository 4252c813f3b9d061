package org.stancegraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stancegraph.extract.Lexicon.Cue;
import org.stancegraph.extract.Lexicon.Scope;
import org.stancegraph.extract.Lexicon.VerbSense;
import org.stancegraph.extract.PhraseMatcher.Match;
import org.stancegraph.extract.TopicCodebook.Topic;
import org.stancegraph.model.Span;
import org.stancegraph.model.Stance;

/**
 * {@link StanceClassifier} from the lexicon's stance cues and the codebook's topic signals. Each
 * cue in the reported words ("there will be no", "nothing should be ruled out") judges the topic
 * signalled nearest to it on the side its scope names; a topic judged by several cues takes their
 * majority, the last on a tie. Without a cue, the words are about the topic their condition names
 * ("if troops were sent"), else the topic whose signals weigh most, with the stance the verb implies.
 *
 * <pre>{@code
 * StanceClassifier stance = new LexiconStanceClassifier(lexicon, codebook);
 * stance.classify(lexicon.verb("say"), "there will be no ground troops");   // [troops, AGAINST]
 * }</pre>
 */
public final class LexiconStanceClassifier implements StanceClassifier {

    /** Words that open a condition anywhere, and those that open one only at a clause's start. */
    static final String IF = "if|unless";

    private static final String INVERTED_IF = "should|were|had";

    private static final Pattern CONDITION = Pattern.compile("(?i)\\b(?:" + IF + ")\\b");
    private static final Pattern NEGATION = Pattern.compile("(?i)\\b(?:not|no|never)(?:\\s+\\w+)?\\s+$");
    /** A negation one or two words before a cue: "is not legally justified", "has not been ruled out". */
    private static final Pattern NEGATION_BEFORE_CUE =
            Pattern.compile("(?i)(?:\\bnot|n't|n’t|\\bnever)(?:\\s+\\w+)?\\s+$");
    /** Cues that hold their own negation ("not ruled out", "cannot rule out", "no need"): not turned again. */
    private static final Pattern NEGATIVE_WORD = Pattern.compile("(?i)\\b(?:not|no|never|nothing|cannot)\\b|n't|n’t");

    private static final Pattern CONDITION_OPENER = Pattern.compile("(?i)" + INVERTED_IF);
    /** A word that opens a condition: "if" or "unless" anywhere (group 1), "should", "were" or "had" at a clause's start. */
    private static final Pattern CONDITION_WORD = Pattern.compile("(?i)\\b(?:(" + IF + ")|" + INVERTED_IF + ")\\b");
    /** Where a clause starts: the text's start, or a comma, colon or "that" before it. */
    private static final Pattern CLAUSE_START = Pattern.compile("(?i)(?:^|[,;:]|\\bthat)\\s*$");

    /** Endings of a verb's forms and of the nouns made from it ("supported", "agreement", "rejection"). */
    private static final List<String> ACT_SUFFIXES =
            List.of("", "s", "es", "d", "ed", "ing", "ment", "ments", "ion", "ions", "al", "als", "ance", "ence");

    /** A person's possessive and the one or two words after it (group 1: the last, the thing possessed). */
    private static final Pattern POSSESSED =
            Pattern.compile("(?i)\\b(?:my|your|his|her|our)(?:\\s+\\p{L}+)?\\s+(\\p{L}+)");

    /**
     * "struck a deal", "an agreement was struck": reaching an agreement, which VADER's "struck"
     * (as in a blow) would read as a judgement against.
     */
    private static final String AGREEMENT = "(?:deal|agreement|compromise|bargain|accord)s?";

    private static final Pattern AGREEMENT_STRUCK =
            Pattern.compile("(?i)\\b(?:strik(?:e|es|ing)|struck)\\s+(?:\\p{L}+\\s+){0,2}?" + AGREEMENT + "\\b|\\b"
                    + AGREEMENT + "\\s+(?:\\p{L}+\\s+){0,3}?struck\\b");

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s|$)");

    private final PhraseMatcher<Cue> cues;
    private final TopicCodebook codebook;
    private final EvaluativeLexicon evaluative;
    private final Lexicon lexicon;
    private final CodingInstructions instructions;

    public LexiconStanceClassifier(Lexicon lexicon, TopicCodebook codebook) {
        this.lexicon = lexicon;
        this.instructions = CodingInstructions.of(codebook, lexicon);
        this.cues = PhraseMatcher.of(lexicon.cues());
        this.codebook = codebook;
        this.evaluative = EvaluativeLexicon.vader();
    }

    @Override
    public List<Position> classify(VerbSense verb, String reported) {
        List<Match<Topic>> signals = codebook.signals(reported);
        List<Match<Cue>> found = new ArrayList<>(cues.find(reported));
        found.removeIf(cue -> opensCondition(reported, cue) || judgesNothingNamed(reported, cue, signals));
        found.replaceAll(cue -> negatedBefore(reported, cue) ? turned(cue) : cue);
        found.addAll(negations(reported, signals));
        if (found.isEmpty()) {
            Topic topic = conditioned(reported, signals).orElseGet(() -> codebook.classify(reported));
            // The codebook's own instructions for the act on this topic, where it gives them, before the verb's sense.
            Optional<Stance> instructed = instructions.sideOf(topic, verb.act());
            if (instructed.isPresent()) {
                return List.of(new Position(topic, instructed.get()));
            }
            if (verb.stance() != Stance.NEUTRAL) {
                return List.of(new Position(topic, verb.stance()));
            }
            // Saying the codebook's proposition in its own words ("… so Russia cannot win") asserts it.
            if (codebook.assertedIn(reported).contains(topic)) {
                return List.of(new Position(topic, Stance.FAVOUR));
            }
            // Words that evaluate nothing named may judge anything: they take no side here, and
            // may once the words are known to refer to a topic (see evaluation).
            boolean named = !topic.equals(TopicCodebook.UNCLASSIFIED);
            return List.of(
                    named
                            ? new Position(topic, evaluation(reported, signals), true)
                            : new Position(topic, Stance.NEUTRAL));
        }
        Map<Topic, List<Stance>> judged = new LinkedHashMap<>();
        found.sort(Comparator.comparingInt(m -> m.span().start()));
        for (Match<Cue> cue : found) {
            List<Topic> topics = judgedBy(cue, signals, reported);
            if (topics.isEmpty()) {
                topics = List.of(codebook.classify(reported));
            }
            topics.forEach(topic -> judged.computeIfAbsent(topic, t -> new ArrayList<>())
                    .add(cue.value().stance()));
        }
        List<Position> positions = new ArrayList<>();
        judged.forEach((topic, stances) -> positions.add(new Position(topic, majority(stances))));
        return positions;
    }

    /**
     * What words that only evaluate say ("it is a great success", "a disgrace"), the topics' own
     * words left out: "sanctions" or "a ban" name a proposition, they do not judge it.
     */
    @Override
    public Stance evaluation(String reported) {
        return evaluation(reported, codebook.signals(reported));
    }

    private Stance evaluation(String reported, List<Match<Topic>> signals) {
        List<Span> ignored = new ArrayList<>(conditions(reported));
        signals.forEach(signal -> ignored.add(signal.span()));
        ignored.addAll(someonesOwn(reported));
        Matcher struck = AGREEMENT_STRUCK.matcher(reported);
        while (struck.find()) {
            ignored.add(new Span(struck.start(), struck.end()));
        }
        return evaluative.stanceOf(reported, ignored, this::namesNoJudgement);
    }

    /**
     * "her proud heritage", "his long experience": words of what a person has judge that
     * person, not the proposition; unless what they have is the proposition ("her excellent
     * proposal", a referring noun of the lexicon).
     */
    private List<Span> someonesOwn(String reported) {
        List<Span> owned = new ArrayList<>();
        Matcher phrase = POSSESSED.matcher(reported);
        while (phrase.find()) {
            if (!isReferringNoun(phrase.group(1).toLowerCase(Locale.ROOT))) {
                owned.add(new Span(phrase.start(), phrase.end()));
            }
        }
        return owned;
    }

    /**
     * "if talks fail", "should things get worse": a condition weighs what might happen, it does not
     * judge; its words, up to the next comma, evaluate nothing.
     */
    private static List<Span> conditions(String reported) {
        List<Span> conditions = new ArrayList<>();
        Matcher opener = CONDITION_WORD.matcher(reported);
        while (opener.find()) {
            boolean condition = opener.group(1) != null
                    || CLAUSE_START
                            .matcher(reported.substring(0, opener.start()))
                            .find();
            if (condition) {
                int comma = reported.indexOf(',', opener.end());
                conditions.add(new Span(opener.start(), comma < 0 ? reported.length() : comma));
            }
        }
        return conditions;
    }

    /**
     * Words that name rather than judge: a stance verb of the lexicon, inflected or made a noun
     * ("supported", "opposes", "rejection"), names someone's act of taking a side; a noun that
     * refers to a measure ("the agreement", "the deal") names what is judged.
     */
    private boolean namesNoJudgement(String word) {
        for (String suffix : ACT_SUFFIXES) {
            if (word.endsWith(suffix)) {
                String stem = word.substring(0, word.length() - suffix.length());
                if (isStanceVerb(stem) || isStanceVerb(stem + "e")) {
                    return true;
                }
            }
        }
        return isReferringNoun(word);
    }

    /** "the proposal", "the ideas": a referring noun of the lexicon, or its plural. */
    private boolean isReferringNoun(String word) {
        return lexicon.isReferringNoun(word)
                || (word.endsWith("s") && lexicon.isReferringNoun(word.substring(0, word.length() - 1)));
    }

    private boolean isStanceVerb(String lemma) {
        return lexicon.verb(lemma) != null
                || !lexicon.phrasalVerbsStartingWith(lemma).isEmpty();
    }

    /**
     * "Should things get worse, …", "said that, should talks fail, …": a clause that opens with
     * "should" (or "were", "had") is a condition, a hedge, not a modal that takes a side.
     */
    private static boolean opensCondition(String reported, Match<Cue> cue) {
        return CONDITION_OPENER.matcher(cue.phrase()).matches()
                && CLAUSE_START
                        .matcher(reported.substring(0, cue.span().start()))
                        .find();
    }

    /**
     * A warning's target is what its condition names: "warned of war if troops were deployed" is
     * about the troops. The topic first signalled after "if" or "unless", if any.
     */
    private static Optional<Topic> conditioned(String reported, List<Match<Topic>> signals) {
        Matcher condition = CONDITION.matcher(reported);
        if (!condition.find()) {
            return Optional.empty();
        }
        return signals.stream()
                .filter(s -> s.span().start() >= condition.end())
                .findFirst()
                .map(Match::value);
    }

    /**
     * "she asked why anyone should care", "the delay should not be an obstacle": a cue of
     * scope {@link Scope#NAMED}, a bare modal, judges only a proposition named in its own sentence.
     */
    private static boolean judgesNothingNamed(String reported, Match<Cue> cue, List<Match<Topic>> signals) {
        if (cue.value().scope() != Scope.NAMED) {
            return false;
        }
        int start = sentenceStart(reported, cue.span().start());
        int end = sentenceEnd(reported, cue.span().end());
        return signals.stream()
                .noneMatch(s -> s.span().start() >= start && s.span().end() <= end);
    }

    private static int sentenceStart(String text, int before) {
        Matcher end = SENTENCE_END.matcher(text);
        int start = 0;
        while (end.find() && end.end() <= before) {
            start = end.end();
        }
        return start;
    }

    /**
     * The topics a cue judges: for a cue whose proposition follows, every topic signalled after it
     * up to the end of its sentence ("there will be no troops and no missiles"); otherwise the topic
     * signalled nearest it on its side, or on either side when there is none there.
     */
    private static List<Topic> judgedBy(Match<Cue> cue, List<Match<Topic>> signals, String reported) {
        Scope scope = cue.value().scope();
        if (scope == Scope.FOLLOWING) {
            int sentenceEnd = sentenceEnd(reported, cue.span().end());
            List<Topic> following = signals.stream()
                    .filter(s ->
                            s.span().start() >= cue.span().end() && s.span().start() < sentenceEnd)
                    .map(Match::value)
                    .distinct()
                    .toList();
            if (!following.isEmpty()) {
                return following;
            }
        }
        Optional<Topic> inScope = nearest(
                cue,
                signals.stream()
                        .filter(s -> scope == Scope.EITHER
                                || scope == Scope.NAMED
                                || s.span().end() <= cue.span().start())
                        .toList());
        return (inScope.isPresent() ? inScope : nearest(cue, signals)).stream().toList();
    }

    private static int sentenceEnd(String text, int from) {
        Matcher end = SENTENCE_END.matcher(text);
        return end.find(from) ? end.start() : text.length();
    }

    /**
     * "it is not legally justified", "troops have not been ruled out", "we would not back it":
     * a cue under a negation judges the other way, unless the cue holds the negation itself.
     */
    private static boolean negatedBefore(String reported, Match<Cue> cue) {
        if (cue.value().stance() == Stance.NEUTRAL
                || NEGATIVE_WORD.matcher(cue.phrase()).find()) {
            return false;
        }
        int start = cue.span().start();
        return NEGATION_BEFORE_CUE
                .matcher(reported.substring(Math.max(0, start - 24), start))
                .find();
    }

    private static Match<Cue> turned(Match<Cue> cue) {
        Stance other = cue.value().stance() == Stance.FAVOUR ? Stance.AGAINST : Stance.FAVOUR;
        return new Match<>(cue.span(), new Cue(other, cue.value().scope()), "not " + cue.phrase());
    }

    /**
     * A negation right before a signal is a cue against it: "we are not at war with Russia",
     * "no ground troops". Grammar, not vocabulary, so it lives here rather than in the lexicon.
     */
    private static List<Match<Cue>> negations(String reported, List<Match<Topic>> signals) {
        List<Match<Cue>> negations = new ArrayList<>();
        for (Match<Topic> signal : signals) {
            Matcher before = NEGATION.matcher(reported.substring(
                    Math.max(0, signal.span().start() - 16), signal.span().start()));
            if (before.find()) {
                int start = signal.span().start() - (before.end() - before.start());
                negations.add(new Match<>(
                        new Span(Math.max(0, start), signal.span().start()),
                        new Cue(Stance.AGAINST, Scope.FOLLOWING),
                        "negation"));
            }
        }
        return negations;
    }

    private static Optional<Topic> nearest(Match<Cue> cue, List<Match<Topic>> signals) {
        return signals.stream().min(Comparator.comparingInt(s -> gap(cue, s))).map(Match::value);
    }

    private static int gap(Match<Cue> cue, Match<Topic> signal) {
        return Math.max(
                signal.span().start() - cue.span().end(),
                cue.span().start() - signal.span().end());
    }

    private static Stance majority(List<Stance> stances) {
        long favour = stances.stream().filter(s -> s == Stance.FAVOUR).count();
        long against = stances.stream().filter(s -> s == Stance.AGAINST).count();
        if (favour != against) {
            return favour > against ? Stance.FAVOUR : Stance.AGAINST;
        }
        return stances.get(stances.size() - 1);
    }
}
