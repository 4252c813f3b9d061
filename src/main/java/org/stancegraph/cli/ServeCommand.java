package org.stancegraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.stancegraph.graph.Store;
import org.stancegraph.pipeline.BuildResult;
import org.stancegraph.pipeline.Pipeline;
import org.stancegraph.serve.ServerSettings;
import org.stancegraph.serve.StancegraphServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code serve}: the SPARQL endpoint over the database, built from the seeds first if empty. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Serve the graph over the SPARQL 1.1 Protocol at http://HOST:PORT/stancegraph "
                + "(builds it from seeds/ first when the database is empty). Read-only unless --update.")
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CodebookOptions codebooks;

    @Mixin
    CommonOptions common;

    @Option(names = "--db", paramLabel = "DIR", description = "The TDB2 database. Default: ${DEFAULT-VALUE}")
    Path db = Path.of("data", "tdb2");

    @Option(
            names = "--host",
            paramLabel = "ADDRESS",
            description = "The address to listen on. Default: ${DEFAULT-VALUE} (this machine only).")
    String host = "127.0.0.1";

    @Option(names = "--port", paramLabel = "PORT", description = "The port. Default: ${DEFAULT-VALUE}")
    int port = 3030;

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            description = "Stop any query after this long. Default: ${DEFAULT-VALUE}")
    int timeoutSeconds = 30;

    @Option(
            names = "--max-rows",
            paramLabel = "N",
            description = "At most this many rows from a named query. Default: ${DEFAULT-VALUE}")
    int maxRows = 10_000;

    @Option(
            names = "--update",
            description = "Allow SPARQL Update and Graph Store writes, for the users of --password-file.")
    boolean update;

    @Option(
            names = "--password-file",
            paramLabel = "FILE",
            description = "Users for HTTP basic authentication, one 'user: password' per line (Jetty realm format).")
    Path passwordFile;

    @Override
    public Integer call() throws InterruptedException {
        ServerSettings settings = settings();
        PrintWriter out = spec.commandLine().getOut();
        Store store = Store.open(db);
        if (store.isIncomplete() && !store.isEmpty()) {
            spec.commandLine().getErr().println(DataOptions.incomplete(db));
        }
        if (store.isEmpty()) {
            out.println("The database " + db + " is empty: building it from seeds/ first.");
            out.flush();
            Pipeline pipeline = codebooks.pipeline();
            PrintWriter err = spec.commandLine().getErr();
            BuildResult result = OutcomeReporter.reporting(
                    err, common.debug, "build", reporter -> pipeline.build(store, List.of(Path.of("seeds")), reporter));
            BuildReport.print(out, err, db.toString(), result);
        }
        StancegraphServer server;
        try {
            server = StancegraphServer.start(store, settings);
        } catch (RuntimeException e) {
            store.close();
            throw new UsageException("cannot serve on " + host + ":" + port + ": " + rootMessage(e));
        }
        // Ctrl-C and SIGTERM: finish the requests in flight, close the port, then the database.
        // An interrupt of this thread (an embedding program, a test) stops it the same way.
        AtomicBoolean stopped = new AtomicBoolean();
        Runnable stop = () -> {
            if (stopped.compareAndSet(false, true)) {
                server.stop();
                store.close();
                out.println("Stopped; the database is closed.");
                out.flush();
            }
        };
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "stancegraph-shutdown"));
        out.println("Stancegraph SPARQL endpoint: " + server.sparqlEndpoint()
                + (update ? " (updates allowed with a password)" : " (read-only)"));
        out.println("Named queries:               " + server.datasetUrl() + "/queries");
        out.println("Explorer (open in a browser): " + server.explorerUrl());
        out.println("Try: curl -H 'Accept: application/sparql-results+json' --data-urlencode "
                + "'query=SELECT (COUNT(*) AS ?statements) WHERE { ?s a <https://stancegraph.org/ontology#Statement> }' "
                + server.sparqlEndpoint());
        out.println("Stop with Ctrl-C.");
        out.flush();
        server.join();
        // After an interrupt, close with the flag cleared: TDB2's file channels close on an
        // interrupted thread's I/O and would leave the database unclosed.
        boolean interrupted = Thread.interrupted();
        stop.run();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return ExitCodes.OK;
    }

    private ServerSettings settings() {
        if (update && (passwordFile == null || !Files.isReadable(passwordFile))) {
            throw new UsageException("--update needs --password-file FILE (readable) with the users allowed to write");
        }
        try {
            ServerSettings settings = ServerSettings.defaults(port)
                    .withHost(host)
                    .withTimeout(Duration.ofSeconds(timeoutSeconds))
                    .withMaxRows(maxRows);
            return update ? settings.withUpdate(passwordFile) : settings;
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }
}
