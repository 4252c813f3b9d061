package org.stancegraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarWordsTest {

    @Test
    void monthsAndWeekdaysAreTheEnglishNamesInCalendarOrder() {
        assertEquals(12, CalendarWords.MONTHS.size());
        assertEquals("January", CalendarWords.MONTHS.get(0));
        assertEquals("December", CalendarWords.MONTHS.get(11));
        assertEquals(
                List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
                CalendarWords.WEEKDAYS);
    }

    @Test
    void monthAbbreviationsAreAsNewsTextWritesThem() {
        assertEquals(
                List.of("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec"),
                CalendarWords.MONTH_ABBREVIATIONS);
    }

    @Test
    void aMonthOrWeekdayInAnyCaseButNotAnAbbreviationOrALongerWord() {
        assertTrue(CalendarWords.isMonthOrWeekday("March"));
        assertTrue(CalendarWords.isMonthOrWeekday("may"));
        assertTrue(CalendarWords.isMonthOrWeekday("SUNDAY"));
        assertFalse(CalendarWords.isMonthOrWeekday("Feb"));
        assertFalse(CalendarWords.isMonthOrWeekday("Marchetti"));
    }
}
