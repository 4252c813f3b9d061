package org.stancegraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.stancegraph.query.NamedQuery;
import org.stancegraph.query.QueryCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code queries}: list the named queries with their descriptions and parameters. */
@Command(name = "queries", mixinStandardHelpOptions = true, description = "List the named queries.")
final class QueriesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (NamedQuery query : QueryCatalog.shipped().all()) {
            out.println(query.name());
            out.println("    " + query.description());
            for (NamedQuery.Param param : query.params()) {
                out.printf("    --param %s=<%s>  %s%n", param.name(), param.type(), param.description());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
