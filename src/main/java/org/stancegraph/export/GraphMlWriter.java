package org.stancegraph.export;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.jgrapht.nio.AttributeType;
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
        exporter.setExportEdgeWeights(true);
        exporter.setEdgeWeightAttributeName("weight");
        NetworkGraphs.NODE_TEXT_KEYS.forEach(
                key -> exporter.registerAttribute(key, AttributeCategory.NODE, AttributeType.STRING));
        exporter.registerAttribute(NetworkGraphs.NODE_COUNT, AttributeCategory.NODE, AttributeType.INT);
        NetworkGraphs.EDGE_TEXT_KEYS.forEach(
                key -> exporter.registerAttribute(key, AttributeCategory.EDGE, AttributeType.STRING));
        exporter.setVertexAttributeProvider(NetworkGraphs::nodeAttributes);
        exporter.setEdgeAttributeProvider(NetworkGraphs::edgeAttributes);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        exporter.exportGraph(NetworkGraphs.of(network), writer);
    }
}
