package org.stancegraph.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.stancegraph.model.UtteranceDate;
import org.stancegraph.nlp.CalendarWords;

/**
 * {@link DateResolver} by rules over English date expressions: ISO and written dates ("February
 * 26, 2024", "26 February", "Feb. 12"), weekdays ("on Monday", "Monday night": the latest such
 * day up to publication), "yesterday", "today", "last week" and "this week" (their month, when the week lies in one), "last month", "earlier this month", "earlier this year", "in December
 * 2022", "last year", "in 2022". Relative expressions need the publication date; without it, and
 * without any expression, the date is unresolved. The expression nearest the verb wins.
 *
 * <pre>{@code
 * new RuleDateResolver().resolve("Berg said on Monday", 5, LocalDate.parse("2024-02-28"));
 * // 2024-02-26, day, cue "on Monday"
 * }</pre>
 */
public final class RuleDateResolver implements DateResolver {

    /** A month by its name or its abbreviation, with or without the full stop ("Feb. 12"). */
    private static final String MONTH = "(" + String.join("|", CalendarWords.MONTHS) + "|"
            + CalendarWords.MONTH_ABBREVIATIONS.stream().map(a -> a + "\\.?").collect(Collectors.joining("|")) + ")";

    private static final String WEEKDAY = "(" + String.join("|", CalendarWords.WEEKDAYS) + ")";

    private record Rule(Pattern pattern, Function<Context, UtteranceDate> resolve) {}

    /** One match being resolved: its groups, its words and the publication date. */
    private record Context(Matcher match, LocalDate published) {
        String group(int i) {
            return match.group(i);
        }

        String cue() {
            return match.group().strip();
        }
    }

    private record Found(int start, int end, UtteranceDate date) {}

    private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\b");

    /** A relative clause set off by commas: ", who met her on Monday,". */
    private static final Pattern RELATIVE_CLAUSE = Pattern.compile(",\\s*(?:who|whom|whose|which)\\b[^,;:]*,");

    private static final List<Rule> RULES = List.of(
            rule(
                    "\\b(\\d{4})-(\\d{2})-(\\d{2})\\b",
                    c -> UtteranceDate.day(LocalDate.of(num(c.group(1)), num(c.group(2)), num(c.group(3))), c.cue())),
            rule(
                    "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b",
                    c -> dayOf(c, c.group(3), c.group(1), c.group(2))),
            rule(
                    "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+(\\d{4}))?\\b",
                    c -> dayOf(c, c.group(3), c.group(2), c.group(1))),
            rule(
                    "\\b(?:(?:on|last|this\\s+past)\\s+)?" + WEEKDAY
                            + "(?:\\s+(?:night|evening|morning|afternoon))?\\b",
                    RuleDateResolver::weekday),
            rule("\\byesterday\\b", c -> relativeDay(c, 1)),
            rule("\\btoday\\b", c -> relativeDay(c, 0)),
            rule("\\b(?:earlier|later)?\\s*this\\s+month\\b", c -> relativeMonth(c, 0)),
            rule("\\blast\\s+month\\b", c -> relativeMonth(c, 1)),
            rule("\\blast\\s+week\\b", c -> weekWithin(c, 7, 1)),
            rule("\\b(?:earlier|later)?\\s*this\\s+week\\b", c -> weekWithin(c, 6, 0)),
            rule(
                    "\\b(?:earlier|later)?\\s*this\\s+year\\b",
                    c -> c.published() == null
                            ? null
                            : UtteranceDate.year(c.published().getYear(), c.cue())),
            rule(
                    "\\b(?:in\\s+)?" + MONTH + "\\s+(\\d{4})\\b",
                    c -> UtteranceDate.month(YearMonth.of(num(c.group(2)), month(c.group(1))), c.cue())),
            rule("\\bin\\s+" + MONTH + "\\b(?!\\s+\\d)", RuleDateResolver::monthOnly),
            rule(
                    "\\blast\\s+year\\b",
                    c -> c.published() == null
                            ? null
                            : UtteranceDate.year(c.published().getYear() - 1, c.cue())),
            rule("\\bin\\s+((?:19|20)\\d{2})\\b", c -> UtteranceDate.year(num(c.group(1)), c.cue())));

    /**
     * Words of which every rule needs one (besides a digit): the weekdays, the month abbreviations
     * (each full name starts with one) and May, and the words of the relative expressions.
     */
    private static final List<String> CUE_WORDS = cueWords();

    private static List<String> cueWords() {
        List<String> words = new ArrayList<>(List.of("yesterday", "today", "week", "month", "year", "May"));
        words.addAll(CalendarWords.WEEKDAYS);
        words.addAll(CalendarWords.MONTH_ABBREVIATIONS);
        return List.copyOf(words);
    }

    private static Rule rule(String regex, Function<Context, UtteranceDate> resolve) {
        return new Rule(Pattern.compile(regex), resolve);
    }

    @Override
    public UtteranceDate resolve(String sentence, int anchor, LocalDate published) {
        if (!mayHoldDate(sentence)) {
            return UtteranceDate.unresolved(); // most sentences: no rule's pattern need run
        }
        List<Found> found = new ArrayList<>();
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(sentence);
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                if (found.stream().anyMatch(f -> f.start() < end && start < f.end())) {
                    continue; // an earlier, more specific rule already read these words
                }
                if (POSSESSIVE.matcher(sentence).region(end, sentence.length()).lookingAt()) {
                    continue; // "last month's agreement", "Tuesday's vote": when a thing was, not the saying
                }
                if (inOtherRelativeClause(sentence, start, anchor)) {
                    continue; // "Berg, who left the party last week, said": the week of the leaving
                }
                UtteranceDate date = resolveSafely(rule, new Context(m, published));
                if (date != null) {
                    found.add(new Found(start, end, date));
                }
            }
        }
        return found.stream()
                .min(Comparator.comparingInt(f -> distance(f, anchor)))
                .map(Found::date)
                .orElse(UtteranceDate.unresolved());
    }

    /** Whether {@code at} lies in a relative clause set off by commas that {@code anchor} lies outside. */
    private static boolean inOtherRelativeClause(String sentence, int at, int anchor) {
        Matcher clause = RELATIVE_CLAUSE.matcher(sentence);
        while (clause.find()) {
            boolean holdsExpression = clause.start() <= at && at < clause.end();
            boolean holdsAnchor = clause.start() <= anchor && anchor < clause.end();
            if (holdsExpression) {
                return !holdsAnchor;
            }
        }
        return false;
    }

    /** Whether {@code sentence} holds a digit or a cue word, without which no rule matches. */
    private static boolean mayHoldDate(String sentence) {
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return CUE_WORDS.stream().anyMatch(sentence::contains);
    }

    private static UtteranceDate resolveSafely(Rule rule, Context context) {
        try {
            return rule.resolve().apply(context);
        } catch (java.time.DateTimeException impossible) {
            return null; // "February 31": not a date, so not a cue
        }
    }

    private static int distance(Found f, int anchor) {
        return anchor < f.start() ? f.start() - anchor : anchor >= f.end() ? anchor - f.end() + 1 : 0;
    }

    private static UtteranceDate dayOf(Context c, String year, String monthName, String day) {
        Month month = month(monthName);
        int dayOfMonth = num(day);
        if (year != null) {
            return UtteranceDate.day(LocalDate.of(num(year), month, dayOfMonth), c.cue());
        }
        if (c.published() == null) {
            return null;
        }
        LocalDate candidate = LocalDate.of(c.published().getYear(), month, dayOfMonth);
        return UtteranceDate.day(candidate.isAfter(c.published()) ? candidate.minusYears(1) : candidate, c.cue());
    }

    private static UtteranceDate weekday(Context c) {
        if (c.published() == null) {
            return null;
        }
        DayOfWeek day = DayOfWeek.valueOf(c.group(1).toUpperCase(Locale.ROOT));
        LocalDate date = c.published();
        while (date.getDayOfWeek() != day) {
            date = date.minusDays(1);
        }
        if (c.cue().toLowerCase(Locale.ROOT).startsWith("last") && date.equals(c.published())) {
            date = date.minusWeeks(1);
        }
        return UtteranceDate.day(date, c.cue());
    }

    private static UtteranceDate relativeDay(Context c, int daysBack) {
        return c.published() == null ? null : UtteranceDate.day(c.published().minusDays(daysBack), c.cue());
    }

    private static UtteranceDate relativeMonth(Context c, int monthsBack) {
        return c.published() == null
                ? null
                : UtteranceDate.month(YearMonth.from(c.published()).minusMonths(monthsBack), c.cue());
    }

    /**
     * A week before publication, from {@code fromDaysBack} to {@code toDaysBack} days back: its month
     * when the whole span falls in one month ("last week" on 20 March is March), else unresolved.
     */
    private static UtteranceDate weekWithin(Context c, int fromDaysBack, int toDaysBack) {
        if (c.published() == null) {
            return null;
        }
        YearMonth first = YearMonth.from(c.published().minusDays(fromDaysBack));
        YearMonth last = YearMonth.from(c.published().minusDays(toDaysBack));
        return first.equals(last) ? UtteranceDate.month(first, c.cue()) : null;
    }

    private static UtteranceDate monthOnly(Context c) {
        if (c.published() == null) {
            return null;
        }
        YearMonth month = YearMonth.of(c.published().getYear(), month(c.group(1)));
        return UtteranceDate.month(month.isAfter(YearMonth.from(c.published())) ? month.minusYears(1) : month, c.cue());
    }

    private static Month month(String name) {
        String prefix = name.replace(".", "").substring(0, 3).toLowerCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                    .toLowerCase(Locale.ROOT)
                    .startsWith(prefix)) {
                return m;
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    private static int num(String digits) {
        return Integer.parseInt(digits);
    }
}
