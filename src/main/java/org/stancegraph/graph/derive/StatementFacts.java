package org.stancegraph.graph.derive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.stancegraph.model.Stance;
import org.stancegraph.vocab.SG;

/**
 * What derivation reads of the statements of one article's graph: speaker, topic, stance, the day
 * the text gives (only when it gives a day), the article and its publication day, the quote's
 * words and the actors answered. Read by index lookups on the graph, which is the article's alone:
 * a statement and its article are described in the same graph.
 */
final class StatementFacts {

    private StatementFacts() {}

    /** The statements of {@code articleGraph}, as derivation sees them. */
    static List<Said> in(Graph articleGraph) {
        List<Said> facts = new ArrayList<>();
        articleGraph.find(Node.ANY, RDF.type.asNode(), SG.Statement.asNode()).forEachRemaining(typed -> {
            Node statement = typed.getSubject();
            Optional<Node> speaker = object(articleGraph, statement, SG.speaker);
            Optional<Node> topic = object(articleGraph, statement, SG.topic);
            Optional<Node> stance = object(articleGraph, statement, SG.stance);
            Optional<Node> article = object(articleGraph, statement, SG.reportedIn);
            if (speaker.isEmpty() || topic.isEmpty() || stance.isEmpty() || article.isEmpty()) {
                return; // not a statement derivation can use (the shapes report it)
            }
            boolean saidOnADay = articleGraph.contains(statement, SG.dateGranularity.asNode(), SG.day.asNode());
            Set<String> answered = new HashSet<>();
            articleGraph
                    .find(statement, SG.respondsTo.asNode(), Node.ANY)
                    .forEachRemaining(t -> answered.add(t.getObject().getURI()));
            facts.add(new Said(
                    statement.getURI(),
                    speaker.get().getURI(),
                    topic.get().getURI(),
                    Stance.valueOf(stance.get().getLocalName().toUpperCase(Locale.ROOT)),
                    saidOnADay
                            ? object(articleGraph, statement, SG.dateSaid)
                                    .map(StatementFacts::day)
                                    .orElse(null)
                            : null,
                    article.get().getURI(),
                    object(articleGraph, article.get(), SchemaDO.datePublished)
                            .map(StatementFacts::day)
                            .orElse(null),
                    Said.words(object(articleGraph, statement, SG.quote)
                            .map(Node::getLiteralLexicalForm)
                            .orElse(null)),
                    answered));
        });
        return facts;
    }

    private static Optional<Node> object(Graph graph, Node subject, Property property) {
        var found = graph.find(subject, property.asNode(), Node.ANY);
        try {
            return found.hasNext() ? Optional.of(found.next().getObject()) : Optional.empty();
        } finally {
            found.close();
        }
    }

    /** The day of a date or date-time literal; {@code null} for anything else. */
    private static LocalDate day(Node node) {
        if (!node.isLiteral()) {
            return null;
        }
        String lexical = node.getLiteralLexicalForm();
        return lexical.length() >= 10 ? LocalDate.parse(lexical.substring(0, 10)) : null;
    }
}
