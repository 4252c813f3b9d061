package org.stancegraph.graph.derive;

import java.time.LocalDate;
import java.util.ArrayList;
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
import org.stancegraph.bundle.SparqlCatalog;
import org.stancegraph.bundle.SparqlFile;
import org.stancegraph.model.Stance;
import org.stancegraph.vocab.SG;

/**
 * Derives what the graph says at the level of actors from its statements: utterances (one node
 * per act of speaking, its reports pointing to it), and per topic the contradiction, agreement and
 * reversal edges between actors, each with counts, days and a few statement pairs as evidence. The
 * output grows with utterances and with pairs of actors, never with pairs of statements.
 *
 * <pre>{@code
 * ActorLevelDerivation.derive(dataset, triple -> derivedGraph.add(triple));   // within a transaction
 * }</pre>
 */
public final class ActorLevelDerivation {

    /** What was derived: the utterances and the actor edges. */
    record Derived(List<Utterance> utterances, List<ActorEdge> edges) {}

    private ActorLevelDerivation() {}

    /** Hands every derived triple of {@code dataset}'s statements to {@code out}; call within a transaction. */
    public static void derive(Dataset dataset, Consumer<Triple> out) {
        Derived derived = derived(dataset);
        derived.utterances().forEach(u -> DerivedTriples.utterance(u, out));
        derived.edges().forEach(e -> DerivedTriples.edge(e, out));
    }

    /** The utterances and edges of {@code dataset}'s statements. */
    static Derived derived(Dataset dataset) {
        List<Utterance> utterances = Utterances.of(read(dataset));
        Map<String, Map<String, Map<Stance, List<Utterance>>>> byTopic = new TreeMap<>();
        for (Utterance u : utterances) {
            Said first = u.first();
            if (first.topic().equals(SG.unclassified.getURI()) || first.stance() == Stance.NEUTRAL) {
                continue;
            }
            byTopic.computeIfAbsent(first.topic(), t -> new TreeMap<>())
                    .computeIfAbsent(first.speaker(), s -> new LinkedHashMap<>())
                    .computeIfAbsent(first.stance(), s -> new ArrayList<>())
                    .add(u);
        }
        List<ActorEdge> edges = new ArrayList<>();
        byTopic.forEach((topic, actors) -> {
            List<Side> sides = new ArrayList<>();
            actors.forEach(
                    (actor, stances) -> stances.forEach((stance, said) -> sides.add(new Side(actor, stance, said))));
            edges.addAll(Contradictions.of(topic, sides));
            edges.addAll(Agreements.of(topic, sides));
            actors.forEach((actor, stances) -> {
                if (stances.containsKey(Stance.FAVOUR) && stances.containsKey(Stance.AGAINST)) {
                    edges.addAll(Reversals.of(
                            topic,
                            new Side(actor, Stance.FAVOUR, stances.get(Stance.FAVOUR)),
                            new Side(actor, Stance.AGAINST, stances.get(Stance.AGAINST))));
                }
            });
        });
        return new Derived(utterances, edges);
    }

    private static List<Said> read(Dataset dataset) {
        String sparql = SparqlCatalog.shipped().text(SparqlFile.Kind.LOOKUP, "statement-facts");
        Map<String, Said> statements = new LinkedHashMap<>();
        Map<String, Set<String>> answers = new LinkedHashMap<>();
        try (QueryExecution execution =
                QueryExecution.dataset(dataset).query(sparql).build()) {
            execution.execSelect().forEachRemaining(row -> {
                String statement = row.getResource("statement").getURI();
                Set<String> answered = answers.computeIfAbsent(statement, s -> new HashSet<>());
                if (row.contains("respondsTo")) {
                    answered.add(row.getResource("respondsTo").getURI());
                }
                statements.computeIfAbsent(statement, s -> said(row, s));
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

    private static Said said(QuerySolution row, String statement) {
        return new Said(
                statement,
                row.getResource("speaker").getURI(),
                row.getResource("topic").getURI(),
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
