package org.stancegraph.nlp;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The English names of months and weekdays, and the month abbreviations news text writes, taken
 * from {@code java.time}: the one list that the sentence splitter, the name finder and the date
 * rules read, so that no class spells the calendar out again.
 *
 * <pre>{@code
 * CalendarWords.isMonthOrWeekday("march");   // true
 * String month = "(" + String.join("|", CalendarWords.MONTHS) + ")";
 * }</pre>
 */
public final class CalendarWords {

    /** January to December, capitalised. */
    public static final List<String> MONTHS = Arrays.stream(Month.values())
            .map(m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH))
            .toList();

    /** Monday to Sunday, capitalised. */
    public static final List<String> WEEKDAYS = Arrays.stream(DayOfWeek.values())
            .map(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH))
            .toList();

    /**
     * Month abbreviations as written before a full stop ("Feb.", "Sept."), without it: the first
     * three letters, with "Sept" before "Sep"; none for May, which is as short as its name.
     */
    public static final List<String> MONTH_ABBREVIATIONS = abbreviations();

    private static final Set<String> LOWER_CASE = Stream.concat(MONTHS.stream(), WEEKDAYS.stream())
            .map(name -> name.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());

    private CalendarWords() {}

    /** Whether {@code word}, in any case, is the full name of a month or a weekday. */
    public static boolean isMonthOrWeekday(String word) {
        return LOWER_CASE.contains(word.toLowerCase(Locale.ROOT));
    }

    private static List<String> abbreviations() {
        List<String> abbreviations = new ArrayList<>();
        for (Month month : Month.values()) {
            if (month == Month.MAY) {
                continue;
            }
            if (month == Month.SEPTEMBER) {
                abbreviations.add("Sept"); // news style; before "Sep", so a pattern tries the longer first
            }
            abbreviations.add(MONTHS.get(month.ordinal()).substring(0, 3));
        }
        return List.copyOf(abbreviations);
    }
}
