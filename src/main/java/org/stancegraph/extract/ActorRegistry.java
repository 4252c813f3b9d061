package org.stancegraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.stancegraph.model.Actor;
import org.stancegraph.model.ActorType;
import org.stancegraph.vocab.SG;

/**
 * The actor registry ({@code ontology/actors.ttl} plus any {@code --actors} files): known actors
 * by name and alias, and offices by title and date, so that "the German Chancellor" in an article
 * of 2024 resolves to whoever held the office then.
 *
 * <pre>{@code
 * ActorRegistry registry = ActorRegistry.of(OntologyFiles.bundled("actors.ttl"));
 * registry.names().find(text);                       // mentions of registered names
 * registry.holder("German Chancellor", published);   // Optional<Actor>
 * }</pre>
 */
public final class ActorRegistry {

    /** An office held from {@code start} to {@code end} (null when open). */
    record Tenure(Actor holder, LocalDate start, LocalDate end) {
        boolean covers(LocalDate day) {
            return (start == null || !day.isBefore(start)) && (end == null || day.isBefore(end));
        }
    }

    private static final Map<Resource, ActorType> TYPES = Map.of(
            SG.Person, ActorType.PERSON,
            SG.Organization, ActorType.ORGANIZATION,
            SG.Government, ActorType.GOVERNMENT,
            SG.AnonymousSource, ActorType.ANONYMOUS_SOURCE);

    private final Map<String, Actor> byKey = new HashMap<>();
    private final Map<String, Actor> byName = new HashMap<>();
    private final Map<String, List<Tenure>> byTitle = new HashMap<>();
    private final Map<String, Actor> governmentOf = new HashMap<>();
    private final PhraseMatcher<Actor> names;
    private final PhraseMatcher<String> titles;

    private ActorRegistry(Model model) {
        TYPES.forEach((type, actorType) -> model.listSubjectsWithProperty(RDF.type, type)
                .forEach(subject -> {
                    Actor actor = Actor.registered(keyOf(subject), label(subject), actorType);
                    byKey.put(actor.key(), actor);
                    byName.put(normalize(actor.label()), actor);
                    subject.listProperties(SKOS.altLabel)
                            .forEach(alias -> byName.put(normalize(alias.getString()), actor));
                    subject.listProperties(SG.holds).forEach(holds -> addTenure(actor, holds.getResource()));
                    if (actorType == ActorType.GOVERNMENT && subject.hasProperty(SG.country)) {
                        governmentOf.putIfAbsent(subject.getProperty(SG.country).getString(), actor);
                    }
                }));
        names = PhraseMatcher.of(byName);
        Map<String, String> titleWords = new HashMap<>();
        byTitle.keySet().forEach(t -> titleWords.put(t, t));
        titles = PhraseMatcher.of(titleWords);
    }

    /** The registry described by {@code model}. */
    public static ActorRegistry of(Model model) {
        return new ActorRegistry(model);
    }

    private void addTenure(Actor actor, Resource tenure) {
        String title = normalize(tenure.getProperty(SG.roleTitle).getString());
        byTitle.computeIfAbsent(title, t -> new ArrayList<>())
                .add(new Tenure(actor, date(tenure, SchemaDO.startDate), date(tenure, SchemaDO.endDate)));
    }

    private static LocalDate date(Resource tenure, Property property) {
        Statement s = tenure.getProperty(property);
        return s == null ? null : LocalDate.parse(s.getLiteral().getLexicalForm());
    }

    private static String keyOf(Resource subject) {
        String iri = subject.getURI();
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    private static String label(Resource subject) {
        RDFNode label = subject.getProperty(RDFS.label).getObject();
        return label.asLiteral().getString();
    }

    /** The name in the form the registry indexes it: lower case, accents folded, no leading "the". */
    static String normalize(String name) {
        String folded = PhraseMatcher.fold(name).strip().replaceAll("\\s+", " ");
        return folded.startsWith("the ") ? folded.substring(4) : folded;
    }

    /** Finds registered names and aliases in text. */
    public PhraseMatcher<Actor> names() {
        return names;
    }

    /** Finds office titles ("german chancellor") in text. */
    public PhraseMatcher<String> titles() {
        return titles;
    }

    /** The registered actor with this name or alias. */
    public Optional<Actor> byName(String name) {
        return Optional.ofNullable(byName.get(normalize(name)));
    }

    /** The registered actor with this key (the last segment of its IRI). */
    public Optional<Actor> byKey(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /**
     * Who held the office called {@code title} on {@code day}; with no day, the office's only
     * holder if it ever had just one.
     */
    public Optional<Actor> holder(String title, LocalDate day) {
        List<Tenure> tenures = byTitle.getOrDefault(normalize(title), List.of());
        if (day == null) {
            return tenures.stream().map(Tenure::holder).distinct().count() == 1
                    ? Optional.of(tenures.get(0).holder())
                    : Optional.empty();
        }
        return tenures.stream().filter(t -> t.covers(day)).map(Tenure::holder).findFirst();
    }

    /** The registered government of the country with ISO code {@code country}. */
    public Optional<Actor> governmentOf(String country) {
        return Optional.ofNullable(country == null ? null : governmentOf.get(country));
    }

    /** Every registered actor. */
    public List<Actor> actors() {
        return List.copyOf(byKey.values());
    }
}
