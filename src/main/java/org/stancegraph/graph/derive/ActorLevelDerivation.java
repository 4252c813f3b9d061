package org.stancegraph.graph.derive;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.stancegraph.bundle.SparqlCatalog;
import org.stancegraph.bundle.SparqlFile;
import org.stancegraph.model.Stance;
import org.stancegraph.vocab.SG;

/**
 * Derives what the graph says at the level of actors from the statements on one topic: utterances
 * (one node per act of speaking, its reports pointing to it), positions (one per actor and stance,
 * with counts and days; agreements are positions joined at query time), and the contradiction and
 * reversal edges between actors, each with counts, days and a few statement pairs as evidence.
 * Topics are independent of one another, so a topic can be derived again alone. The output grows
 * with utterances, with actors and with the pairs of actors who contradicted each other, never with
 * pairs of statements.
 *
 * <pre>{@code
 * ActorLevelDerivation.derive(facts.topic(topic), topic, triple -> topicGraph.add(triple));
 * }</pre>
 */
public final class ActorLevelDerivation {

    private ActorLevelDerivation() {}

    /**
     * Hands {@code out} the triples derived from {@code facts}, the statements on {@code topic}:
     * all of them but the contradiction edges between two speakers who did not change (see {@link
     * #covers}).
     */
    public static void derive(TopicFacts facts, String topic, Consumer<Triple> out) {
        List<Utterance> utterances = Utterances.of(facts.said());
        List<Side> sides = sides(utterances);
        utterances.forEach(u -> DerivedTriples.utterance(u, out));
        sides.forEach(side -> DerivedTriples.position(Position.of(topic, side), out));
        edges(topic, sides, (later, earlier) -> facts.changed(later) || facts.changed(earlier))
                .forEach(e -> DerivedTriples.edge(e, out));
    }

    /**
     * Hands {@code out} what {@link #derive(TopicFacts, String, Consumer)} gave of the statements
     * the topic's stored graph was derived from, with the same speakers changed: the triples the
     * stored graph holds of those that deriving covers, so the graph need not be read to compare.
     * False, handing nothing, when the facts do not say what the graph was derived from.
     */
    public static boolean deriveBefore(TopicFacts facts, String topic, Consumer<Triple> out) {
        Optional<TopicFacts> before = facts.asBefore();
        before.ifPresent(b -> derive(b, topic, out));
        return before.isPresent();
    }

    /**
     * What {@link #derive(List, String, Consumer)} gives of {@code said} but the contradiction
     * edges: utterances, positions and reversals, each of which depends on one actor's statements
     * alone. With {@link #deriveContradictions} over every pair of actors, a topic derived a share
     * at a time, on many machines, gives what it gives derived whole.
     */
    public static void deriveWithoutContradictions(List<Said> said, String topic, Consumer<Triple> out) {
        List<Utterance> utterances = Utterances.of(said);
        List<Side> sides = sides(utterances);
        utterances.forEach(u -> DerivedTriples.utterance(u, out));
        sides.forEach(side -> DerivedTriples.position(Position.of(topic, side), out));
        reversals(topic, sides).forEach(e -> DerivedTriples.edge(e, out));
    }

    /**
     * The contradiction edges among the speakers of {@code said} on {@code topic}, of the pairs
     * (later, earlier) {@code between} accepts; an edge needs the statements of its two actors on
     * the topic, all of them.
     */
    public static void deriveContradictions(
            List<Said> said, String topic, BiPredicate<String, String> between, Consumer<Triple> out) {
        if (topic.equals(SG.unclassified.getURI())) {
            return;
        }
        Contradictions.of(topic, taking(sides(Utterances.of(said))), between).forEach(e -> DerivedTriples.edge(e, out));
    }

    /** What derivation reads of the statements of {@code articleGraph}, one article's graph. */
    public static List<Said> facts(Graph articleGraph) {
        return StatementFacts.in(articleGraph);
    }

    /** As {@link #derive(TopicFacts, String, Consumer)}, for all the statements on {@code topic}, derived from scratch. */
    public static void derive(List<Said> said, String topic, Consumer<Triple> out) {
        derive(TopicFacts.allNew(said), topic, out);
    }

    /**
     * Which triples of the topic's stored graph {@link #derive} gives again, or would have to take
     * away: all but those of the contradiction edges between two speakers who did not change. A
     * hundred new articles change a few dozen of a topic's hundreds of speakers; the busiest are
     * among them in every topic, though, so this saves less than their share suggests.
     */
    public static Predicate<Triple> covers(TopicFacts facts, String topic) {
        if (facts.allChanged()) {
            return triple -> true;
        }
        Map<Node, String> speakers = new HashMap<>();
        Set<String> actors = new HashSet<>(facts.changedSpeakers());
        for (Said said : facts.said()) {
            speakers.put(NodeFactory.createURI(said.statement()), said.speaker());
            actors.add(said.speaker());
        }
        Set<Node> edges = new HashSet<>();
        for (String changed : facts.changedSpeakers()) {
            for (String other : actors) {
                edges.add(NodeFactory.createURI(DerivedTriples.contradictionIri(changed, other, topic)));
                edges.add(NodeFactory.createURI(DerivedTriples.contradictionIri(other, changed, topic)));
            }
        }
        Node contradictsActor = SG.contradictsActor.asNode();
        Node contradicts = SG.contradicts.asNode();
        return triple -> {
            Node subject = triple.getSubject();
            if (subject.isURI() && subject.getURI().startsWith(DerivedTriples.CONTRADICTION)) {
                return edges.contains(subject);
            }
            if (triple.getPredicate().equals(contradictsActor)) {
                return facts.changed(subject.getURI())
                        || facts.changed(triple.getObject().getURI());
            }
            if (triple.getPredicate().equals(contradicts)) {
                String later = speakers.get(subject);
                String earlier = speakers.get(triple.getObject());
                // A statement not among the facts any more was dropped, and so was its speaker's.
                return later == null || earlier == null || facts.changed(later) || facts.changed(earlier);
            }
            return true;
        };
    }

    /** The topics {@code dataset}'s statements are on; call within a transaction. */
    public static List<String> topics(Dataset dataset) {
        String sparql = SparqlCatalog.shipped().text(SparqlFile.Kind.LOOKUP, "statement-topics");
        List<String> topics = new ArrayList<>();
        try (QueryExecution execution =
                QueryExecution.dataset(dataset).query(sparql).build()) {
            execution
                    .execSelect()
                    .forEachRemaining(row -> topics.add(row.getResource("topic").getURI()));
        }
        return topics;
    }

    /** The utterances of one topic grouped into sides: one per actor and stance, actors in IRI order. */
    static List<Side> sides(List<Utterance> utterances) {
        Map<String, Map<Stance, List<Utterance>>> byActor = new TreeMap<>();
        for (Utterance u : utterances) {
            byActor.computeIfAbsent(u.first().speaker(), s -> new EnumMap<>(Stance.class))
                    .computeIfAbsent(u.first().stance(), s -> new ArrayList<>())
                    .add(u);
        }
        List<Side> sides = new ArrayList<>();
        byActor.forEach(
                (actor, stances) -> stances.forEach((stance, said) -> sides.add(new Side(actor, stance, said))));
        return sides;
    }

    /** The contradiction and reversal edges among the sides of one topic; neutral sides take part in neither. */
    static List<ActorEdge> edges(String topic, List<Side> sides) {
        return edges(topic, sides, (later, earlier) -> true);
    }

    /** As {@link #edges(String, List)}, contradictions only between the actors {@code between} accepts. */
    static List<ActorEdge> edges(String topic, List<Side> sides, BiPredicate<String, String> between) {
        if (topic.equals(SG.unclassified.getURI())) {
            return List.of();
        }
        List<ActorEdge> edges = new ArrayList<>(Contradictions.of(topic, taking(sides), between));
        edges.addAll(reversals(topic, sides));
        return edges;
    }

    /** The reversal edges of the actors of {@code sides}: who took both stances on the topic. */
    private static List<ActorEdge> reversals(String topic, List<Side> sides) {
        if (topic.equals(SG.unclassified.getURI())) {
            return List.of();
        }
        List<ActorEdge> edges = new ArrayList<>();
        Map<String, Map<Stance, Side>> byActor = new TreeMap<>();
        taking(sides).forEach(s -> byActor.computeIfAbsent(s.actor(), a -> new EnumMap<>(Stance.class))
                .put(s.stance(), s));
        byActor.forEach((actor, stances) -> {
            if (stances.containsKey(Stance.FAVOUR) && stances.containsKey(Stance.AGAINST)) {
                edges.addAll(Reversals.of(topic, stances.get(Stance.FAVOUR), stances.get(Stance.AGAINST)));
            }
        });
        return edges;
    }

    /** The sides that take a stance: neutral ones are in no edge. */
    private static List<Side> taking(List<Side> sides) {
        return sides.stream().filter(s -> s.stance() != Stance.NEUTRAL).toList();
    }
}
