package org.stancegraph.export;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;

/**
 * Graphviz DOT through JGraphT's exporter: nodes named by their labels, edges labelled with their
 * topic and weight, coloured by stance (favour green, against red, neutral grey), thicker with weight.
 */
final class DotWriter {

    private static final Map<String, String> COLOURS = Map.of(
            "favour", "forestgreen",
            "against", "firebrick",
            "neutral", "gray50");

    private DotWriter() {}

    static void write(Network network, OutputStream out) {
        DOTExporter<Network.Node, Network.Edge> exporter = new DOTExporter<>(node -> "\"" + node.id() + "\"");
        exporter.setGraphIdProvider(() -> network.kind().replace('-', '_'));
        exporter.setVertexAttributeProvider(node -> {
            Map<String, Attribute> attributes = new LinkedHashMap<>();
            attributes.put("label", DefaultAttribute.createAttribute(node.label()));
            attributes.put("shape", DefaultAttribute.createAttribute("Topic".equals(node.type()) ? "box" : "ellipse"));
            return attributes;
        });
        exporter.setEdgeAttributeProvider(edge -> {
            Map<String, Attribute> attributes = new LinkedHashMap<>();
            String topic = edge.topicLabel() == null ? "" : edge.topicLabel();
            attributes.put("label", DefaultAttribute.createAttribute(topic + " (" + edge.weight() + ")"));
            attributes.put("color", DefaultAttribute.createAttribute(COLOURS.getOrDefault(edge.stance(), "black")));
            attributes.put("penwidth", DefaultAttribute.createAttribute(1 + Math.log(edge.weight()) / Math.log(2)));
            return attributes;
        });
        exporter.exportGraph(NetworkGraphs.of(network), new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }
}
