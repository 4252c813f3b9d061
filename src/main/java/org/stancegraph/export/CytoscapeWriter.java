package org.stancegraph.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Cytoscape.js JSON ({@code {"elements": {"nodes": [{"data": …}], "edges": [{"data": …}]}}}),
 * which Cytoscape desktop imports too; written with Jackson, as JGraphT has no such format.
 */
final class CytoscapeWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CytoscapeWriter() {}

    static void write(Network network, OutputStream out) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.putObject("data").put("name", network.kind()).put("directed", network.directed());
        ObjectNode elements = root.putObject("elements");
        ArrayNode nodes = elements.putArray("nodes");
        for (Network.Node node : network.nodes()) {
            ObjectNode data = nodes.addObject()
                    .putObject("data")
                    .put("id", node.id())
                    .put("iri", node.iri())
                    .put("label", node.label())
                    .put("name", node.label())
                    .put("type", node.type())
                    .put("statements", node.statements());
            putIfPresent(data, "country", node.country());
            putIfPresent(data, "wikidata", node.wikidata());
        }
        ArrayNode edges = elements.putArray("edges");
        int index = 0;
        for (Network.Edge edge : network.edges()) {
            ObjectNode data = edges.addObject()
                    .putObject("data")
                    .put("id", "e" + index++)
                    .put("source", edge.source())
                    .put("target", edge.target())
                    .put("weight", edge.weight());
            putIfPresent(data, "topic", edge.topic());
            putIfPresent(data, "topicLabel", edge.topicLabel());
            putIfPresent(data, "stance", edge.stance());
            putIfPresent(
                    data,
                    "firstDate",
                    edge.firstDate() == null ? null : edge.firstDate().toString());
            putIfPresent(
                    data,
                    "lastDate",
                    edge.lastDate() == null ? null : edge.lastDate().toString());
            edge.evidence().forEach(data.putArray("evidence")::add);
        }
        JSON.writerWithDefaultPrettyPrinter().writeValue(out, root);
    }

    private static void putIfPresent(ObjectNode data, String name, String value) {
        if (value != null) {
            data.put(name, value);
        }
    }
}
