package org.stancegraph.export;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;

/**
 * GraphML through JGraphT's exporter, with a typed key for every attribute and a plain
 * {@code label} key, which Gephi, Cytoscape and yEd all show as the node's name.
 */
final class GraphMlWriter {

    private GraphMlWriter() {}

    static void write(Network network, OutputStream out) {
        GraphMLExporter<Network.Node, Network.Edge> exporter = new GraphMLExporter<>(Network.Node::id);
        exporter.setExportVertexLabels(true);
        exporter.setVertexLabelAttributeName("label");
        exporter.setExportEdgeLabels(true);
        exporter.setEdgeLabelAttributeName("label");
        // The weight is an attribute of its own, not JGraphT's weight export: that one leaves out
        // weights equal to its key's default (1.0), which networkx then reads as no weight at all.
        // The name JGraphT reserves for its own (unexported) weight moves aside for ours.
        exporter.setEdgeWeightAttributeName("jgrapht.weight");
        exporter.registerAttribute("weight", AttributeCategory.EDGE, AttributeType.DOUBLE);
        NetworkGraphs.NODE_TEXT_KEYS.forEach(
                key -> exporter.registerAttribute(key, AttributeCategory.NODE, AttributeType.STRING));
        exporter.registerAttribute(NetworkGraphs.NODE_COUNT, AttributeCategory.NODE, AttributeType.INT);
        NetworkGraphs.EDGE_TEXT_KEYS.forEach(
                key -> exporter.registerAttribute(key, AttributeCategory.EDGE, AttributeType.STRING));
        exporter.setVertexAttributeProvider(NetworkGraphs::nodeAttributes);
        exporter.setEdgeAttributeProvider(edge -> {
            Map<String, Attribute> attributes = NetworkGraphs.edgeAttributes(edge);
            attributes.put("weight", DefaultAttribute.createAttribute((double) edge.weight()));
            return attributes;
        });
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        exporter.exportGraph(NetworkGraphs.of(network), writer);
    }
}
