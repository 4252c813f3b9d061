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
        exporter.registerAttribute("type", AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("country", AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("wikidata", AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("iri", AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("statements", AttributeCategory.NODE, AttributeType.INT);
        exporter.registerAttribute("topic", AttributeCategory.EDGE, AttributeType.STRING);
        exporter.registerAttribute("stance", AttributeCategory.EDGE, AttributeType.STRING);
        exporter.registerAttribute("firstDate", AttributeCategory.EDGE, AttributeType.STRING);
        exporter.registerAttribute("lastDate", AttributeCategory.EDGE, AttributeType.STRING);
        exporter.registerAttribute("evidence", AttributeCategory.EDGE, AttributeType.STRING);
        exporter.setVertexAttributeProvider(NetworkGraphs::nodeAttributes);
        exporter.setEdgeAttributeProvider(NetworkGraphs::edgeAttributes);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        exporter.exportGraph(NetworkGraphs.of(network), writer);
    }
}
