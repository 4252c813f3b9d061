package org.stancegraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stancegraph.SeedCorpus;
import org.stancegraph.graph.Derivation;
import org.stancegraph.graph.Store;
import org.stancegraph.graph.derive.FactTable;
import org.stancegraph.graph.derive.Said;
import org.stancegraph.query.QueryCatalog;

/** The endpoint over real HTTP on a random loopback port. */
class ServeIT {

    private static final String STATEMENTS = "SELECT ?s WHERE { ?s a <https://stancegraph.org/ontology#Statement> }";
    private static final String CROSS_JOIN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

    @TempDir
    static Path dir;

    /** A short timeout, for the tests of runaway queries. */
    static final ServerSettings SETTINGS = ServerSettings.defaults(0).withTimeout(Duration.ofSeconds(3));

    static Store store;
    static StancegraphServer server;
    static final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() {
        store = Store.open(dir.resolve("db"));
        SeedCorpus.buildInto(store);
        server = StancegraphServer.start(store, SETTINGS);
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    /**
     * Starts another server for one test and always stops it. A server sets its timeout on the
     * store's dataset, so every server here has the first one's settings.
     */
    static void withServer(ServerSettings settings, Consumer<StancegraphServer> test) {
        StancegraphServer other = StancegraphServer.start(store, settings);
        try {
            test.accept(other);
        } finally {
            other.stop();
        }
    }

    /** Basic credentials of the one user of {@link #editorPasswords}. */
    static final String EDITOR =
            "Basic " + Base64.getEncoder().encodeToString("editor:secret".getBytes(StandardCharsets.UTF_8));

    /** A password file for one editor, outside the test's temporary folder: Jetty keeps watching the file after the server stops. */
    static Path editorPasswords() throws IOException {
        Path passwords = Files.createTempFile("stancegraph-passwords", ".txt");
        passwords.toFile().deleteOnExit();
        Files.writeString(passwords, "editor: secret\n");
        return passwords;
    }

    /** A SPARQL update to {@code url}, sent with the {@code authorization} header, or without one when null. */
    static HttpRequest.Builder update(String url, String sparql, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(sparql));
        return authorization == null ? request : request.header("Authorization", authorization);
    }

    static HttpResponse<String> get(String url, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(url))
                .headers(headers.length == 0 ? new String[] {"X-Test", "1"} : headers)
                .GET());
    }

    static HttpResponse<String> send(HttpRequest.Builder request) {
        return send(http, request);
    }

    /**
     * Sends with {@code client}. Requests the server cuts off (a query past its timeout, a body
     * over the limit) get a client of their own, so no other test reuses the closed connection.
     */
    static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        HttpRequest built = request.timeout(Duration.ofSeconds(60)).build();
        try {
            try {
                return client.send(built, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                // A pooled connection the server had already closed: the request never reached
                // it (the JDK client retries only GETs by itself), so send it once more, anew.
                if (!String.valueOf(e.getMessage()).contains("received no bytes")) {
                    throw e;
                }
                return HttpClient.newHttpClient().send(built, HttpResponse.BodyHandlers.ofString());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String query(String sparql) {
        return server.sparqlEndpoint() + "?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8);
    }

    static int rows(String body, Lang lang) {
        ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), lang);
        int n = 0;
        while (results.hasNext()) {
            results.next();
            n++;
        }
        return n;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "application/sparql-results+json",
                "application/sparql-results+xml",
                "text/csv",
                "text/tab-separated-values"
            })
    void selectResultsInEachContentType(String contentType) {
        HttpResponse<String> response = get(query(STATEMENTS), "Accept", contentType);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(contentType));
        Lang lang = org.apache.jena.riot.RDFLanguages.contentTypeToLang(contentType);
        assertTrue(rows(response.body(), lang) >= 25);
    }

    @Test
    void theExplorerAndEveryScriptItNamesAreServedFromTheJar() {
        String root = "http://127.0.0.1:" + server.port();
        HttpResponse<String> page = get(root + "/");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        var assets =
                java.util.regex.Pattern.compile("(?:src|href)=\"(/[^\"]+)\"").matcher(page.body());
        int found = 0;
        while (assets.find()) {
            HttpResponse<String> asset = get(root + assets.group(1));
            assertEquals(200, asset.statusCode(), assets.group(1));
            assertTrue(asset.body().length() > 100, assets.group(1));
            found++;
        }
        assertTrue(found >= 5, "scripts and styles: " + found);
        for (String outside : List.of("/webjars/", "/explorer/..%2F..%2Fontology/shapes.ttl", "/webjars/nothing.js")) {
            assertNotEquals(200, get(root + outside).statusCode(), outside);
        }
    }

    @Test
    void namedQueryRowsComeInTheFormatALinkOrTheAcceptHeaderAsksFor() {
        String camps = server.datasetUrl() + "/queries/camps";
        HttpResponse<String> csv = get(camps + "?format=csv");
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().startsWith("topic,topicLabel,camp,actor,"), csv.body());
        HttpResponse<String> json = get(camps, "Accept", "application/sparql-results+json");
        assertEquals(
                rows(json.body(), ResultSetLang.RS_JSON),
                (int) csv.body().lines().count() - 1,
                "one CSV line per row");

        HttpResponse<String> xml = get(camps, "Accept", "application/xml");
        assertEquals(200, xml.statusCode());
        assertTrue(xml.body().startsWith("<?xml"), xml.body().substring(0, 40));
        HttpResponse<String> text = get(camps, "Accept", "text/plain");
        assertEquals(200, text.statusCode(), "a text table, never a server error");
        assertTrue(text.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));

        HttpResponse<String> refused = get(camps, "Accept", "image/png");
        assertEquals(406, refused.statusCode());
        assertTrue(refused.body().contains("text/csv"), refused.body());
        assertEquals(400, get(camps + "?format=xlsx").statusCode());
        assertTrue(
                QueryCatalog.shipped().all().stream()
                        .noneMatch(q -> q.param(TableFormats.PARAMETER).isPresent()),
                "no query has a parameter named format");
    }

    @Test
    void theGraphStoresDefaultGraphIsTheUnionAsForQueries() {
        HttpResponse<String> union = get(server.datasetUrl() + "/get?default", "Accept", "application/n-triples");
        assertEquals(200, union.statusCode());
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(union.body(), Lang.NTRIPLES).parse(model);
        long statements = model.listSubjectsWithProperty(
                        org.apache.jena.vocabulary.RDF.type,
                        model.createResource("https://stancegraph.org/ontology#Statement"))
                .toList()
                .size();
        assertEquals(
                rows(
                        get(query(STATEMENTS), "Accept", "application/sparql-results+json")
                                .body(),
                        ResultSetLang.RS_JSON),
                statements);
    }

    @Test
    void plainSparqlFindsTheSharedVocabulariesWithoutInference() {
        String prefixes = "PREFIX schema: <https://schema.org/> PREFIX prov: <http://www.w3.org/ns/prov#> "
                + "PREFIX owl: <http://www.w3.org/2002/07/owl#> PREFIX sg: <https://stancegraph.org/ontology#> ";
        int statements = rows(
                get(query(STATEMENTS), "Accept", "application/sparql-results+json")
                        .body(),
                ResultSetLang.RS_JSON);
        assertEquals(
                statements,
                count(prefixes + "SELECT (COUNT(*) AS ?n) WHERE { ?s prov:wasAttributedTo ?a ; sg:speaker ?a }"));
        assertTrue(count(prefixes + "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a schema:Person }") >= 10);
        assertTrue(count(prefixes + "SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?o a schema:Organization }") >= 3);
        assertTrue(count(prefixes
                        + "SELECT (COUNT(*) AS ?n) WHERE { ?a owl:sameAs ?item ; sg:wikidata ?item ; a schema:Person }")
                >= 5);
    }

    private static int count(String sparql) {
        HttpResponse<String> response = get(query(sparql), "Accept", "text/csv");
        assertEquals(200, response.statusCode(), response.body());
        return Integer.parseInt(
                response.body().lines().skip(1).findFirst().orElseThrow().strip());
    }

    @Test
    void theDatasetIsDescribedInVoidAndTheEndpointInAServiceDescription() {
        Model voidDescription = ModelFactory.createDefaultModel();
        HttpResponse<String> described = get(server.datasetUrl() + "/void");
        assertEquals(200, described.statusCode());
        RDFParser.fromString(described.body(), Lang.TURTLE).parse(voidDescription);
        var dataset = voidDescription.createResource(server.datasetUrl());
        assertEquals(
                server.sparqlEndpoint(),
                dataset.getPropertyResourceValue(
                                voidDescription.createProperty(ServiceDescription.VOID + "sparqlEndpoint"))
                        .getURI());
        assertTrue(dataset.getProperty(voidDescription.createProperty(ServiceDescription.VOID + "triples"))
                        .getLong()
                > 1000);

        Model service = ModelFactory.createDefaultModel();
        HttpResponse<String> endpoint = get(server.sparqlEndpoint(), "Accept", "application/n-triples");
        assertEquals(200, endpoint.statusCode());
        RDFParser.fromString(endpoint.body(), Lang.NTRIPLES).parse(service);
        assertTrue(service.contains(
                service.createResource(server.sparqlEndpoint()),
                org.apache.jena.vocabulary.RDF.type,
                service.createResource(ServiceDescription.SD + "Service")));
    }

    @Test
    void aServiceClauseSendsNoRequestAnywhere() throws Exception {
        java.util.concurrent.atomic.AtomicInteger called = new java.util.concurrent.atomic.AtomicInteger();
        com.sun.net.httpserver.HttpServer elsewhere =
                com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        elsewhere.createContext("/", exchange -> {
            called.incrementAndGet();
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        elsewhere.start();
        try {
            String service = "SELECT * WHERE { SERVICE <http://127.0.0.1:"
                    + elsewhere.getAddress().getPort() + "/sparql> { ?s ?p ?o } }";
            HttpResponse<String> response = get(query(service), "Accept", "application/sparql-results+json");
            assertNotEquals(200, response.statusCode(), response.body());
            assertEquals(0, called.get(), "the server called another endpoint");
        } finally {
            elsewhere.stop(0);
        }
    }

    @Test
    void otherOriginsMayReadWithoutCredentialsButNeverUpdate() {
        String origin = "http://elsewhere.example";
        HttpResponse<String> read = get(server.datasetUrl() + "/queries/camps", "Origin", origin);
        assertEquals(200, read.statusCode());
        assertEquals(
                "*", read.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(read.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(), "no credentials");
        HttpResponse<String> preflight = send(HttpRequest.newBuilder(URI.create(server.sparqlEndpoint()))
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertTrue(preflight
                .headers()
                .firstValue("Access-Control-Allow-Methods")
                .orElse("")
                .contains("POST"));
        HttpResponse<String> update = send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/update"))
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertTrue(update.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), "no cross-origin update");
    }

    @Test
    void queriesMayBePosted() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(server.sparqlEndpoint()))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(STATEMENTS)));
        assertEquals(200, response.statusCode());
        assertTrue(rows(response.body(), ResultSetLang.RS_JSON) >= 25);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml"})
    void constructInEachGraphContentType(String contentType) {
        String construct =
                "PREFIX sg: <https://stancegraph.org/ontology#> CONSTRUCT { ?s sg:speaker ?o } WHERE { ?s sg:speaker ?o }";
        HttpResponse<String> response = get(query(construct), "Accept", contentType);
        assertEquals(200, response.statusCode(), response.body());
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(response.body(), org.apache.jena.riot.RDFLanguages.contentTypeToLang(contentType))
                .parse(model);
        assertTrue(model.size() >= 25, contentType + ": " + model.size());
    }

    @Test
    void anIndependentClientLibraryReadsTheStatements() {
        SPARQLRepository repository = new SPARQLRepository(server.sparqlEndpoint());
        try (RepositoryConnection connection = repository.getConnection();
                TupleQueryResult result =
                        connection.prepareTupleQuery(STATEMENTS).evaluate()) {
            assertTrue(result.stream().count() >= 25);
        } finally {
            repository.shutDown();
        }
    }

    @Test
    void theGraphStoreIsReadable() {
        HttpResponse<String> registry = get(
                server.datasetUrl() + "/get?graph="
                        + URLEncoder.encode("https://stancegraph.org/id/graph/registry", StandardCharsets.UTF_8),
                "Accept",
                "text/turtle");
        assertEquals(200, registry.statusCode());
        assertTrue(registry.body().contains("Emmanuel Macron"));
    }

    @Test
    void namedQueriesAreListedAndRunWithParameters() throws IOException {
        HttpResponse<String> list = get(server.datasetUrl() + "/queries");
        assertEquals(200, list.statusCode());
        JsonNode queries = new ObjectMapper().readTree(list.body());
        assertTrue(queries.findValuesAsText("name").contains("who-contradicted-whom"));
        HttpResponse<String> camps = get(
                server.datasetUrl() + "/queries/camps?topic="
                        + URLEncoder.encode("Western troops in Ukraine", StandardCharsets.UTF_8),
                "Accept",
                "text/csv");
        assertEquals(200, camps.statusCode());
        assertTrue(camps.body().contains("Olaf Scholz"));
    }

    @Test
    void aNamedQueryAskedAgainGivesTheSameRowsInEveryFormat() {
        String url = server.datasetUrl() + "/queries/who-contradicted-whom";
        HttpResponse<String> first = get(url, "Accept", "text/csv");
        HttpResponse<String> again = get(url, "Accept", "text/csv");
        HttpResponse<String> json = get(url, "Accept", "application/sparql-results+json");
        assertEquals(200, again.statusCode());
        assertTrue(first.body().lines().count() > 10, first.body());
        assertEquals(first.body(), again.body());
        assertEquals(first.body().lines().count() - 1, rows(json.body(), ResultSetLang.RS_JSON));
        String oneActor = url + "?contradictor=" + URLEncoder.encode("Olaf Scholz", StandardCharsets.UTF_8);
        assertEquals(
                get(oneActor, "Accept", "text/csv").body(),
                get(oneActor, "Accept", "text/csv").body());
        assertTrue(
                get(oneActor, "Accept", "text/csv").body().lines().count()
                        < first.body().lines().count(),
                "another parameter, another answer");
    }

    @Test
    void theAnswersWorkedOutAtStartAreWhatTheDatabaseAnswers() throws IOException, InterruptedException {
        assertTrue(server.awaitOpeningAnswers(60_000));
        withServer(SETTINGS.withUpdate(editorPasswords()), keepingNothing -> {
            for (String query : StancegraphServer.OPENING_QUERIES) {
                String kept = get(server.datasetUrl() + "/queries/" + query, "Accept", "text/csv")
                        .body();
                String asked = get(keepingNothing.datasetUrl() + "/queries/" + query, "Accept", "text/csv")
                        .body();
                assertTrue(kept.lines().count() > 1, query + ": " + kept);
                assertEquals(asked, kept, query);
            }
        });
    }

    @Test
    void whereUpdatesAreAllowedEveryAnswerIsAskedOfTheDatabaseAnew() throws IOException {
        withServer(SETTINGS.withUpdate(editorPasswords()), writable -> {
            String quotes = writable.datasetUrl() + "/queries/quotes?text=zebra";
            assertEquals(1, get(quotes, "Accept", "text/csv").body().lines().count(), "a header and no row");
            String update = "PREFIX sg: <https://stancegraph.org/ontology#> INSERT DATA { GRAPH <urn:zebra> {"
                    + " <urn:s> a sg:Statement ; sg:speaker <https://stancegraph.org/id/actor/olaf-scholz> ;"
                    + " sg:quote \"the zebra crossing stays\" ; sg:stance sg:favour ;"
                    + " sg:topic <https://stancegraph.org/id/topic/western-troops-in-ukraine> ;"
                    + " sg:reportedIn <urn:a> . <urn:a> sg:articleId \"zebra\" } }";
            assertTrue(send(update(writable.datasetUrl() + "/update", update, EDITOR))
                            .statusCode()
                    < 300);
            assertEquals(2, get(quotes, "Accept", "text/csv").body().lines().count(), "the new quote is found");
        });
        // The next derivation reads the statements from the graphs, not from facts kept before the update.
        FactTable facts = Derivation.standard().facts(store);
        List<String> said = store.read(
                dataset -> facts.topic("https://stancegraph.org/id/topic/western-troops-in-ukraine").said().stream()
                        .map(Said::statement)
                        .toList());
        assertTrue(said.contains("urn:s"), "derivation sees the statement the update wrote");
        store.replace("urn:zebra", ModelFactory.createDefaultModel());
    }

    @Test
    void aBadParameterIsA400WithAMessage() {
        HttpResponse<String> unknown = get(server.datasetUrl() + "/queries/camps?colour=red");
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains("has no parameter \"colour\""), unknown.body());
        HttpResponse<String> nobody = get(server.datasetUrl() + "/queries/positions?actor=Nobody");
        assertEquals(400, nobody.statusCode());
        assertEquals(404, get(server.datasetUrl() + "/queries/no-such-query").statusCode());
    }

    @Test
    void anAnonymousUpdateIsRefusedAndChangesNothing() {
        long before = store.size();
        String update = "INSERT DATA { <urn:x> <urn:y> <urn:z> }";
        for (String endpoint : List.of("/update", "/sparql", "/data", "")) {
            HttpResponse<String> response = send(update(server.datasetUrl() + endpoint, update, null));
            assertTrue(response.statusCode() >= 400, endpoint + " answered " + response.statusCode());
        }
        assertEquals(before, store.size());
    }

    @Test
    void updatesNeedTheCredentialsWhenEnabled() throws IOException {
        withServer(SETTINGS.withUpdate(editorPasswords()), writable -> {
            String url = writable.datasetUrl() + "/update";
            String update = "INSERT DATA { GRAPH <urn:test> { <urn:x> <urn:y> <urn:z> } }";
            assertEquals(401, send(update(url, update, null)).statusCode());
            assertTrue(send(update(url, update, EDITOR)).statusCode() < 300);
            for (String malformed : List.of(
                    "Basic !!!not-base64",
                    "Basic " + Base64.getEncoder().encodeToString("no-colon".getBytes(StandardCharsets.UTF_8)))) {
                assertEquals(
                        400,
                        send(update(url, update, malformed)).statusCode(),
                        malformed + ": a client's mistake, not a server error");
            }
            assertEquals(
                    200,
                    get(writable.sparqlEndpoint() + "?query=" + URLEncoder.encode(STATEMENTS, StandardCharsets.UTF_8))
                            .statusCode(),
                    "reading stays open to all");
        });
        store.replace("urn:test", ModelFactory.createDefaultModel());
    }

    @Test
    void aRunawayQueryIsStoppedWhileOthersAreAnswered() {
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<String>> runaway = CompletableFuture.supplyAsync(() -> send(
                HttpClient.newHttpClient(),
                HttpRequest.newBuilder(URI.create(query(CROSS_JOIN))).GET()));
        HttpResponse<String> quick = get(query(STATEMENTS), "Accept", "application/sparql-results+json");
        assertEquals(200, quick.statusCode());
        HttpResponse<String> stopped = runaway.join();
        assertTrue(stopped.statusCode() >= 500, "the cross join answered " + stopped.statusCode());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 20, "stopped well within 30 s");
    }

    @Test
    void aRunawayRegularExpressionIsStoppedAndItsThreadGoesIdle() throws InterruptedException {
        String regex = "SELECT * WHERE { FILTER(REGEX(\"" + "a".repeat(40) + "!\", \"^(.*a){30}$\")) }";
        long start = System.nanoTime();
        HttpResponse<String> stopped = send(
                HttpClient.newHttpClient(),
                HttpRequest.newBuilder(URI.create(query(regex))).GET());
        assertTrue(stopped.statusCode() >= 500, "the regex answered " + stopped.statusCode());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 15, "stopped with the 3 s timeout");
        // A thread still matching would burn a whole core: the server's process must be near idle.
        Thread.sleep(1000);
        Duration busy = cpuOver(Duration.ofSeconds(2));
        assertTrue(busy.toMillis() < 1000, "the process used " + busy + " of CPU in 2 s after the answer");
    }

    private static Duration cpuOver(Duration window) throws InterruptedException {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long before = os.getProcessCpuTime();
        Thread.sleep(window.toMillis());
        return Duration.ofNanos(os.getProcessCpuTime() - before);
    }

    @Test
    void clientsThatNeverReadTheirAnswersDoNotHoldTheServer() throws IOException, InterruptedException {
        // More clients than the server has threads, each asking for an endless stream of rows
        // and reading none: every thread that answers one blocks in a write.
        String endless = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        String request = "GET /stancegraph/sparql?query=" + URLEncoder.encode(endless, StandardCharsets.UTF_8)
                + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/tab-separated-values\r\n\r\n";
        List<Socket> silent = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 40; i++) {
                Socket socket = new Socket();
                socket.setReceiveBufferSize(1024);
                socket.connect(new java.net.InetSocketAddress("127.0.0.1", server.port()));
                socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
                silent.add(socket);
            }
            Thread.sleep(2000); // until the server is deep in their answers
            long start = System.nanoTime();
            HttpResponse<String> answered = get(query(STATEMENTS), "Accept", "application/sparql-results+json");
            Duration waited = Duration.ofNanos(System.nanoTime() - start);
            assertEquals(200, answered.statusCode());
            assertTrue(waited.toSeconds() < 15, "another client waited " + waited);
        } finally {
            for (Socket socket : silent) {
                socket.close();
            }
        }
    }

    @Test
    void corsHeadersLetBrowserEditorsQuery() {
        HttpResponse<String> response =
                get(query(STATEMENTS), "Origin", "https://editor.example", "Accept", "application/sparql-results+json");
        assertEquals(200, response.statusCode());
        assertTrue(
                response.headers().firstValue("Access-Control-Allow-Origin").isPresent(),
                response.headers().toString());
    }

    @Test
    void anOversizedRequestIsRefused() {
        String big = "query=" + "x".repeat(2 * 1024 * 1024);
        HttpResponse<String> response = send(
                HttpClient.newHttpClient(),
                HttpRequest.newBuilder(URI.create(server.sparqlEndpoint()))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(big)));
        assertEquals(413, response.statusCode());
    }

    @Test
    void anOversizedChunkedFormIsRefusedToo() {
        byte[] big = ("query=" + "x".repeat(2 * 1024 * 1024)).getBytes(StandardCharsets.UTF_8);
        // A body of unknown length goes chunked.
        HttpResponse<String> response = send(
                HttpClient.newHttpClient(),
                HttpRequest.newBuilder(URI.create(server.sparqlEndpoint()))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big))));
        assertEquals(413, response.statusCode(), response.body());
    }

    @Test
    void aMalformedBodyIsTheClientsMistakeNotTheServers() {
        HttpResponse<String> notUtf8 = send(HttpRequest.newBuilder(URI.create(server.sparqlEndpoint()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=ASK%7B%7D%FF")));
        assertEquals(400, notUtf8.statusCode(), notUtf8.body());
        HttpResponse<String> unknownCharset = send(HttpRequest.newBuilder(URI.create(server.sparqlEndpoint()))
                .header("Content-Type", "application/sparql-query; charset=klingon")
                .POST(HttpRequest.BodyPublishers.ofString("ASK {}")));
        assertEquals(415, unknownCharset.statusCode(), unknownCharset.body());
        HttpResponse<String> badQueryString = get(server.datasetUrl() + "/query?query=ASK%7B%7D%FF");
        assertEquals(400, badQueryString.statusCode(), badQueryString.body());
    }

    @Test
    void itListensOnLoopbackOnly() throws IOException {
        assertTrue(server.datasetUrl().startsWith("http://127.0.0.1:"));
        InetAddress external = NetworkInterface.networkInterfaces()
                .filter(i -> !isLoopback(i))
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address)
                .findFirst()
                .orElse(null);
        assumeTrue(external != null, "this machine has no other interface to try");
        boolean refused;
        try (Socket socket = new Socket(external, server.port())) {
            refused = false;
        } catch (ConnectException e) {
            refused = true;
        }
        assertTrue(refused, "port " + server.port() + " answered on " + external);
    }

    private static boolean isLoopback(NetworkInterface networkInterface) {
        try {
            return networkInterface.isLoopback();
        } catch (IOException e) {
            return true;
        }
    }

    @Test
    void aFailingUpdateServerSettingIsAClearError() {
        assertFalse(Files.exists(dir.resolve("nowhere")));
        try {
            ServerSettings.defaults(0).withUpdate(null);
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage().contains("password file"));
        }
    }
}
