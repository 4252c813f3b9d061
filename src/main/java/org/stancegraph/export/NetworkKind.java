package org.stancegraph.export;

import java.util.Locale;

/** The networks Stancegraph exports. */
public enum NetworkKind {
    /** Who contradicted whom, per topic. */
    CONFLICT("conflict", true),
    /** Who took the same stance as whom, per topic. */
    CONGRUENCE("congruence", false),
    /** Which actor took which stance on which topic. */
    ACTOR_TOPIC("actor-topic", true);

    private final String name;
    private final boolean directed;

    NetworkKind(String name, boolean directed) {
        this.name = name;
        this.directed = directed;
    }

    /** The name used on the command line and for the SPARQL file of the edges. */
    public String label() {
        return name;
    }

    public boolean directed() {
        return directed;
    }

    /** The kind named {@code name}, or null. */
    public static NetworkKind named(String name) {
        for (NetworkKind kind : values()) {
            if (kind.name.equals(name.toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        return null;
    }
}
