package org.stancegraph.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.riot.RDFFormat;
import org.stancegraph.graph.Converter;
import org.stancegraph.graph.GraphBuilder;
import org.stancegraph.graph.RdfFiles;
import org.stancegraph.graph.Store;
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

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    Path out;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "trig, nq, ttl or jsonld. Default: from the file extension, else trig.")
    String format;

    @Override
    public Integer call() {
        RDFFormat rdfFormat = chosenFormat();
        GraphBuilder builder = new GraphBuilder(codebooks.load());
        PrintWriter err = spec.commandLine().getErr();
        try (Store memory = Store.inMemory()) {
            Converter.Summary summary = BuildCommand.build(builder, memory, input.orSeeds(), err, common.debug);
            memory.read(dataset -> {
                RdfFiles.write(dataset, out, rdfFormat);
                return null;
            });
            spec.commandLine()
                    .getOut()
                    .printf(
                            "Wrote %s: %d articles, %d statements, %d failed.%n",
                            out, summary.articles(), summary.statements(), summary.failed());
            return summary.failed() > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
        } catch (UncheckedIOException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private RDFFormat chosenFormat() {
        String name = format;
        if (name == null) {
            String file = out.getFileName().toString();
            String extension = file.contains(".") ? file.substring(file.lastIndexOf('.') + 1) : "trig";
            name = RdfFiles.format(extension) == null ? "trig" : extension;
        }
        RDFFormat chosen = RdfFiles.format(name);
        if (chosen == null) {
            throw new UsageException("unknown format \"" + name + "\" (expected trig, nq, ttl or jsonld)");
        }
        return chosen;
    }
}
