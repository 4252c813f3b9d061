package org.stancegraph.model;

/**
 * A speech act of the ontology, by its local name: {@code rejects}, {@code proposes},
 * {@code says}. The lexicon maps verbs to acts; the graph makes the name a property IRI.
 */
public record SpeechAct(String name) {

    public static final SpeechAct SAYS = new SpeechAct("says");

    public SpeechAct {
        if (name == null || !name.matches("[a-z][A-Za-z]*")) {
            throw new IllegalArgumentException("a speech act is a lower-camel-case local name: " + name);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
