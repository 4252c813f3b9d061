package org.stancegraph.extract;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.stancegraph.model.TopicRef;
import org.stancegraph.vocab.SG;

/**
 * The topic codebook in plain SKOS: each {@code skos:Concept} is a proposition, its
 * {@code skos:prefLabel} and {@code skos:altLabel}s the strong signals of it in text and its
 * {@code skos:hiddenLabel}s the weak ones. A passage is about the concept whose signals weigh
 * most in it; {@code sg:unclassified} when none is present.
 *
 * <pre>{@code
 * TopicCodebook topics = TopicCodebook.of(OntologyFiles.bundled("topics.ttl"));
 * Topic topic = topics.classify(sentence);
 * }</pre>
 */
public final class TopicCodebook {

    /** A concept of the codebook: its IRI and preferred label. */
    public record Topic(String iri, String label) {

        /** The reference a statement carries. */
        public TopicRef ref() {
            return new TopicRef(iri);
        }
    }

    /** The topic of statements that no concept matches. */
    public static final Topic UNCLASSIFIED = new Topic(TopicRef.UNCLASSIFIED.iri(), "unclassified");

    private record Signal(Topic topic, int weight) {}

    private final Map<String, Topic> topics = new LinkedHashMap<>();
    private final PhraseMatcher<Signal> signals;

    private TopicCodebook(Model model) {
        Map<String, Signal> phrases = new HashMap<>();
        model.listSubjectsWithProperty(RDF.type, SKOS.Concept).forEach(concept -> {
            if (concept.equals(SG.unclassified) || !concept.hasProperty(SKOS.prefLabel)) {
                return;
            }
            Topic topic = new Topic(
                    concept.getURI(), concept.getProperty(SKOS.prefLabel).getString());
            topics.put(topic.iri(), topic);
            add(phrases, concept, SKOS.prefLabel, new Signal(topic, 3));
            add(phrases, concept, SKOS.altLabel, new Signal(topic, 3));
            add(phrases, concept, SKOS.hiddenLabel, new Signal(topic, 1));
        });
        signals = PhraseMatcher.of(phrases);
    }

    private static void add(Map<String, Signal> phrases, Resource concept, Property label, Signal signal) {
        concept.listProperties(label).forEach(s -> phrases.putIfAbsent(s.getString(), signal));
    }

    /** The codebook of the concepts in {@code model}. */
    public static TopicCodebook of(Model model) {
        return new TopicCodebook(model);
    }

    /** Every concept, in the order the codebook gives them. */
    public List<Topic> topics() {
        return List.copyOf(topics.values());
    }

    /** Where {@code text} signals a concept, and which. */
    public List<PhraseMatcher.Match<Topic>> signals(String text) {
        return signals.find(text).stream()
                .map(m -> new PhraseMatcher.Match<>(m.span(), m.value().topic(), m.phrase()))
                .toList();
    }

    /** The concept {@code text} is about: the one whose signals in it weigh most, the first on a tie. */
    public Topic classify(String text) {
        Map<Topic, Integer> score = new LinkedHashMap<>();
        for (PhraseMatcher.Match<Signal> match : signals.find(text)) {
            score.merge(match.value().topic(), match.value().weight(), Integer::sum);
        }
        return score.entrySet().stream()
                .reduce((best, next) -> next.getValue() > best.getValue() ? next : best)
                .map(Map.Entry::getKey)
                .orElse(UNCLASSIFIED);
    }
}
