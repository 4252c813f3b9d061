package org.stancegraph.export;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedWeightedPseudograph;
import org.jgrapht.graph.WeightedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;

/** A {@link Network} as a JGraphT graph, and the attributes every exporter shows of it. */
final class NetworkGraphs {

    /** The text attributes of nodes beside the label; {@link #NODE_COUNT} is their one number. */
    static final List<String> NODE_TEXT_KEYS = List.of("type", "country", "wikidata", "iri");

    static final String NODE_COUNT = "statements";

    /** The attributes of edges beside the label and weight: all text. */
    static final List<String> EDGE_TEXT_KEYS = List.of("topic", "stance", "firstDate", "lastDate", "evidence");

    private NetworkGraphs() {}

    /**
     * The network as a graph of its nodes, joined by its edges (directed or not, as the network is),
     * each edge weighted by its count: the exporters write the graph's weights, and an unweighted
     * graph gives every edge 1.
     */
    static Graph<Network.Node, Network.Edge> of(Network network) {
        Graph<Network.Node, Network.Edge> graph = network.directed()
                ? new DirectedWeightedPseudograph<>(Network.Edge.class)
                : new WeightedPseudograph<>(Network.Edge.class);
        Map<String, Network.Node> byId = new HashMap<>();
        for (Network.Node node : network.nodes()) {
            graph.addVertex(node);
            byId.put(node.id(), node);
        }
        for (Network.Edge edge : network.edges()) {
            graph.addEdge(byId.get(edge.source()), byId.get(edge.target()), edge);
            graph.setEdgeWeight(edge, edge.weight());
        }
        return graph;
    }

    /** What a node shows: label, type, country, Wikidata item, IRI, number of statements. */
    static Map<String, Attribute> nodeAttributes(Network.Node node) {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        attributes.put("label", DefaultAttribute.createAttribute(node.label()));
        putIfPresent(attributes, "type", node.type());
        putIfPresent(attributes, "country", node.country());
        putIfPresent(attributes, "wikidata", node.wikidata());
        attributes.put("iri", DefaultAttribute.createAttribute(node.iri()));
        attributes.put("statements", DefaultAttribute.createAttribute(node.statements()));
        return attributes;
    }

    /** What an edge shows beside its weight (which the exporters take from the graph): topic, stance, first and last day, evidence statements. */
    static Map<String, Attribute> edgeAttributes(Network.Edge edge) {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        putIfPresent(attributes, "label", edge.topicLabel());
        putIfPresent(attributes, "topic", edge.topic());
        putIfPresent(attributes, "stance", edge.stance());
        putIfPresent(
                attributes,
                "firstDate",
                edge.firstDate() == null ? null : edge.firstDate().toString());
        putIfPresent(
                attributes,
                "lastDate",
                edge.lastDate() == null ? null : edge.lastDate().toString());
        putIfPresent(attributes, "evidence", String.join(" ", edge.evidence()));
        return attributes;
    }

    private static void putIfPresent(Map<String, Attribute> attributes, String name, String value) {
        if (value != null && !value.isEmpty()) {
            attributes.put(name, DefaultAttribute.createAttribute(value));
        }
    }
}
