package org.stancegraph.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stancegraph.model.Span;

/**
 * Finds what is in an article's text but not its body, by general rules: a block of teasers of
 * other stories at the end (two or more pairs of a headline line and a one-line summary),
 * one- or two-word lines ("Advertisement"), photo credits ("… via AP"), comment-section notices
 * and bylines. The text is left as it is; the spans say what to skip, so offsets stay true.
 *
 * <pre>{@code
 * List<Span> skip = new BoilerplateDetector().find(article.text());
 * }</pre>
 */
public final class BoilerplateDetector {

    private static final Pattern LINE = Pattern.compile("[^\\n]+");
    private static final Pattern NOTICE = Pattern.compile(
            "(?i)^(?:(?:written|reported|edited|compiled) by\\b.*|.*\\bcomments? (?:are|is) (?:now )?(?:closed|disabled|no longer available)\\b.*"
                    + "|(?:read more|related|sponsored|advertisement)\\b.{0,40}|.*(?:\\bvia|/)\\s*(?:AP|AFP|Reuters|EPA|Getty Images|Pool)\\s*)$");
    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?:;\"”’')]\\s*$");

    /** The boilerplate spans of {@code text}, each a whole line. */
    public List<Span> find(String text) {
        List<Span> lines = new ArrayList<>();
        Matcher m = LINE.matcher(text);
        while (m.find()) {
            if (!m.group().isBlank()) {
                lines.add(new Span(m.start(), m.end()));
            }
        }
        List<Span> boilerplate = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).of(text).strip();
            if (NOTICE.matcher(line).matches()
                    || (words(line) <= 2 && !ENDS_SENTENCE.matcher(line).matches())) {
                boilerplate.add(lines.get(i));
            }
        }
        boilerplate.addAll(teasers(text, lines));
        return boilerplate;
    }

    /** Headline-and-summary pairs at the end of the text, when there are at least two. */
    private static List<Span> teasers(String text, List<Span> lines) {
        int end = lines.size();
        while (end > 0 && isBoilerplateLine(lines.get(end - 1).of(text))) {
            end--;
        }
        int pairs = 0;
        int start = end;
        while (start - 2 >= 1
                && isHeadline(lines.get(start - 2).of(text))
                && !isHeadline(lines.get(start - 1).of(text))) {
            start -= 2;
            pairs++;
        }
        return pairs >= 2 ? new ArrayList<>(lines.subList(start, end)) : List.of();
    }

    private static boolean isBoilerplateLine(String line) {
        return NOTICE.matcher(line.strip()).matches();
    }

    /** A short line without a full stop, most of its words capitalised: how teaser headlines look. */
    private static boolean isHeadline(String line) {
        String stripped = line.strip();
        String[] words = stripped.split("\\s+");
        long capitalised = Arrays.stream(words)
                .filter(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0)))
                .count();
        return words.length <= 16 && !ENDS_SENTENCE.matcher(stripped).matches() && capitalised * 2 >= words.length;
    }

    private static int words(String line) {
        return line.isBlank() ? 0 : line.strip().split("\\s+").length;
    }
}
