package org.stancegraph.model;

import java.util.Objects;

/**
 * A speaker. {@code key} is a stable slug that names it in IRIs; {@code registered} tells whether
 * it is an entry of the actor registry or was discovered in an article; {@code affiliation} is the
 * key of the registered actor a discovered one belongs to ("a NATO official"), or null.
 */
public record Actor(String key, String label, ActorType type, boolean registered, String affiliation) {

    public Actor {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        if (key == null || !key.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("actor key must be a lower-case slug: " + key);
        }
    }

    /** A registered actor. */
    public static Actor registered(String key, String label, ActorType type) {
        return new Actor(key, label, type, true, null);
    }

    /** A discovered actor keyed by its label. */
    public static Actor discovered(String label, ActorType type) {
        return new Actor(Slugs.slug(label), label, type, false, null);
    }

    /** A discovered actor that belongs to the registered actor {@code affiliation}. */
    public static Actor discovered(String label, ActorType type, Actor affiliation) {
        return new Actor(Slugs.slug(label), label, type, false, affiliation.key());
    }
}
