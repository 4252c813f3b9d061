package org.stancegraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.stancegraph.model.Span;

/**
 * Finds direct quotes: text between curly quotes (“…”) or straight double quotes ("…"), within a
 * paragraph. An opening curly quote left open at the end of its paragraph runs to the paragraph's
 * end, as quotes over several paragraphs do. Spans exclude the quote marks and the white space and
 * trailing comma inside them.
 *
 * <pre>{@code
 * List<Span> quotes = new QuoteFinder().find("He said: “No.”");   // [[10, 13)]
 * }</pre>
 */
public final class QuoteFinder {

    /** The quotes of {@code text}, in order. */
    public List<Span> find(String text) {
        List<Span> quotes = new ArrayList<>();
        int paragraphStart = 0;
        while (paragraphStart < text.length()) {
            int paragraphEnd = text.indexOf('\n', paragraphStart);
            if (paragraphEnd < 0) {
                paragraphEnd = text.length();
            }
            findInParagraph(text, paragraphStart, paragraphEnd, quotes);
            paragraphStart = paragraphEnd + 1;
        }
        return quotes;
    }

    private static void findInParagraph(String text, int from, int to, List<Span> quotes) {
        int openCurly = -1;
        int openStraight = -1;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\u201C') {
                openCurly = i + 1; // a second opening mark restarts: the first was never closed
            } else if (c == '\u201D' && openCurly >= 0) {
                add(text, openCurly, i, quotes);
                openCurly = -1;
            } else if (c == '"') {
                if (openStraight < 0) {
                    openStraight = i + 1;
                } else {
                    add(text, openStraight, i, quotes);
                    openStraight = -1;
                }
            }
        }
        if (openCurly >= 0) {
            add(text, openCurly, to, quotes);
        }
    }

    private static void add(String text, int start, int end, List<Span> quotes) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
            end--;
        }
        if (end > start) {
            quotes.add(new Span(start, end));
        }
    }
}
