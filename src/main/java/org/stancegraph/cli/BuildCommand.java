package org.stancegraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.stancegraph.graph.Store;
import org.stancegraph.pipeline.BuildResult;
import org.stancegraph.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code build}: convert articles and load them into the TDB2 database, then validate it. */
@Command(
        name = "build",
        mixinStandardHelpOptions = true,
        description =
                "Convert articles and load them into the database (one named graph per article), then derive and validate. "
                        + "Articles the database holds unchanged are skipped; changed ones replace their graph.")
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

    @Option(
            names = "--reconvert",
            description =
                    "Convert every article again, even those the database holds unchanged (same content, same codebooks).")
    boolean reconvert;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Pipeline pipeline = codebooks.pipeline(reconvert);
        try (Store store = Store.open(db)) {
            BuildResult result = OutcomeReporter.reporting(
                    err, common.debug, "build", reporter -> pipeline.build(store, input.orSeeds(), reporter));
            BuildReport.print(out, err, db.toString(), result);
            return result.clean() ? ExitCodes.OK : ExitCodes.SOME_FAILED;
        }
    }
}
