package org.stancegraph.model;

import java.util.Locale;

/** The direction of a statement toward its topic. */
public enum Stance {
    FAVOUR,
    AGAINST,
    NEUTRAL;

    /** The name used in the graph and in query results: favour, against, neutral. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
