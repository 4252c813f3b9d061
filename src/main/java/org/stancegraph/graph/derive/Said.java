package org.stancegraph.graph.derive;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.stancegraph.model.Stance;

/**
 * One statement as derivation sees it: who took which stance on what, the day the text gives
 * ({@code null} when it gives no day), when and where it was published, the words of its quote
 * (lower case, punctuation as spaces; {@code null} without a quote), and the actors it answers.
 */
public record Said(
        String statement,
        String speaker,
        String topic,
        Stance stance,
        LocalDate day,
        String article,
        LocalDate published,
        String quoteWords,
        Set<String> respondsTo)
        implements Serializable {

    public Said {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(stance, "stance");
        respondsTo = Set.copyOf(respondsTo);
    }

    /** A quote's words as derivation compares them: lower case, anything but letters and digits a space. */
    static String words(String quote) {
        return quote == null ? null : quote.replaceAll("[^\\p{L}\\p{N}]+", " ").toLowerCase(Locale.ROOT);
    }

    /** The day this report counts for in date ranges: the day said, else the day published. */
    LocalDate dayOrPublished() {
        return day != null ? day : published;
    }
}
