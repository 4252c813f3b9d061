package org.stancegraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.stancegraph.graph.AtomicFile;

/** {@code nodes.csv} and {@code edges.csv} in a folder, with Commons CSV: the form Gephi's spreadsheet import reads. */
final class CsvWriter {

    private CsvWriter() {}

    static void write(Network network, Path folder) {
        AtomicFile.write(folder.resolve("nodes.csv"), out -> nodes(network, out));
        AtomicFile.write(folder.resolve("edges.csv"), out -> edges(network, out));
    }

    private static void nodes(Network network, OutputStream out) throws IOException {
        try (CSVPrinter csv = printer(out, "Id", "Label", "iri", "type", "country", "wikidata", "statements")) {
            for (Network.Node node : network.nodes()) {
                csv.printRecord(
                        node.id(),
                        node.label(),
                        node.iri(),
                        node.type(),
                        node.country(),
                        node.wikidata(),
                        node.statements());
            }
        }
    }

    private static void edges(Network network, OutputStream out) throws IOException {
        try (CSVPrinter csv = printer(
                out,
                "Source",
                "Target",
                "Type",
                "Label",
                "topic",
                "stance",
                "Weight",
                "firstDate",
                "lastDate",
                "evidence")) {
            for (Network.Edge edge : network.edges()) {
                csv.printRecord(
                        edge.source(),
                        edge.target(),
                        network.directed() ? "Directed" : "Undirected",
                        edge.topicLabel(),
                        edge.topic(),
                        edge.stance(),
                        edge.weight(),
                        edge.firstDate(),
                        edge.lastDate(),
                        String.join(" ", edge.evidence()));
            }
        }
    }

    private static CSVPrinter printer(OutputStream out, String... header) throws IOException {
        return CSVFormat.RFC4180
                .builder()
                .setHeader(header)
                .get()
                .print(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }
}
