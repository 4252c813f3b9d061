package org.stancegraph.model;

import java.util.Objects;

/**
 * A speaker. {@code key} is a stable slug that names it in IRIs; {@code registered} tells whether
 * it is an entry of the actor registry or was discovered in an article.
 */
public record Actor(String key, String label, ActorType type, boolean registered) {

    public Actor {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        if (key == null || !key.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("actor key must be a lower-case slug: " + key);
        }
    }

    /** A discovered actor keyed by its label. */
    public static Actor discovered(String label, ActorType type) {
        return new Actor(Slugs.slug(label), label, type, false);
    }
}
