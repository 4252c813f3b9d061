package org.stancegraph.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

/**
 * When a statement was said: an ISO value whose precision is its granularity ("2024-02-26",
 * "2022-12", "2022"), and the words of the text it came from. Unresolved dates have neither.
 */
public record UtteranceDate(String value, Granularity granularity, String cue) {

    public UtteranceDate {
        if ((granularity == Granularity.UNRESOLVED) != (value == null)) {
            throw new IllegalArgumentException("a date has a value exactly when it is resolved");
        }
    }

    public static UtteranceDate unresolved() {
        return new UtteranceDate(null, Granularity.UNRESOLVED, null);
    }

    public static UtteranceDate day(LocalDate date, String cue) {
        return new UtteranceDate(date.toString(), Granularity.DAY, cue);
    }

    public static UtteranceDate month(YearMonth month, String cue) {
        return new UtteranceDate(month.format(DateTimeFormatter.ofPattern("yyyy-MM")), Granularity.MONTH, cue);
    }

    public static UtteranceDate year(int year, String cue) {
        return new UtteranceDate(String.format("%04d", year), Granularity.YEAR, cue);
    }
}
