package org.stancegraph.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.stancegraph.export.Network;
import org.stancegraph.export.NetworkFilter;
import org.stancegraph.export.NetworkFormat;
import org.stancegraph.export.NetworkKind;
import org.stancegraph.export.NetworkReader;
import org.stancegraph.graph.AtomicFile;
import org.stancegraph.graph.RdfFormat;
import org.stancegraph.graph.RdfWriter;
import org.stancegraph.graph.Store;
import org.stancegraph.query.TermResolver;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code export}: a network for graph visualizers, or the whole graph in an RDF syntax. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Export a network (GraphML, GEXF, Cytoscape.js JSON, DOT, CSV) or the graph as RDF.")
final class ExportCommand implements Callable<Integer> {

    static final class What {
        @Option(names = "--network", paramLabel = "KIND", description = "conflict, congruence or actor-topic")
        String network;

        @Option(names = "--rdf", paramLabel = "SYNTAX", description = "ttl, trig, nq, jsonld or rdfxml")
        String rdf;
    }

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    What what;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "For a network: graphml, gexf, cyjs, dot or csv (a folder). Default: ${DEFAULT-VALUE}")
    String format = "graphml";

    @Option(
            names = "--out",
            required = true,
            paramLabel = "FILE",
            description = "The file to write (for csv, a folder); - for standard output (this message then goes to"
                    + " standard error).")
    Path out;

    @Option(names = "--topic", paramLabel = "TOPIC", description = "Only edges on this topic (IRI or label).")
    String topic;

    @Option(names = "--from", paramLabel = "DATE", description = "Only edges on or after this day (YYYY-MM-DD).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only edges on or before this day (YYYY-MM-DD).")
    String to;

    @Option(
            names = "--min-weight",
            paramLabel = "N",
            description = "Only edges of at least this weight. Default: ${DEFAULT-VALUE}")
    int minWeight = 1;

    @Mixin
    DataOptions data;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        try (Store store = data.open(spec.commandLine().getErr())) {
            if (what.rdf != null) {
                RdfFormat syntax = RdfFormat.named(what.rdf)
                        .orElseThrow(() -> new UsageException(
                                "unknown RDF syntax \"" + what.rdf + "\" (expected " + RdfFormat.names() + ")"));
                RdfWriter.write(store.dataset(), syntax, out);
                report().println("Wrote " + out + " (" + syntax.title() + ").");
                return ExitCodes.OK;
            }
            NetworkKind kind = NetworkKind.named(what.network);
            NetworkFormat networkFormat = NetworkFormat.named(format);
            if (kind == null) {
                throw new UsageException(
                        "unknown network \"" + what.network + "\" (expected conflict, congruence or actor-topic)");
            }
            if (networkFormat == null) {
                throw new UsageException(
                        "unknown format \"" + format + "\" (expected graphml, gexf, cyjs, dot or csv)");
            }
            if (networkFormat == NetworkFormat.CSV && AtomicFile.isStandardOutput(out)) {
                throw new UsageException("csv writes two files, nodes.csv and edges.csv: give --out a folder");
            }
            Network network = new NetworkReader(store.dataset()).read(kind, filter(store));
            networkFormat.write(network, out);
            report().printf(
                            "Wrote %s: the %s network, %d nodes, %d edges.%n",
                            out,
                            kind.label(),
                            network.nodes().size(),
                            network.edges().size());
            return ExitCodes.OK;
        } catch (UncheckedIOException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** Where the closing message goes: standard output, unless the data goes there. */
    private PrintWriter report() {
        return AtomicFile.isStandardOutput(out)
                ? spec.commandLine().getErr()
                : spec.commandLine().getOut();
    }

    private NetworkFilter filter(Store store) {
        String topicIri = null;
        if (topic != null) {
            topicIri = new TermResolver(store.dataset())
                    .resolve(TermResolver.Kind.TOPIC, topic)
                    .getURI();
        }
        return new NetworkFilter(topicIri, date("--from", from), date("--to", to), minWeight);
    }

    private static LocalDate date(String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException(option + ": \"" + value + "\" is not a date (YYYY-MM-DD)");
        }
    }
}
