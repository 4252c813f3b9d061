package org.stancegraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code stancegraph-spark} as a user runs it: a mistake is one line, with no stack trace. */
class SparkBuildCommandIT {

    @TempDir
    Path work;

    private record Run(int exit, String err) {}

    private static Run run(String... args) {
        StringWriter err = new StringWriter();
        CommandLine command = SparkBuildCommand.commandLine();
        command.setErr(new PrintWriter(err, true));
        command.setOut(new PrintWriter(new StringWriter(), true));
        return new Run(command.execute(args), err.toString());
    }

    @Test
    void aMissingInputIsOneLineAndWritesNothing() {
        Path out = work.resolve("out");

        Run run = run(work.resolve("nothing-here.jsonl").toString(), "--out", out.toString(), "--master", "local[1]");

        assertEquals(2, run.exit());
        assertTrue(run.err().contains("nothing-here.jsonl") && run.err().contains("does not exist"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @Test
    void anUnreadableCodebookIsOneLine() {
        Run run = run(
                "articles.jsonl",
                "--out",
                work.resolve("out").toString(),
                "--topics",
                work.resolve("no-topics.ttl").toString());

        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("stancegraph-spark: cannot read the codebook"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @Test
    void anExistingOutputFolderIsRefused() throws Exception {
        Files.createDirectories(work.resolve("out"));

        Run run = run("articles.jsonl", "--out", work.resolve("out").toString());

        assertEquals(2, run.exit());
        assertTrue(run.err().contains("exists: give a new --out folder"), run.err());
    }
}
