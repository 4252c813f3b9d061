package org.stancegraph.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stancegraph.model.Span;

/**
 * Finds the phrases of a word list in text: case- and accent-insensitive, curly and straight
 * apostrophes alike, a hyphen or any white space between words, and a plural "s" allowed at the
 * end of each word. Where matches overlap, the longest wins. Offsets are those of the text.
 *
 * <pre>{@code
 * PhraseMatcher<String> topics = PhraseMatcher.of(Map.of("ground troops", "troops"));
 * topics.find("no ground troops will go");   // [Match[span=[3, 16), value=troops]]
 * }</pre>
 */
public final class PhraseMatcher<T> {

    /** One phrase found: where, and the value its phrase stands for. */
    public record Match<T>(Span span, T value, String phrase) {}

    private record Entry<T>(String phrase, Pattern pattern, T value) {}

    /** A run of letters and digits: what the patterns' look-behind and look-ahead call a word. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final List<Entry<T>> entries = new ArrayList<>();
    /**
     * The entries by the letters and digits their phrase starts with. A match starts where a word
     * of the text starts, and that word is this key, or the key with the plural "s" or "es" the
     * pattern allows; so an entry's pattern need only be tried where a word of the text gives its
     * key, and nowhere else can it match.
     */
    private final Map<String, List<Integer>> byFirstWord = new HashMap<>();
    /** Entries whose phrase does not start with a letter or digit: their pattern always runs. */
    private final BitSet unindexed = new BitSet();

    private PhraseMatcher(Map<String, T> phrases) {
        phrases.forEach((phrase, value) -> {
            String key = fold(phrase).strip();
            if (!key.isEmpty()) {
                int index = entries.size();
                entries.add(new Entry<>(phrase, compile(key), value));
                Matcher first = WORD.matcher(key);
                if (first.lookingAt()) {
                    byFirstWord
                            .computeIfAbsent(first.group(), k -> new ArrayList<>())
                            .add(index);
                } else {
                    unindexed.set(index);
                }
            }
        });
    }

    /** A matcher for the given phrases, each standing for its value. */
    public static <T> PhraseMatcher<T> of(Map<String, T> phrases) {
        return new PhraseMatcher<>(phrases);
    }

    private static Pattern compile(String phrase) {
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
        String[] words = phrase.split("[\\s\\-]+");
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                regex.append("[\\s\\-]+");
            }
            regex.append(Pattern.quote(words[i]));
            if (Character.isLetter(words[i].charAt(words[i].length() - 1))) {
                regex.append("(?:s|es|'s)?");
            }
        }
        regex.append("(?![\\p{L}\\p{N}])");
        return Pattern.compile(regex.toString());
    }

    /** Every match in {@code text}, in text order, none overlapping another. */
    public List<Match<T>> find(String text) {
        String folded = fold(text);
        List<Match<T>> all = new ArrayList<>();
        SortedMap<Integer, List<Integer>> candidates = candidates(folded);
        for (Map.Entry<Integer, List<Integer>> candidate : candidates.entrySet()) {
            Entry<T> entry = entries.get(candidate.getKey());
            Matcher m = entry.pattern.matcher(folded);
            if (candidate.getValue() == null) {
                while (m.find()) {
                    all.add(new Match<>(new Span(m.start(), m.end()), entry.value, entry.phrase));
                }
                continue;
            }
            // What find() would do, trying only where a match can start; the look-behind sees
            // the text before the region.
            m.useTransparentBounds(true).useAnchoringBounds(false);
            int after = 0;
            for (int start : candidate.getValue()) {
                if (start >= after && m.region(start, folded.length()).lookingAt()) {
                    all.add(new Match<>(new Span(m.start(), m.end()), entry.value, entry.phrase));
                    after = m.end();
                }
            }
        }
        all.sort(Comparator.<Match<T>>comparingInt(m -> -m.span().length())
                .thenComparingInt(m -> m.span().start()));
        List<Match<T>> kept = new ArrayList<>();
        for (Match<T> match : all) {
            if (kept.stream().noneMatch(k -> k.span().overlaps(match.span()))) {
                kept.add(match);
            }
        }
        kept.sort(Comparator.comparingInt(m -> m.span().start()));
        return kept;
    }

    /**
     * The entries that may match in {@code folded}, in the order they were given, each with the
     * offsets, ascending, of the words where it may start (null: anywhere).
     */
    private SortedMap<Integer, List<Integer>> candidates(String folded) {
        SortedMap<Integer, List<Integer>> candidates = new TreeMap<>();
        unindexed.stream().forEach(index -> candidates.put(index, null));
        Matcher word = WORD.matcher(folded);
        while (word.find()) {
            String w = word.group();
            mark(candidates, w, word.start());
            if (w.endsWith("s")) {
                mark(candidates, w.substring(0, w.length() - 1), word.start());
                if (w.endsWith("es")) {
                    mark(candidates, w.substring(0, w.length() - 2), word.start());
                }
            }
        }
        return candidates;
    }

    private void mark(SortedMap<Integer, List<Integer>> candidates, String key, int start) {
        List<Integer> indices = byFirstWord.get(key);
        if (indices != null) {
            indices.forEach(index ->
                    candidates.computeIfAbsent(index, i -> new ArrayList<>()).add(start));
        }
    }

    /** Lower case, accents and apostrophe variants removed, with every character kept in place. */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u2019' || c == '\u2018' || c == '`') {
                c = '\'';
            } else if (c == '\u201C' || c == '\u201D' || c == '"') {
                c = ' '; // "not “ruled out”" reads as "not ruled out"
            } else if (c == '\u2013' || c == '\u2014' || c == '\u2010' || c == '\u2011') {
                c = '-';
            } else if (c > 127 && Character.isLetter(c)) {
                String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                c = base.charAt(0);
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }
}
