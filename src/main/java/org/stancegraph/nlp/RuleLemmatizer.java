package org.stancegraph.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The lemma of an English word from its universal part of speech, by suffix rules and the table of
 * forms those rules cannot derive ({@code english-word-forms.tsv} beside this class): a noun loses
 * its plural ("ministries" → "ministry", "spokesmen" → "spokesman"), a verb or auxiliary its
 * inflection ("denies" → "deny", "ruled" → "rule", "said" → "say"); every other word is only
 * lower-cased. It looks at one word at a time, so it is fast and safe to share between threads; it
 * stands in for a statistical lemmatizer, which costs many times the tagging it follows.
 *
 * <pre>{@code
 * RuleLemmatizer lemmas = RuleLemmatizer.english();
 * lemmas.lemma("warned", "VERB");    // "warn"
 * lemmas.lemma("Ministers", "NOUN"); // "minister"
 * }</pre>
 */
public final class RuleLemmatizer {

    private static final String FORMS = "english-word-forms.tsv";

    /** An abbreviation in capitals with a plural s: "NGOs", "CEOs". */
    private static final Pattern ACRONYM_PLURAL = Pattern.compile("\\p{Lu}{2,}s");

    private static final class Holder {
        static final RuleLemmatizer INSTANCE = load();
    }

    private final Map<String, String> irregularNouns;
    private final Map<String, String> irregularVerbs;
    /** Nouns that settle an ambiguous plural ("movies" → "movie", "buses" → "bus", "news" stays). */
    private final Set<String> nounBases;
    /** Verbs that settle an ambiguous stem ("created" → "create", "added" → "add"). */
    private final Set<String> verbBases;

    private RuleLemmatizer(
            Map<String, String> irregularNouns,
            Map<String, String> irregularVerbs,
            Set<String> nounBases,
            Set<String> verbBases) {
        this.irregularNouns = Map.copyOf(irregularNouns);
        this.irregularVerbs = Map.copyOf(irregularVerbs);
        this.nounBases = Set.copyOf(nounBases);
        this.verbBases = Set.copyOf(verbBases);
    }

    /** The English rules and word forms; loaded on first use. */
    public static RuleLemmatizer english() {
        return Holder.INSTANCE;
    }

    /** The lemma of {@code word} tagged {@code pos} (a universal tag), in lower case. */
    public String lemma(String word, String pos) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (ACRONYM_PLURAL.matcher(word).matches()) {
            return cut(lower, 1); // "NGOs" → "ngo", however the tagger took it (often as a name)
        }
        return switch (pos) {
            case "NOUN" -> noun(lower);
            case "VERB", "AUX" -> verb(lower);
            default -> lower;
        };
    }

    private String noun(String w) {
        String irregular = irregularNouns.get(w);
        if (irregular != null) {
            return irregular;
        }
        if (nounBases.contains(w) || !endsInLetters(w)) {
            return w;
        }
        if (w.endsWith("men") && w.length() > 4) {
            return cut(w, 3) + "man"; // spokesmen, chairwomen
        }
        if (!w.endsWith("s") || w.length() < 3) {
            return w;
        }
        String minusS = cut(w, 1);
        String minusEs = cut(w, 2);
        if (nounBases.contains(minusS)) {
            return minusS;
        }
        if (nounBases.contains(minusEs)) {
            return minusEs;
        }
        if (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")) {
            return w; // business, status, crisis
        }
        if (w.endsWith("ies")) {
            return w.length() > 4 ? cut(w, 3) + "y" : minusS; // ministries; ties
        }
        if (endsWithSibilantEs(w)) {
            return minusEs;
        }
        if (w.endsWith("oes")) {
            return w.length() > 5 ? minusEs : minusS; // heroes; shoes
        }
        if (w.endsWith("uses") && w.length() > 4 && !isVowel(w, w.length() - 5)) {
            return minusEs; // bonuses (but causes, uses)
        }
        return minusS;
    }

    private String verb(String w) {
        String irregular = irregularVerbs.get(w);
        if (irregular != null) {
            return irregular;
        }
        if (verbBases.contains(w) || w.length() < 3 || !endsInLetters(w)) {
            return w;
        }
        if (w.endsWith("s")) {
            return thirdPerson(w);
        }
        if (w.endsWith("eed")) {
            String minusD = cut(w, 1);
            return verbBases.contains(minusD) ? minusD : w; // agreed; proceed, need
        }
        if (w.endsWith("ied")) {
            return w.length() > 4 ? cut(w, 3) + "y" : cut(w, 1); // denied; died
        }
        if (w.endsWith("ed")) {
            return stem(cut(w, 2), w, false);
        }
        if (w.endsWith("ing")) {
            return stem(cut(w, 3), w, true);
        }
        return w;
    }

    private String thirdPerson(String w) {
        if (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")) {
            return w; // stress, focus: already a base
        }
        String minusS = cut(w, 1);
        String minusEs = cut(w, 2);
        if (verbBases.contains(minusS)) {
            return minusS;
        }
        if (verbBases.contains(minusEs)) {
            return minusEs;
        }
        if (w.endsWith("ies")) {
            return w.length() > 4 ? cut(w, 3) + "y" : minusS; // denies; dies
        }
        if (endsWithSibilantEs(w) || w.endsWith("oes")) {
            return minusEs; // pushes, vetoes
        }
        return minusS; // states, says, criticizes
    }

    /** The base of a verb whose "ed" or "ing" left {@code s}: undoubled ("planned"), or with its e ("ruled"). */
    private String stem(String s, String word, boolean ing) {
        if (!hasVowel(s)) {
            return word; // bring, shed
        }
        if (verbBases.contains(s)) {
            return s;
        }
        if (verbBases.contains(s + "e")) {
            return s + "e";
        }
        int n = s.length();
        char last = s.charAt(n - 1);
        if (last == 'e' || last == 'y') {
            return s; // agreeing, played
        }
        if (n >= 2 && s.charAt(n - 2) == last && !isVowel(s, n - 1)) {
            String single = s.substring(0, n - 1);
            return verbBases.contains(single) || undoubles(s) ? single : s; // planned; called, stressed
        }
        return needsE(s, ing) ? s + "e" : s;
    }

    /** Whether a doubled final consonant is the spelling of a short stressed vowel: "plann", "controll". */
    private static boolean undoubles(String s) {
        int n = s.length();
        char c = s.charAt(n - 1);
        boolean shortVowel = n >= 4 && isVowel(s, n - 3) && !isVowel(s, n - 4);
        if (c == 'l') {
            char vowel = s.charAt(n - 3);
            return shortVowel && (vowel == 'e' || vowel == 'o') && syllables(s) >= 2; // travelled, controlled
        }
        return shortVowel && "bdgkmnprt".indexOf(c) >= 0;
    }

    /** Whether the base of stem {@code s} ends in a silent e ("rul" → "rule", but "warn", "visit"). */
    private static boolean needsE(String s, boolean ing) {
        int n = s.length();
        char c = s.charAt(n - 1);
        char p = n >= 2 ? s.charAt(n - 2) : ' ';
        boolean afterVowel = n >= 2 && isVowel(s, n - 2);
        boolean afterDigraph = afterVowel && n >= 3 && isVowel(s, n - 3);
        return switch (c) {
            case 'u', 'v', 'c' -> true; // argue, move, announce
            case 'z' -> p != 'z'; // criticize
            case 's' -> p != 's'; // use, cause, propose, endorse
            case 'g' -> p == 'n' ? nasalG(s, ing) : p != 'g'; // urge, pledge, engage
            case 'h' -> p == 't' && n >= 3 && isVowel(s, n - 3); // breathe, bathe
            case 'l' -> {
                if (!afterVowel) {
                    yield p != 'l' && p != 'r' && p != 'w'; // tackle, settle
                }
                yield !afterDigraph && (syllables(s) == 1 || p == 'i' || p == 'o' || p == 'u'); // rule, compile
            }
            case 'r' -> {
                if (!afterVowel) {
                    yield p != 'r'; // centre
                }
                yield !afterDigraph && (p == 'a' || p == 'i' || p == 'u' || (p == 'o' && syllables(s) == 1));
            }
            case 'n' -> afterVowel
                    && !afterDigraph
                    && (p == 'i' || p == 'u' || ((p == 'a' || p == 'o') && syllables(s) == 1)); // decline, phone
            case 'p' -> afterVowel && !afterDigraph && syllables(s) == 1; // hope, shape; but develop
            case 'm', 'k', 'b', 'd', 'f' -> afterVowel && !afterDigraph; // name, invoke, describe, decide
            case 't' -> afterDigraph
                    ? p == 'a' && (s.charAt(n - 3) == 'i' || s.charAt(n - 3) == 'u') // negotiate, evaluate
                    : afterVowel && (p == 'a' || p == 'o' || p == 'u'); // state, vote, dispute; but visit, target
            default -> false;
        };
    }

    /** "chang" → "change", "plung" → "plunge", but "belong", and "sing" from "singing". */
    private static boolean nasalG(String s, boolean ing) {
        char vowel = s.length() >= 3 ? s.charAt(s.length() - 3) : ' ';
        return switch (vowel) {
            case 'a', 'e', 'u' -> true;
            case 'i' -> !ing;
            default -> false;
        };
    }

    private static boolean endsWithSibilantEs(String w) {
        return w.endsWith("sses")
                || w.endsWith("shes")
                || w.endsWith("ches")
                || w.endsWith("xes")
                || w.endsWith("zzes");
    }

    /** Whether {@code s.charAt(i)} is a vowel: y after a consonant is one, u after q is not. */
    private static boolean isVowel(String s, int i) {
        char c = s.charAt(i);
        return switch (c) {
            case 'a', 'e', 'i', 'o' -> true;
            case 'u' -> i == 0 || s.charAt(i - 1) != 'q';
            case 'y' -> i > 0 && !isVowel(s, i - 1);
            default -> false;
        };
    }

    private static boolean hasVowel(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isVowel(s, i)) {
                return true;
            }
        }
        return false;
    }

    private static int syllables(String s) {
        int groups = 0;
        for (int i = 0; i < s.length(); i++) {
            if (isVowel(s, i) && (i == 0 || !isVowel(s, i - 1))) {
                groups++;
            }
        }
        return groups;
    }

    private static boolean endsInLetters(String w) {
        int n = w.length();
        return n >= 2 && Character.isLetter(w.charAt(n - 1)) && Character.isLetter(w.charAt(n - 2));
    }

    private static String cut(String w, int suffix) {
        return w.substring(0, w.length() - suffix);
    }

    private static RuleLemmatizer load() {
        Map<String, String> nouns = new HashMap<>();
        Map<String, String> verbs = new HashMap<>();
        Set<String> nounBases = new HashSet<>();
        Set<String> verbBases = new HashSet<>();
        try (InputStream in = RuleLemmatizer.class.getResourceAsStream(FORMS)) {
            if (in == null) {
                throw new IllegalStateException(FORMS + " is not on the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                boolean noun = columns[0].equals("NOUN");
                if (!(noun || columns[0].equals("VERB")) || columns.length > 3) {
                    throw new IllegalStateException(
                            FORMS + ":" + number + ": expected NOUN or VERB, a form and a lemma");
                }
                if (columns.length == 3) {
                    (noun ? nouns : verbs).put(columns[1], columns[2]);
                    (noun ? nounBases : verbBases)
                            .add(columns[2]); // a lemma is a base too: "write" makes "writing" "write"
                } else {
                    (noun ? nounBases : verbBases).add(columns[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FORMS, e);
        }
        return new RuleLemmatizer(nouns, verbs, nounBases, verbBases);
    }
}
