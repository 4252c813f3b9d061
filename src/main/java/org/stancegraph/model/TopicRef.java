package org.stancegraph.model;

/**
 * A topic a statement is about: the IRI of a codebook concept, or {@link #UNCLASSIFIED} when no
 * concept matched (the statement is kept, never dropped).
 */
public record TopicRef(String iri) {

    /** The topic of statements no concept matched (the ontology's {@code sg:unclassified}). */
    public static final TopicRef UNCLASSIFIED = new TopicRef("https://stancegraph.org/ontology#unclassified");

    public TopicRef {
        if (iri == null || !iri.matches("[a-z][a-z0-9+.-]*:\\S+")) {
            throw new IllegalArgumentException("a topic is an absolute IRI: " + iri);
        }
    }

    public boolean isUnclassified() {
        return equals(UNCLASSIFIED);
    }

    @Override
    public String toString() {
        return iri;
    }
}
