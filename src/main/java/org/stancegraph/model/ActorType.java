package org.stancegraph.model;

/** The kinds of speaker the graph distinguishes. */
public enum ActorType {
    PERSON,
    ORGANIZATION,
    GOVERNMENT,
    ANONYMOUS_SOURCE
}
