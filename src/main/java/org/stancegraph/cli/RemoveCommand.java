package org.stancegraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.stancegraph.graph.Store;
import org.stancegraph.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code remove}: take articles out of the database and derive again what they were part of. */
@Command(
        name = "remove",
        mixinStandardHelpOptions = true,
        description = "Take articles (by id) out of the database, then derive again the topics they were on.")
final class RemoveCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "ID", description = "The ids of the articles to remove.")
    List<String> ids;

    @Option(names = "--db", paramLabel = "DIR", description = "The TDB2 database. Default: ${DEFAULT-VALUE}")
    Path db = Path.of("data", "tdb2");

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        if (!Files.isDirectory(db)) {
            throw new UsageException("no database at " + db);
        }
        PrintWriter err = spec.commandLine().getErr();
        try (Store store = Store.open(db)) {
            List<String> unknown = Pipeline.remove(store, ids);
            unknown.forEach(id -> err.println("error: " + db + " holds no article " + id));
            err.flush();
            spec.commandLine()
                    .getOut()
                    .printf("Removed %d articles from %s; %d quads.%n", ids.size() - unknown.size(), db, store.size());
            return unknown.isEmpty() ? ExitCodes.OK : ExitCodes.SOME_FAILED;
        }
    }
}
