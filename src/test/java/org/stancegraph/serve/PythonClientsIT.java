package org.stancegraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancegraph.SeedCorpus;
import org.stancegraph.export.NetworkFilter;
import org.stancegraph.export.NetworkFormat;
import org.stancegraph.export.NetworkKind;
import org.stancegraph.export.NetworkReader;
import org.stancegraph.graph.Store;

/**
 * The clients researchers use, as they use them: networkx reads our GraphML and GEXF and finds the
 * weights the CSV of the same network has; pandas reads a named query's CSV straight from its URL.
 * Runs Debian's Python with python3-networkx and python3-pandas ({@code .ci/run} installs them when
 * it can); skipped, with the reason, without them.
 */
class PythonClientsIT {

    private static final Path PYTHON = Path.of("/usr/bin/python3");

    @TempDir
    static Path dir;

    static Store store;
    static StancegraphServer server;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(
                Files.isExecutable(PYTHON) && python("import networkx, pandas").exit() == 0,
                "Python client tests skipped: install Debian's python3-networkx and python3-pandas to run them");
        store = Store.open(dir.resolve("db"));
        SeedCorpus.buildInto(store);
        server = StancegraphServer.start(store, ServerSettings.defaults(0));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
        if (store != null) {
            store.close();
        }
    }

    private record Result(int exit, String out) {}

    private static Result python(String script, String... args) throws IOException, InterruptedException {
        var command = new java.util.ArrayList<>(java.util.List.of(PYTHON.toString(), "-c", script));
        command.addAll(java.util.List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        return new Result(process.waitFor(), out);
    }

    @Test
    void networkxReadsTheWeightsTheCsvHas() throws Exception {
        var network = new NetworkReader(store.dataset()).read(NetworkKind.CONFLICT, NetworkFilter.none());
        NetworkFormat.CSV.write(network, dir.resolve("csv"));
        NetworkFormat.GRAPHML.write(network, dir.resolve("conflict.graphml"));
        NetworkFormat.GEXF.write(network, dir.resolve("conflict.gexf"));
        String script =
                """
                import sys, csv, networkx as nx
                with open(sys.argv[1]) as f:
                    expected = sorted(float(row["Weight"]) for row in csv.DictReader(f))
                for graph in (nx.read_graphml(sys.argv[2]), nx.read_gexf(sys.argv[3])):
                    weights = sorted(float(w) for _, _, w in graph.edges(data="weight"))
                    assert weights == expected, (weights, expected)
                assert max(expected) > 1, expected
                print(len(expected))
                """;
        Result result = python(
                script,
                dir.resolve("csv/edges.csv").toString(),
                dir.resolve("conflict.graphml").toString(),
                dir.resolve("conflict.gexf").toString());
        assertEquals(0, result.exit(), result.out());
        assertEquals(Integer.toString(network.edges().size()), result.out());
    }

    @Test
    void pandasReadsANamedQueryFromItsUrl() throws Exception {
        String url = server.datasetUrl() + "/queries/who-contradicted-whom?format=csv";
        Result result = python(
                "import sys, pandas; t = pandas.read_csv(sys.argv[1]); "
                        + "print(len(t), len(t.drop_duplicates(['contradictor', 'contradicted', 'topic'])))",
                url);
        assertEquals(0, result.exit(), result.out());
        String[] counts = result.out().split(" ");
        assertEquals(counts[0], counts[1], "one row per pair and topic");
        var edges = new NetworkReader(store.dataset()).read(NetworkKind.CONFLICT, NetworkFilter.none());
        assertEquals(Integer.toString(edges.edges().size()), counts[0]);
    }
}
