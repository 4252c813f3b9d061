package org.stancegraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** Words too common to tell one concept from another. */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "the", "and", "for", "with", "from", "that", "this", "into", "over", "under", "must", "should", "would",
            "will", "more", "less", "than", "their", "they", "its", "not", "are", "was", "were", "has", "have", "been");

    private static final int MIN_LABEL_WORDS = 3;

    /** A label with a finite or modal verb is a clause: "Russia must not win", "the app is a threat". */
    private static final Pattern CLAUSE =
            Pattern.compile("(?i)\\b(?:is|are|must|cannot|can't|should|will|would|can)\\b");

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}'’-]*");

    private final Map<String, Topic> topics = new LinkedHashMap<>();
    /** Each concept's {@code skos:definition}, where it has one: a researcher's coding instructions. */
    private final Map<Topic, String> definitions = new HashMap<>();

    private final PhraseMatcher<Signal> signals;
    /** The labels that are propositions in words ("Russia must not win"): to state one is to assert it. */
    private final PhraseMatcher<Topic> assertions;
    /** For each word of a concept's labels, the concepts whose labels have it. */
    private final Map<String, Set<Topic>> labelWords = new HashMap<>();

    private TopicCodebook(Model model) {
        Map<String, Signal> phrases = new HashMap<>();
        Map<String, Topic> clauses = new HashMap<>();
        model.listSubjectsWithProperty(RDF.type, SKOS.Concept).forEach(concept -> {
            if (concept.equals(SG.unclassified) || !concept.hasProperty(SKOS.prefLabel)) {
                return;
            }
            Topic topic = new Topic(
                    concept.getURI(), concept.getProperty(SKOS.prefLabel).getString());
            topics.put(topic.iri(), topic);
            if (concept.hasProperty(SKOS.definition)) {
                definitions.put(topic, concept.getProperty(SKOS.definition).getString());
            }
            add(phrases, concept, SKOS.prefLabel, new Signal(topic, 3));
            add(phrases, concept, SKOS.altLabel, new Signal(topic, 3));
            add(phrases, concept, SKOS.hiddenLabel, new Signal(topic, 1));
            for (Property label : List.of(SKOS.prefLabel, SKOS.altLabel)) {
                concept.listProperties(label).forEach(l -> {
                    words(l.getString()).forEach(w -> labelWords
                            .computeIfAbsent(w, k -> new LinkedHashSet<>())
                            .add(topic));
                    if (CLAUSE.matcher(l.getString()).find()) {
                        clauses.putIfAbsent(l.getString(), topic);
                    }
                });
            }
        });
        signals = PhraseMatcher.of(phrases);
        assertions = PhraseMatcher.of(clauses);
    }

    private static void add(Map<String, Signal> phrases, Resource concept, Property label, Signal signal) {
        concept.listProperties(label).forEach(s -> phrases.putIfAbsent(s.getString(), signal));
    }

    /** The codebook of the concepts in {@code model}. */
    public static TopicCodebook of(Model model) {
        return new TopicCodebook(model);
    }

    /** The concepts whose label, a proposition in words, {@code text} states ("Russia cannot win"). */
    public Set<Topic> assertedIn(String text) {
        Set<Topic> asserted = new LinkedHashSet<>();
        assertions.find(text).forEach(m -> asserted.add(m.value()));
        return asserted;
    }

    /** The concept's {@code skos:definition}, if the codebook gives one. */
    public Optional<String> definition(Topic topic) {
        return Optional.ofNullable(definitions.get(topic));
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

    /**
     * The concept an article is about: the one whose signals weigh most in it; when it has none of
     * them, the one whose label words it uses most ("a bill that could ban the app" for "App ban
     * bill"), each word counting less the more concepts share it. Unclassified when no label word
     * occurs {@value #MIN_LABEL_WORDS} times or more.
     */
    public Topic mainTopic(String article) {
        Topic signalled = classify(article);
        if (!signalled.equals(UNCLASSIFIED)) {
            return signalled;
        }
        Map<Topic, Double> score = new LinkedHashMap<>();
        int occurrences = 0;
        for (String word : words(article)) {
            Set<Topic> concepts = labelWords.getOrDefault(word, Set.of());
            if (!concepts.isEmpty()) {
                occurrences++;
            }
            concepts.forEach(topic -> score.merge(topic, 1.0 / concepts.size(), Double::sum));
        }
        if (occurrences < MIN_LABEL_WORDS) {
            return UNCLASSIFIED;
        }
        return score.entrySet().stream()
                .reduce((best, next) -> next.getValue() > best.getValue() ? next : best)
                .map(Map.Entry::getKey)
                .orElse(UNCLASSIFIED);
    }

    /** The lower-case content words of {@code text}: three letters or more, no function words. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(PhraseMatcher.fold(text));
        while (word.find()) {
            String w = word.group();
            if (w.length() >= 3 && !FUNCTION_WORDS.contains(w)) {
                words.add(w);
            }
        }
        return words;
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
