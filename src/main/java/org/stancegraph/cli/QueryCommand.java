package org.stancegraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.stancegraph.graph.Store;
import org.stancegraph.query.NamedQuery;
import org.stancegraph.query.QueryCatalog;
import org.stancegraph.query.QueryRunner;
import org.stancegraph.query.ResultFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code query}: run a named query or a SPARQL file. */
@Command(
        name = "query",
        mixinStandardHelpOptions = true,
        description = "Run a named query (see `queries`) or a SPARQL file against the graph.")
final class QueryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME|FILE.rq", description = "A named query, or a file of SPARQL.")
    String query;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "A parameter of the query; repeatable.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "table, csv, tsv or json. Default: ${DEFAULT-VALUE}")
    String format = "table";

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            description = "Stop the query after this long. Default: ${DEFAULT-VALUE}")
    int timeoutSeconds = 30;

    @Mixin
    DataOptions data;

    @Mixin
    CommonOptions common;

    /** Where results go; standard output unless a test says otherwise. */
    OutputStream out = System.out;

    @Override
    public Integer call() throws IOException {
        ResultFormat resultFormat = ResultFormat.parse(format);
        NamedQuery named = resolve();
        QueryRunner.parse(named);
        try (Store store = data.open(spec.commandLine().getErr())) {
            new QueryRunner(store.dataset(), Duration.ofSeconds(timeoutSeconds)).run(named, params, resultFormat, out);
        }
        if (out instanceof PrintStream print) {
            print.flush();
        }
        return ExitCodes.OK;
    }

    private NamedQuery resolve() throws IOException {
        Path file = Path.of(query);
        if (query.endsWith(".rq") || Files.isRegularFile(file)) {
            if (!Files.isReadable(file)) {
                throw new UsageException(query + ": cannot read the file");
            }
            return QueryCatalog.fromFile(file);
        }
        return QueryCatalog.shipped()
                .get(query)
                .orElseThrow(() ->
                        new UsageException("no query named \"" + query + "\"; `bin/stancegraph queries` lists them"));
    }
}
