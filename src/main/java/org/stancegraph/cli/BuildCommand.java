package org.stancegraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.stancegraph.graph.Converter;
import org.stancegraph.graph.GraphBuilder;
import org.stancegraph.graph.GraphValidator;
import org.stancegraph.graph.Store;
import org.stancegraph.ingest.ArticleInput;
import org.stancegraph.ingest.ArticleInputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code build}: convert articles and load them into the TDB2 database, then validate it. */
@Command(
        name = "build",
        mixinStandardHelpOptions = true,
        description = "Convert articles and load them into the database (one named graph per article), then validate.")
final class BuildCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Mixin
    CodebookOptions codebooks;

    @Mixin
    CommonOptions common;

    @Option(names = "--db", paramLabel = "DIR", description = "The TDB2 database. Default: ${DEFAULT-VALUE}")
    Path db = Path.of("data", "tdb2");

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        GraphBuilder builder = new GraphBuilder(codebooks.load());
        try (Store store = Store.open(db)) {
            Converter.Summary summary = build(builder, store, input.orSeeds(), err, common.debug);
            List<String> violations =
                    GraphValidator.standard().validate(store.union().getGraph());
            violations.forEach(v -> err.println("invalid: " + v));
            out.printf(
                    "Built %s: %d articles, %d statements, %d failed; %d quads; %s%n",
                    db,
                    summary.articles(),
                    summary.statements(),
                    summary.failed(),
                    store.size(),
                    violations.isEmpty()
                            ? "the graph satisfies ontology/shapes.ttl."
                            : violations.size() + " SHACL violations.");
            return summary.failed() > 0 || !violations.isEmpty() ? ExitCodes.SOME_FAILED : ExitCodes.OK;
        }
    }

    /** Builds {@code inputs} into {@code store}, reporting each outcome on {@code err}. */
    static Converter.Summary build(
            GraphBuilder builder, Store store, List<Path> inputs, PrintWriter err, boolean debug) {
        try (Stream<ArticleInput> articles = ArticleInputs.of(inputs);
                OutcomeReporter reporter = new OutcomeReporter(err, debug, "build")) {
            return builder.build(store, articles, reporter);
        }
    }
}
