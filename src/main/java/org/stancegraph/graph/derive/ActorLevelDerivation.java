package org.stancegraph.graph.derive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
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
 * ActorLevelDerivation.derive(dataset, topic, triple -> topicGraph.add(triple));   // within a transaction
 * }</pre>
 */
public final class ActorLevelDerivation {

    private ActorLevelDerivation() {}

    /** Hands every triple derived from {@code dataset}'s statements on {@code topic} to {@code out}; call within a transaction. */
    public static void derive(Dataset dataset, String topic, Consumer<Triple> out) {
        List<Utterance> utterances = Utterances.of(read(dataset, topic));
        List<Side> sides = sides(utterances);
        utterances.forEach(u -> DerivedTriples.utterance(u, out));
        sides.forEach(side -> DerivedTriples.position(Position.of(topic, side), out));
        edges(topic, sides).forEach(e -> DerivedTriples.edge(e, out));
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
        if (topic.equals(SG.unclassified.getURI())) {
            return List.of();
        }
        List<Side> taking =
                sides.stream().filter(s -> s.stance() != Stance.NEUTRAL).toList();
        List<ActorEdge> edges = new ArrayList<>(Contradictions.of(topic, taking));
        Map<String, Map<Stance, Side>> byActor = new TreeMap<>();
        taking.forEach(s -> byActor.computeIfAbsent(s.actor(), a -> new EnumMap<>(Stance.class))
                .put(s.stance(), s));
        byActor.forEach((actor, stances) -> {
            if (stances.containsKey(Stance.FAVOUR) && stances.containsKey(Stance.AGAINST)) {
                edges.addAll(Reversals.of(topic, stances.get(Stance.FAVOUR), stances.get(Stance.AGAINST)));
            }
        });
        return edges;
    }

    private static List<Said> read(Dataset dataset, String topic) {
        String sparql = SparqlCatalog.shipped().text(SparqlFile.Kind.LOOKUP, "statement-facts");
        Map<String, Said> statements = new LinkedHashMap<>();
        Map<String, Set<String>> answers = new LinkedHashMap<>();
        try (QueryExecution execution = QueryExecution.dataset(dataset)
                .query(sparql)
                .substitution("topic", ResourceFactory.createResource(topic))
                .build()) {
            execution.execSelect().forEachRemaining(row -> {
                String statement = row.getResource("statement").getURI();
                Set<String> answered = answers.computeIfAbsent(statement, s -> new HashSet<>());
                if (row.contains("respondsTo")) {
                    answered.add(row.getResource("respondsTo").getURI());
                }
                statements.computeIfAbsent(statement, s -> said(row, s, topic));
            });
        }
        List<Said> result = new ArrayList<>(statements.size());
        statements.forEach((iri, s) -> result.add(new Said(
                s.statement(),
                s.speaker(),
                s.topic(),
                s.stance(),
                s.day(),
                s.article(),
                s.published(),
                s.quoteWords(),
                answers.get(iri))));
        return result;
    }

    private static Said said(QuerySolution row, String statement, String topic) {
        return new Said(
                statement,
                row.getResource("speaker").getURI(),
                topic,
                Stance.valueOf(row.getResource("stance").getLocalName().toUpperCase(Locale.ROOT)),
                day(row.get("day")),
                row.getResource("article").getURI(),
                day(row.get("published")),
                Said.words(row.contains("quote") ? row.getLiteral("quote").getString() : null),
                Set.of());
    }

    private static LocalDate day(RDFNode node) {
        if (node == null || !node.isLiteral()) {
            return null;
        }
        String lexical = node.asLiteral().getLexicalForm();
        return lexical.length() >= 10 ? LocalDate.parse(lexical.substring(0, 10)) : null;
    }
}
