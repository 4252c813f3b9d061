package org.stancegraph.model;

import java.util.Locale;

/** How precisely the text dates a statement. */
public enum Granularity {
    DAY,
    MONTH,
    YEAR,
    UNRESOLVED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
