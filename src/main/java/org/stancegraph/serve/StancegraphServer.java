package org.stancegraph.serve;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.FusekiException;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.stancegraph.graph.Derivation;
import org.stancegraph.graph.Store;
import org.stancegraph.query.NamedQuery;
import org.stancegraph.query.QueryCatalog;
import org.stancegraph.query.QueryRunner;

/**
 * The Stancegraph endpoint: an embedded Fuseki over the store at {@code /stancegraph}, with
 * SPARQL query at {@code /stancegraph/sparql} (GET and POST, the standard content negotiation),
 * Graph Store read at {@code /stancegraph/get}, and the named queries at
 * {@code /stancegraph/queries}. Safe by default: loopback only, read-only (update and Graph Store
 * write only with a password file, for the users in it), a query timeout, a row cap on named
 * queries, a request-size limit, CORS for reading only (browser SPARQL editors on other origins may
 * query, no page may act with a user's credentials), no SERVICE calls to other endpoints, a timeout that
 * stops even a runaway regular expression. The explorer, a page over the
 * named queries and the endpoint, is at {@code /}.
 *
 * <pre>{@code
 * StancegraphServer server = StancegraphServer.start(store, ServerSettings.defaults(3030));
 * System.out.println(server.sparqlEndpoint());
 * server.stop();
 * }</pre>
 */
public final class StancegraphServer {

    /** The explorer's page, script and style, in the jar. */
    private static final String EXPLORER = "explorer";
    /** Where WebJars keep their files. */
    private static final String WEBJARS = "META-INF/resources/webjars";

    /** How long a connection may stall, neither reading nor taking what is written to it. */
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(5);
    /** Rows of named-query answers kept for asking again: five answers of the default 10,000-row cap, some 50 MB. */
    static final int ANSWER_ROWS = 50_000;
    /**
     * The named queries the explorer's first page asks without parameters (and its other view),
     * answered as the server starts: their rows fit the answers kept together.
     */
    public static final List<String> OPENING_QUERIES =
            List.of("camps", "who-contradicted-whom", "timeline", "agreements");

    private final FusekiServer fuseki;
    private final String host;
    private final OpeningAnswers opening;

    private StancegraphServer(FusekiServer fuseki, String host, OpeningAnswers opening) {
        this.fuseki = fuseki;
        this.host = host;
        this.opening = opening;
    }

    /** Builds and starts the endpoint over {@code store}. */
    public static StancegraphServer start(Store store, ServerSettings settings) {
        DatasetGraph dataset = store.dataset().asDatasetGraph();
        // Fuseki reads the timeout from the dataset's context; ARQ stops the query when it passes.
        dataset.getContext()
                .set(ARQ.queryTimeout, Long.toString(settings.timeout().toMillis()));
        // No SERVICE: a query must not make the server send requests on the caller's behalf.
        dataset.getContext().set(ARQ.httpServiceAllowed, false);
        // ...and the timeout must stop a regular expression too, not only the rows around it.
        CancellableRegex.installIn(dataset.getContext());

        DataService.Builder service = DataService.newBuilder(dataset)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.GSP_R, "get");
        ServiceDescription description = new ServiceDescription(store);
        QueryCatalog catalog = QueryCatalog.shipped();
        QueryRunner runner = new QueryRunner(store.dataset(), settings.timeout());
        // Answers stay true only while nothing writes.
        AnswerCache answers = new AnswerCache(settings.allowUpdate() ? 0 : ANSWER_ROWS);
        ClasspathAssets explorer = new ClasspathAssets(EXPLORER, "index.html", false);
        FusekiServer.Builder builder = FusekiServer.create()
                .port(settings.port())
                .loopback(isLoopback(settings.host()))
                .enableCors(false, null)
                .enablePing(true)
                .maxServerThreads(32)
                .addFilter("/*", new RequestSizeFilter(settings.maxRequestBytes()))
                .addFilter("/*", new ReadOnlyCorsFilter())
                .addFilter(ServerSettings.DATASET + "/get", new UnionDefaultGraphFilter())
                .addFilter(ServerSettings.DATASET + "/sparql", new CoalescingOutputFilter())
                .addFilter(ServerSettings.DATASET + "/query", new CoalescingOutputFilter())
                .addFilter(ServerSettings.DATASET + "/queries/*", new CoalescingOutputFilter())
                .addFilter(ServerSettings.DATASET + "/sparql", description)
                .addServlet(ServerSettings.DATASET + "/void", description.servlet())
                .addServlet("", explorer)
                .addServlet("/explorer/*", explorer)
                .addServlet("/webjars/*", new ClasspathAssets(WEBJARS, null, true))
                .addServlet(
                        ServerSettings.DATASET + "/queries/*",
                        new NamedQueryServlet(catalog, runner, settings.maxRows(), answers));
        if (settings.allowUpdate()) {
            Derivation.standard().distrustFacts(store);
            service.addEndpoint(Operation.Update, "update", Auth.ANY_USER)
                    .addEndpoint(Operation.GSP_RW, "data", Auth.ANY_USER);
            builder.passwordFile(settings.passwordFile().toString())
                    .auth(AuthScheme.BASIC)
                    .serverAuthPolicy(Auth.ANY_ANON);
        }
        FusekiServer fuseki = builder.add(ServerSettings.DATASET, service).build();
        // Jetty parses form bodies (a query POSTed as a form) itself, from the raw stream, so the
        // request-size filter never sees a chunked one: the same limit is set where Jetty reads them.
        fuseki.getJettyServer().getDescendant(ServletContextHandler.class).setMaxFormContentSize((int)
                Math.min(Integer.MAX_VALUE, settings.maxRequestBytes()));
        fuseki.getJettyServer()
                .setHandler(new MalformedRequestGuard(fuseki.getJettyServer().getHandler()));
        configureConnectors(fuseki, settings.host());
        fuseki.start();
        List<NamedQuery> opening = settings.allowUpdate()
                ? List.of()
                : OPENING_QUERIES.stream()
                        .flatMap(name -> catalog.get(name).stream())
                        .toList();
        return new StancegraphServer(
                fuseki, settings.host(), OpeningAnswers.start(opening, runner, settings.maxRows(), answers));
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host " + host, e);
        }
    }

    /**
     * Fuseki's builder knows loopback or every interface; any other address is set on the
     * connector. So is how long a connection may make no progress: a thread writing an answer to a
     * client that has stopped reading is blocked until then, and enough such clients would hold
     * every thread (Jetty's default is 30 s).
     */
    private static void configureConnectors(FusekiServer fuseki, String host) {
        for (Connector connector : fuseki.getJettyServer().getConnectors()) {
            if (connector instanceof ServerConnector server) {
                server.setHost(host);
                server.setIdleTimeout(IDLE_TIMEOUT.toMillis());
            }
        }
    }

    /** The port listened on (the one chosen when the settings asked for 0). */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The explorer's page: {@code http://127.0.0.1:3030/}. */
    public String explorerUrl() {
        String shown = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + shown + ":" + port() + "/";
    }

    /** The base URL of the dataset: {@code http://127.0.0.1:3030/stancegraph}. */
    public String datasetUrl() {
        return explorerUrl() + ServerSettings.DATASET.substring(1);
    }

    public String sparqlEndpoint() {
        return datasetUrl() + "/sparql";
    }

    /**
     * Waits until the answers of {@link #OPENING_QUERIES} are worked out (or given up); false if
     * {@code millis} pass first. Requests need not wait: one that comes first runs its query.
     */
    public boolean awaitOpeningAnswers(long millis) throws InterruptedException {
        return opening.awaitDone(millis);
    }

    /** Stops the server: the opening answers not yet worked out are given up, requests in flight finish, then the port closes. */
    public void stop() {
        opening.close();
        fuseki.stop();
    }

    /** Blocks until the server stops or the calling thread is interrupted (then its interrupt flag is set again). */
    public void join() {
        try {
            fuseki.join();
        } catch (FusekiException e) {
            if (!(e.getCause() instanceof InterruptedException)) {
                throw e;
            }
            Thread.currentThread().interrupt();
        }
    }
}
