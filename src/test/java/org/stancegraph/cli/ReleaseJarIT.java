package org.stancegraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The release, {@code target/stancegraph-all.jar}, run as a user without the sources would: {@code java -jar}. */
class ReleaseJarIT {

    private static final Path JAR = Path.of("target", "stancegraph-all.jar");

    @TempDir
    Path dir;

    private record Result(int exit, String out) {}

    private Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), out);
    }

    @Test
    void theJarReportsThePomsVersion() throws Exception {
        Result version = run("-V");
        assertEquals(0, version.exit(), version.out());
        assertEquals(
                "stancegraph " + System.getProperty("project.version"),
                version.out().strip());
    }

    @Test
    void theJarAloneConvertsAnArticle() throws Exception {
        Path article = Files.writeString(
                dir.resolve("article.txt"),
                "Minister rejects plan\n\nThe Danish minister Ines Varnholt said on Monday that she rejects the plan.\n");
        Result convert = run("convert", article.toString(), "--out", "graph.nq");
        assertEquals(0, convert.exit(), convert.out());
        Dataset graph = DatasetFactory.create();
        RDFParser.source(dir.resolve("graph.nq")).lang(Lang.NQUADS).parse(graph);
        assertTrue(graph.asDatasetGraph().stream().count() > 10, "the statement's quads");
    }
}
