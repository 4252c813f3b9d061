package org.stancegraph.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.stancegraph.graph.AtomicFile;
import org.stancegraph.graph.RdfFormat;
import org.stancegraph.graph.RdfWriter;
import org.stancegraph.graph.Store;
import org.stancegraph.pipeline.BuildResult;
import org.stancegraph.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code convert}: articles to an RDF file, without a database. */
@Command(
        name = "convert",
        mixinStandardHelpOptions = true,
        description = "Convert articles to an RDF file (named graphs per article, plus the ontology and registry).")
final class ConvertCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Mixin
    CodebookOptions codebooks;

    @Mixin
    CommonOptions common;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "FILE",
            description = "The file to write; - for standard output (this message then goes to standard error).")
    Path out;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "trig, nq, ttl, jsonld or rdfxml. Default: from the file extension, else trig.")
    String format;

    @Override
    public Integer call() {
        RdfFormat rdfFormat = chosenFormat();
        Pipeline pipeline = codebooks.pipeline();
        PrintWriter err = spec.commandLine().getErr();
        try (Store memory = Store.inMemory()) {
            BuildResult result = OutcomeReporter.reporting(
                    err, common.debug, "convert", reporter -> pipeline.build(memory, input.orSeeds(), reporter));
            result.violations().forEach(v -> err.println("invalid: " + v));
            if (result.summary().articles() == 0) {
                err.println("Nothing converted: " + out + " is left as it was.");
                return ExitCodes.SOME_FAILED;
            }
            RdfWriter.write(memory.dataset(), rdfFormat, out);
            (AtomicFile.isStandardOutput(out) ? err : spec.commandLine().getOut())
                    .printf(
                            "Wrote %s: %d articles, %d statements, %d failed.%n",
                            out,
                            result.summary().articles(),
                            result.summary().statements(),
                            result.summary().failed());
            return result.clean() ? ExitCodes.OK : ExitCodes.SOME_FAILED;
        } catch (UncheckedIOException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private RdfFormat chosenFormat() {
        if (format != null) {
            return RdfFormat.named(format)
                    .orElseThrow(() -> new UsageException(
                            "unknown format \"" + format + "\" (expected " + RdfFormat.names() + ")"));
        }
        String file = out.getFileName().toString();
        String extension = file.contains(".") ? file.substring(file.lastIndexOf('.') + 1) : "";
        return RdfFormat.named(extension).orElse(RdfFormat.TRIG);
    }
}
