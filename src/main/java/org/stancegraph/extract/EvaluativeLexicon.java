package org.stancegraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stancegraph.model.Span;
import org.stancegraph.model.Stance;

/**
 * How favourably words judge what they speak of, from VADER's sentiment lexicon (Hutto and
 * Gilbert, 2014; MIT licence, from Maven Central): 7,500 English words, each rated by ten people
 * from -4 to +4. Words that only evaluate ("a great success", "a disgrace") take a side where no
 * stance cue does. A negation among the three words before a word turns its valence by VADER's own
 * factor, and the sum is read as VADER reads it: normalised to (-1, 1), neutral within 0.05 of 0.
 *
 * <pre>{@code
 * EvaluativeLexicon.vader().stanceOf("the pact is a great success", List.of(), w -> false);   // FAVOUR
 * }</pre>
 */
final class EvaluativeLexicon {

    private static final String RESOURCE = "/vader_sentiment_lexicon.txt";
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)*");
    /** What may stand before a sentence's first word: nothing, or an end of sentence, quotes and brackets. */
    private static final Pattern SENTENCE_OPENING = Pattern.compile("(?:^|[.!?:;])[\\s\"“”‘’'(\\[—–-]*$");

    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "nor", "nothing", "without", "cannot");
    /** VADER's constants: the weight of a negated word, the normalisation, the neutral band. */
    private static final double NEGATED = -0.74;

    private static final double NORMALISATION = 15;
    private static final double NEUTRAL_BAND = 0.05;

    private static final class Holder {
        static final EvaluativeLexicon VADER = load();
    }

    private final Map<String, Double> valences;

    private EvaluativeLexicon(Map<String, Double> valences) {
        this.valences = Map.copyOf(valences);
    }

    /** VADER's lexicon, read once from the class path. */
    static EvaluativeLexicon vader() {
        return Holder.VADER;
    }

    private static EvaluativeLexicon load() {
        InputStream in = EvaluativeLexicon.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("VADER's lexicon " + RESOURCE + " is not on the class path");
        }
        Map<String, Double> valences = new HashMap<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] fields = line.split("\t");
                if (fields.length >= 2 && WORD.matcher(fields[0]).matches()) {
                    valences.put(fields[0], Double.parseDouble(fields[1]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read VADER's lexicon", e);
        }
        return new EvaluativeLexicon(valences);
    }

    /**
     * The side the words of {@code text} outside {@code ignored} take: favour, against, or neutral.
     * Words that {@code judgeNothing} are left out: "the allies supported it" reports what others
     * did, "the agreement" names what is judged; neither is how the speaker judges it.
     */
    Stance stanceOf(String text, List<Span> ignored, Predicate<String> judgeNothing) {
        double sum = valence(text, ignored, judgeNothing);
        double normalised = sum / Math.sqrt(sum * sum + NORMALISATION);
        if (Math.abs(normalised) < NEUTRAL_BAND) {
            return Stance.NEUTRAL;
        }
        return normalised > 0 ? Stance.FAVOUR : Stance.AGAINST;
    }

    /** The summed valence of the words of {@code text} outside {@code ignored}, negated words turned. */
    double valence(String text, List<Span> ignored, Predicate<String> judgeNothing) {
        List<String> before = new ArrayList<>();
        double sum = 0;
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            String lower = word.group().toLowerCase(Locale.ROOT);
            Span span = new Span(word.start(), word.end());
            Double valence = valences.get(lower);
            if (valence != null
                    && !NEGATIONS.contains(lower) // "no" is rated, but judges only through what it negates
                    && !isName(text, word)
                    && ignored.stream().noneMatch(s -> s.contains(span))
                    && !judgeNothing.test(lower)) {
                sum += negated(before) ? valence * NEGATED : valence;
            }
            before.add(lower);
            if (before.size() > 3) {
                before.remove(0);
            }
        }
        return sum;
    }

    /** "the United Front", "Fair Trade Alliance": a capital inside a sentence starts a name, which judges nothing. */
    private static boolean isName(String text, Matcher word) {
        if (!Character.isUpperCase(word.group().charAt(0))) {
            return false;
        }
        return !SENTENCE_OPENING.matcher(text.substring(0, word.start())).find();
    }

    private static boolean negated(List<String> before) {
        return before.stream().anyMatch(w -> NEGATIONS.contains(w) || w.endsWith("n't") || w.endsWith("n’t"));
    }
}
