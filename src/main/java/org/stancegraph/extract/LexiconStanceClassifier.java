package org.stancegraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stancegraph.extract.Lexicon.Cue;
import org.stancegraph.extract.Lexicon.Scope;
import org.stancegraph.extract.Lexicon.VerbSense;
import org.stancegraph.extract.PhraseMatcher.Match;
import org.stancegraph.extract.TopicCodebook.Topic;
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

    private static final Pattern CONDITION = Pattern.compile("\\b(?:if|unless)\\b", Pattern.CASE_INSENSITIVE);

    private final PhraseMatcher<Cue> cues;
    private final TopicCodebook codebook;

    public LexiconStanceClassifier(Lexicon lexicon, TopicCodebook codebook) {
        this.cues = PhraseMatcher.of(lexicon.cues());
        this.codebook = codebook;
    }

    @Override
    public List<Position> classify(VerbSense verb, String reported) {
        List<Match<Cue>> found = cues.find(reported);
        List<Match<Topic>> signals = codebook.signals(reported);
        if (found.isEmpty()) {
            return List.of(new Position(conditioned(reported, signals).orElseGet(() -> codebook.classify(reported)),
                    verb.stance()));
        }
        Map<Topic, List<Stance>> judged = new LinkedHashMap<>();
        for (Match<Cue> cue : found) {
            Topic topic = judgedBy(cue, signals).orElseGet(() -> codebook.classify(reported));
            judged.computeIfAbsent(topic, t -> new ArrayList<>()).add(cue.value().stance());
        }
        List<Position> positions = new ArrayList<>();
        judged.forEach((topic, stances) -> positions.add(new Position(topic, majority(stances))));
        return positions;
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
        return signals.stream().filter(s -> s.span().start() >= condition.end()).findFirst().map(Match::value);
    }

    /** The topic signalled nearest the cue on its side, or on either side when there is none there. */
    private static Optional<Topic> judgedBy(Match<Cue> cue, List<Match<Topic>> signals) {
        Scope scope = cue.value().scope();
        Optional<Topic> inScope = nearest(cue, signals.stream()
                .filter(s -> scope == Scope.EITHER
                        || (scope == Scope.PRECEDING ? s.span().end() <= cue.span().start() : s.span().start() >= cue.span().end()))
                .toList());
        return inScope.isPresent() ? inScope : nearest(cue, signals);
    }

    private static Optional<Topic> nearest(Match<Cue> cue, List<Match<Topic>> signals) {
        return signals.stream()
                .min(Comparator.comparingInt(s -> gap(cue, s)))
                .map(Match::value);
    }

    private static int gap(Match<Cue> cue, Match<Topic> signal) {
        return Math.max(signal.span().start() - cue.span().end(), cue.span().start() - signal.span().end());
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
