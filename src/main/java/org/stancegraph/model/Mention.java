package org.stancegraph.model;

import java.util.Objects;

/** A place in an article's text that refers to an actor, and how it refers. */
public record Mention(Actor actor, Span span, Kind kind, boolean possessive) {

    /** How a mention names its actor. */
    public enum Kind {
        /** A registered name or alias. */
        NAME,
        /** An office title resolved through the registry's tenures. */
        TITLE,
        /** A name the registry lacks, found in the text. */
        DISCOVERED,
        /** A described, unnamed source ("a NATO official"). */
        SOURCE,
        /** An institution named by a noun such as "government" or "ministry". */
        INSTITUTION,
        /** A pronoun or a definite description resolved to an earlier mention. */
        ANAPHOR
    }

    public Mention {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
    }
}
