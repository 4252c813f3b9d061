package org.stancegraph.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A network to export: actor (and topic) nodes and weighted, dated edges with their evidence.
 *
 * @param directed whether an edge goes from its source to its target (a contradiction) or joins
 *     them both ways (an agreement)
 */
public record Network(String kind, boolean directed, List<Node> nodes, List<Edge> edges) {

    /**
     * A node: an actor or a topic, with what visualizers show of it. Its {@code id} is a short,
     * XML-safe name ("actor:olaf-scholz"), its {@code iri} the full one.
     */
    public record Node(
            String id, String iri, String label, String type, String country, String wikidata, int statements) {
        public Node {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(iri, "iri");
            label = label == null ? id : label;
        }
    }

    /** An edge: its ends (node ids), topic (IRI) and stance, weight, dates (null when unknown) and evidence statements. */
    public record Edge(
            String source,
            String target,
            String topic,
            String topicLabel,
            String stance,
            int weight,
            LocalDate firstDate,
            LocalDate lastDate,
            List<String> evidence) {
        public Edge {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(target, "target");
            evidence = List.copyOf(evidence);
        }
    }

    public Network {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }
}
