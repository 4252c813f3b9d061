package org.stancegraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancegraph.SeedCorpus;
import org.stancegraph.graph.Store;

/**
 * Random and malformed requests, seeded so a failure can be replayed, sent as raw bytes (no client
 * library tidies them): mutated SPARQL in query strings and bodies, broken percent-encoding,
 * odd methods, content types, Accept and Authorization headers, named queries with random
 * parameters, paths that climb or hold control characters. Whatever comes in, the answer is a
 * status the client can act on, never a server error, and the endpoint keeps answering.
 * {@code -Dfuzz.requests=N} (default 2,000) and {@code -Dfuzz.seed=S} (default 42).
 */
class EndpointFuzzIT {

    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 2_000);
    private static final long SEED = Long.getLong("fuzz.seed", 42);

    private static final String[] QUERIES = {
        "SELECT ?s WHERE { ?s a <https://stancegraph.org/ontology#Statement> } LIMIT 5",
        "PREFIX sg: <https://stancegraph.org/ontology#> SELECT ?a (COUNT(*) AS ?n) WHERE { ?s sg:speaker ?a } GROUP BY ?a",
        "ASK { ?s ?p \"x\"@en }",
        "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 3",
        "DESCRIBE <https://stancegraph.org/id/actor/x>",
        "SELECT * WHERE { FILTER(REGEX(\"abc\", \"^a(b|c)*$\", \"i\")) }",
        "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
    };
    private static final String[] PATHS = {
        "/stancegraph/sparql",
        "/stancegraph/query",
        "/stancegraph/get",
        "/stancegraph/update",
        "/stancegraph/data",
        "/stancegraph/queries",
        "/stancegraph/queries/statements",
        "/stancegraph/queries/camps",
        "/stancegraph/queries/who-contradicted-whom",
        "/stancegraph/void",
        "/",
        "/explorer/app.js",
        "/webjars/",
        "/$/ping",
        "/$/stats",
        "/stancegraph/../etc/passwd",
        "//stancegraph//sparql",
    };
    private static final String[] METHODS = {
        "GET", "GET", "GET", "POST", "POST", "PUT", "DELETE", "HEAD", "OPTIONS", "PATCH", "TRACE", "BREW"
    };
    private static final String[] TYPES = {
        "application/x-www-form-urlencoded",
        "application/sparql-query",
        "application/sparql-update",
        "text/turtle",
        "application/json",
        "multipart/form-data; boundary=x",
        "text/plain; charset=klingon",
        "",
    };
    private static final String[] ACCEPTS = {
        "application/sparql-results+json", "text/csv", "application/n-quads", "image/png", "*/*", "text/*;q=x", "",
    };
    private static final String[] PARAMETERS = {
        "query", "speaker", "topic", "format", "default", "graph", "update", "limit"
    };

    @TempDir
    static Path dir;

    static Store store;
    static StancegraphServer server;

    private final Random random = new Random(SEED);

    @BeforeAll
    static void start() {
        store = Store.open(dir.resolve("db"));
        SeedCorpus.buildInto(store);
        server = StancegraphServer.start(store, ServerSettings.defaults(0).withTimeout(Duration.ofSeconds(2)));
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    @Test
    void everyMalformedRequestGetsAnAnswerTheClientCanActOnAndTheServerKeepsAnswering() throws IOException {
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> serverErrors = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            byte[] request = request();
            int status = send(request);
            statuses.merge(status, 1, Integer::sum);
            if (status == 500 || status < 100) {
                serverErrors.add(status + " for " + new String(request, StandardCharsets.ISO_8859_1));
            }
        }
        System.out.println("Endpoint fuzz: " + REQUESTS + " requests (seed " + SEED + "), statuses " + statuses);
        assertTrue(serverErrors.isEmpty(), () -> serverErrors.size() + " server errors, first: " + serverErrors.get(0));
        String good = "SELECT ?s WHERE { ?s a <https://stancegraph.org/ontology#Statement> } LIMIT 1";
        assertEquals(
                200,
                send(("GET /stancegraph/sparql?query=" + URLEncoder.encode(good, StandardCharsets.UTF_8)
                                + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII)));
    }

    private byte[] request() {
        String method = pick(METHODS);
        String path = mangled(pick(PATHS));
        String query = queryString();
        String body = random.nextBoolean() ? queryString() : mutated(pick(QUERIES));
        StringBuilder head = new StringBuilder()
                .append(method)
                .append(' ')
                .append(path)
                .append(query.isEmpty() ? "" : "?" + query)
                .append(" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
        if (random.nextInt(3) == 0) {
            head.append("Accept: ").append(pick(ACCEPTS)).append("\r\n");
        }
        if (random.nextInt(8) == 0) {
            head.append("Authorization: ")
                    .append(random.nextBoolean() ? "Basic " : "Bearer ")
                    .append(noise(random.nextInt(30)))
                    .append("\r\n");
        }
        if (random.nextInt(10) == 0) {
            head.append("Origin: https://").append(noise(8)).append(".example\r\n");
        }
        byte[] payload = body.getBytes(StandardCharsets.UTF_8);
        if (method.equals("POST") || method.equals("PUT")) {
            head.append("Content-Type: ").append(pick(TYPES)).append("\r\n");
            if (random.nextInt(4) == 0) {
                return chunked(head, payload);
            }
            head.append("Content-Length: ").append(payload.length).append("\r\n\r\n");
            return concat(head.toString().getBytes(StandardCharsets.UTF_8), payload);
        }
        return head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A query string: parameters with mutated queries or noise, encoded well or badly. */
    private String queryString() {
        StringBuilder query = new StringBuilder();
        int parameters = random.nextInt(4);
        for (int i = 0; i < parameters; i++) {
            String value = random.nextBoolean() ? mutated(pick(QUERIES)) : noise(random.nextInt(20));
            String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8);
            if (random.nextInt(4) == 0) {
                encoded = encoded + pick(new String[] {"%", "%z", "%zz", "%C3", "%ED%A0%80", "%00", "+%FF"});
            }
            query.append(i == 0 ? "" : "&").append(pick(PARAMETERS)).append('=').append(encoded);
        }
        return query.toString();
    }

    /** A query with a few characters deleted, doubled or replaced: mostly not SPARQL any more. */
    private String mutated(String query) {
        StringBuilder text = new StringBuilder(query);
        int edits = random.nextInt(4);
        for (int i = 0; i < edits && text.length() > 1; i++) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(3)) {
                case 0 -> text.deleteCharAt(at);
                case 1 -> text.insert(at, text.charAt(at));
                default -> text.setCharAt(at, (char) (random.nextInt(0x3000) + 1));
            }
        }
        return text.toString();
    }

    /** A path with, sometimes, a character no URL should hold. */
    private String mangled(String path) {
        return switch (random.nextInt(6)) {
            case 0 -> path + pick(new String[] {"%2e%2e/", "%00", ";x=1", "/%", "\u00e9", "?#"});
            default -> path;
        };
    }

    private String noise(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append((char) (random.nextInt(0x7f - 0x21) + 0x21));
        }
        return text.toString();
    }

    private byte[] chunked(StringBuilder head, byte[] payload) {
        head.append("Transfer-Encoding: chunked\r\n\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.toString().getBytes(StandardCharsets.US_ASCII));
        out.writeBytes((Integer.toHexString(payload.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(payload);
        out.writeBytes((random.nextInt(5) == 0 ? "\r\nzz\r\n" : "\r\n0\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private <T> T pick(T[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    /** Sends raw bytes, returns the status of the answer (0 when none came before the connection closed). */
    private static int send(byte[] request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            String statusLine = new String(in.readNBytes(12), StandardCharsets.ISO_8859_1);
            in.transferTo(java.io.OutputStream.nullOutputStream()); // to the end, so the server finishes
            return statusLine.startsWith("HTTP/1.1 ") ? Integer.parseInt(statusLine.substring(9, 12)) : 0;
        }
    }
}
