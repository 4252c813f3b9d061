package org.stancegraph.export;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;

/**
 * Graphviz DOT through JGraphT's exporter, laid out to fit a page: left to right, parallel edges
 * merged, scaled into 10 × 7.5 inches. Nodes are named by their labels (topics boxed); edges are
 * coloured by stance (favour green, against red, neutral grey), thicker with weight, labelled with
 * their weight, and with their topic only when the network spans several. The graph's label is
 * the legend.
 */
final class DotWriter {

    private static final Map<String, String> COLOURS = Map.of(
            "favour", "forestgreen",
            "against", "firebrick",
            "neutral", "gray50");

    private DotWriter() {}

    static void write(Network network, OutputStream out) {
        Set<String> topics = new TreeSet<>();
        network.edges().forEach(edge -> topics.add(edge.topicLabel() == null ? "" : edge.topicLabel()));
        boolean oneTopic = topics.size() <= 1;
        DOTExporter<Network.Node, Network.Edge> exporter = new DOTExporter<>(node -> "\"" + node.id() + "\"");
        exporter.setGraphIdProvider(() -> network.kind().replace('-', '_'));
        exporter.setGraphAttributeProvider(() -> {
            Map<String, Attribute> attributes = new LinkedHashMap<>();
            attributes.put("rankdir", DefaultAttribute.createAttribute("LR"));
            attributes.put("concentrate", DefaultAttribute.createAttribute("true"));
            attributes.put("size", quoted("10,7.5"));
            attributes.put("ratio", DefaultAttribute.createAttribute("compress"));
            attributes.put("fontname", DefaultAttribute.createAttribute("Helvetica"));
            attributes.put("labelloc", DefaultAttribute.createAttribute("b"));
            attributes.put("label", quoted(legend(network, oneTopic ? topics : Set.of())));
            return attributes;
        });
        exporter.setVertexAttributeProvider(node -> {
            Map<String, Attribute> attributes = new LinkedHashMap<>();
            attributes.put("label", DefaultAttribute.createAttribute(node.label()));
            attributes.put("shape", DefaultAttribute.createAttribute("Topic".equals(node.type()) ? "box" : "ellipse"));
            attributes.put("fontname", DefaultAttribute.createAttribute("Helvetica"));
            return attributes;
        });
        exporter.setEdgeAttributeProvider(edge -> {
            Map<String, Attribute> attributes = new LinkedHashMap<>();
            String weight = Integer.toString(edge.weight());
            String label = oneTopic || edge.topicLabel() == null ? weight : edge.topicLabel() + " (" + weight + ")";
            attributes.put("label", DefaultAttribute.createAttribute(label));
            attributes.put("color", DefaultAttribute.createAttribute(COLOURS.getOrDefault(edge.stance(), "black")));
            attributes.put("penwidth", DefaultAttribute.createAttribute(1 + Math.log(edge.weight()) / Math.log(2)));
            attributes.put("fontname", DefaultAttribute.createAttribute("Helvetica"));
            return attributes;
        });
        exporter.exportGraph(NetworkGraphs.of(network), new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    /** A graph attribute's value as a DOT string: JGraphT writes graph attributes as they are given. */
    private static Attribute quoted(String value) {
        return DefaultAttribute.createAttribute(
                "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
    }

    /** What the picture shows, in one line under it; the topic when there is one. */
    static String legend(Network network, Set<String> topic) {
        String kind =
                switch (network.kind()) {
                    case "conflict" -> "Who contradicted whom (arrow: from the one who contradicted)";
                    case "congruence" -> "Who took the same stance";
                    default -> "Actors and the topics they spoke on";
                };
        String on = topic.isEmpty() || topic.contains("")
                ? ""
                : " on " + topic.iterator().next();
        String counted = network.kind().equals("actor-topic") ? "utterances" : "utterance pairs";
        return kind + on + ". Green: in favour, red: against, grey: neutral; width and number: " + counted + ".";
    }
}
