package org.stancegraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancegraph.graph.Store;
import org.stancegraph.pipeline.Pipeline;

/**
 * {@code bin/stancegraph-submit} against a Spark standalone cluster, as a user submits to one: a
 * master, a worker and its executors in JVMs of their own, all on the jars of a Spark distribution
 * (Spark's own dependency tree, assembled by Maven from {@code src/test/spark-distribution}, none
 * of the versions the product pins), the product's jars shipped by spark-submit. The job's output,
 * loaded, is the database {@code build} makes of the same articles.
 */
class SparkSubmitIT {

    private static final Path DISTRIBUTION =
            Path.of("target", "spark-distribution").toAbsolutePath();
    private static final List<Process> CLUSTER = new ArrayList<>();
    private static String master;

    @TempDir
    Path work;

    @BeforeAll
    static void startCluster() throws Exception {
        assembleDistribution();
        int port = freePort();
        master = "spark://127.0.0.1:" + port;
        Path logs = Files.createDirectories(DISTRIBUTION.resolve("logs"));
        Path masterLog = logs.resolve("master.log");
        CLUSTER.add(start(
                masterLog,
                "org.apache.spark.deploy.master.Master",
                "--host",
                "127.0.0.1",
                "--port",
                String.valueOf(port),
                "--webui-port",
                String.valueOf(freePort())));
        awaitLine(masterLog, "I have been elected leader");
        CLUSTER.add(start(
                logs.resolve("worker.log"),
                "org.apache.spark.deploy.worker.Worker",
                "--host",
                "127.0.0.1",
                "--cores",
                "2",
                "--memory",
                "2g",
                "--webui-port",
                String.valueOf(freePort()),
                master));
        awaitLine(masterLog, "Registering worker");
    }

    @AfterAll
    static void stopCluster() {
        for (Process process : CLUSTER) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
        }
    }

    @Test
    void theSubmittedJobLoadedIsTheDatabaseTheCommandLineBuilds() throws Exception {
        Path out = work.resolve("out");
        Path log = work.resolve("submit.log");

        int exit = run(
                log,
                List.of(
                        "bin/stancegraph-submit",
                        "--master",
                        master,
                        "--executor-memory",
                        "1g",
                        "--",
                        "seeds",
                        "--format",
                        "text",
                        "--out",
                        out.toString()),
                Map.of(
                        "SPARK_HOME",
                        DISTRIBUTION.toString(),
                        "SPARK_JAVA_FLAGS",
                        System.getProperty("test.spark.jvm.flags")));

        String printed = Files.readString(log);
        assertEquals(0, exit, printed);
        assertTrue(printed.contains("Converted 5 articles (0 failed"), printed);
        try (Store built = Store.open(work.resolve("built"));
                Store loaded = Store.open(work.resolve("loaded"))) {
            Pipeline.builder().threads(2).build().build(built, List.of(Path.of("seeds")), outcome -> {});
            long quads = loaded.loadBulk(SparkBuild.nquadsIn(out));
            Map<String, Graph> fromBuild = SparkBuildIT.graphs(built);
            assertEquals(List.of(), SparkBuildIT.differences(fromBuild, SparkBuildIT.graphs(loaded)));
            assertEquals(built.size(), quads);
        }
    }

    /** Spark's jars as a distribution has them in {@code jars/}, once per build folder. */
    private static void assembleDistribution() throws Exception {
        Path jars = DISTRIBUTION.resolve("jars");
        if (Files.isDirectory(jars)) {
            return;
        }
        Path source = Path.of("src", "test", "spark-distribution").toAbsolutePath();
        Path log = Files.createDirectories(DISTRIBUTION).resolve("assemble.log");
        String maven =
                Path.of(System.getProperty("test.maven.home"), "bin", "mvn").toString();
        int exit = run(
                log,
                List.of(
                        maven,
                        "-B",
                        "-q",
                        "-f",
                        source.resolve("pom.xml").toString(),
                        "-Dspark.version=" + System.getProperty("test.spark.version"),
                        "dependency:copy-dependencies",
                        "-DoutputDirectory=" + jars),
                Map.of());
        assertEquals(0, exit, () -> "assembling the distribution: " + read(log));
        Files.createDirectories(DISTRIBUTION.resolve("bin"));
        Files.copy(source.resolve("bin/spark-submit"), DISTRIBUTION.resolve("bin/spark-submit"));
        DISTRIBUTION.resolve("bin/spark-submit").toFile().setExecutable(true);
        // How a distribution's launcher finds its jars folder (RELEASE beside it).
        Files.writeString(DISTRIBUTION.resolve("RELEASE"), "Spark " + System.getProperty("test.spark.version") + "\n");
    }

    /** Starts a daemon of the distribution, its output in {@code log}. */
    private static Process start(Path log, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("java", "-Xmx512m"));
        command.addAll(List.of(System.getProperty("test.spark.jvm.flags").split(" ")));
        command.addAll(List.of("-cp", DISTRIBUTION.resolve("jars") + "/*", mainClass));
        command.addAll(List.of(args));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        environment(builder, Map.of());
        return builder.start();
    }

    private static int run(Path log, List<String> command, Map<String, String> env) throws Exception {
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        environment(builder, env);
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            throw new AssertionError("still running after 10 minutes: " + command + "\n" + read(log));
        }
        return process.exitValue();
    }

    /** Cluster and driver on the loopback interface only; the launcher finds the distribution by SPARK_HOME. */
    private static void environment(ProcessBuilder builder, Map<String, String> env) {
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        builder.environment().put("SPARK_HOME", DISTRIBUTION.toString());
        builder.environment().put("SPARK_SCALA_VERSION", "2.13");
        builder.environment().putAll(env);
    }

    private static void awaitLine(Path log, String line) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (!read(log).contains(line)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no \"" + line + "\" in two minutes:\n" + read(log));
            }
            Thread.sleep(200);
        }
    }

    private static String read(Path log) {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
