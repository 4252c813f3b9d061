package org.stancegraph.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stancegraph.extract.Lexicon.VerbSense;
import org.stancegraph.extract.TopicCodebook.Topic;
import org.stancegraph.model.SpeechAct;
import org.stancegraph.model.Stance;
import org.stancegraph.nlp.RuleLemmatizer;

/**
 * What a codebook's definitions say an act counts as, topic by topic. Researchers write their
 * coding instructions into a concept's {@code skos:definition} ("In favour: alleges or warns that
 * the neighbour arms the rebels. Against: denies it."); an act of the lexicon that the instructions
 * name on one side only counts for that side on that topic: a warning that the neighbour is a
 * threat is in favour of "the neighbour is a threat", where a warning is otherwise against what it
 * names. Only acts that take a side of their own are read: what a claim says decides its side, and
 * the instructions' words for it ("argues the toll will pay for itself") do not reach that far.
 *
 * <pre>{@code
 * CodingInstructions instructions = CodingInstructions.of(codebook, lexicon);
 * instructions.sideOf(topic, new SpeechAct("warns"));   // FAVOUR, if the definition says so
 * }</pre>
 */
final class CodingInstructions {

    /** Where the instructions for a side begin: "In favour:", "In favor:", "Against:". */
    private static final Pattern SIDE = Pattern.compile("(?i)\\b(in\\s+favou?r|against)\\s*:");

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private static final RuleLemmatizer LEMMAS = RuleLemmatizer.english();

    private final Map<Topic, Map<SpeechAct, Stance>> sides;

    private CodingInstructions(Map<Topic, Map<SpeechAct, Stance>> sides) {
        this.sides = sides;
    }

    /** The instructions in the definitions of {@code codebook}'s concepts, read with {@code lexicon}'s verbs. */
    static CodingInstructions of(TopicCodebook codebook, Lexicon lexicon) {
        Map<Topic, Map<SpeechAct, Stance>> sides = new HashMap<>();
        for (Topic topic : codebook.topics()) {
            codebook.definition(topic)
                    .map(definition -> sidesOfActs(definition, lexicon))
                    .filter(acts -> !acts.isEmpty())
                    .ifPresent(acts -> sides.put(topic, acts));
        }
        return new CodingInstructions(sides);
    }

    /** The side the codebook's instructions give {@code act} on {@code topic}, if they give it one. */
    Optional<Stance> sideOf(Topic topic, SpeechAct act) {
        return Optional.ofNullable(sides.getOrDefault(topic, Map.of()).get(act));
    }

    /** The acts a definition names under one side only, with that side. */
    private static Map<SpeechAct, Stance> sidesOfActs(String definition, Lexicon lexicon) {
        Map<Stance, Set<SpeechAct>> named = new EnumMap<>(Stance.class);
        Matcher side = SIDE.matcher(definition);
        List<int[]> starts = new ArrayList<>();
        List<Stance> stances = new ArrayList<>();
        while (side.find()) {
            starts.add(new int[] {side.start(), side.end()});
            stances.add(side.group(1).toLowerCase(Locale.ROOT).startsWith("in") ? Stance.FAVOUR : Stance.AGAINST);
        }
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : definition.length();
            Set<SpeechAct> acts = named.computeIfAbsent(stances.get(i), s -> new HashSet<>());
            actsIn(definition.substring(starts.get(i)[1], end), lexicon).forEach(acts::add);
        }
        Set<SpeechAct> favour = named.getOrDefault(Stance.FAVOUR, Set.of());
        Set<SpeechAct> against = named.getOrDefault(Stance.AGAINST, Set.of());
        Map<SpeechAct, Stance> sides = new HashMap<>();
        favour.stream().filter(act -> !against.contains(act)).forEach(act -> sides.put(act, Stance.FAVOUR));
        against.stream().filter(act -> !favour.contains(act)).forEach(act -> sides.put(act, Stance.AGAINST));
        return sides;
    }

    /** The acts of the lexicon's verbs in {@code text}, written as instructions write them ("warns", "votes for"). */
    private static List<SpeechAct> actsIn(String text, Lexicon lexicon) {
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (word.find()) {
            words.add(word.group());
        }
        List<SpeechAct> acts = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            // Instructions write verbs in the third person: "warns", "denies", "votes for".
            String lemma = LEMMAS.lemma(words.get(i), "VERB");
            VerbSense sense = i + 1 < words.size() ? lexicon.verb(lemma + " " + words.get(i + 1)) : null;
            if (sense == null) {
                sense = lexicon.verb(lemma);
            }
            // A neutral act (saying, claiming) takes its side from what is said, which the
            // instructions' act words cannot tell ("argues the toll will pay for itself"): only acts with a side are
            // read.
            if (sense != null && sense.stance() != Stance.NEUTRAL) {
                acts.add(sense.act());
            }
        }
        return acts;
    }
}
