package org.stancegraph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded loopback load against a running endpoint: a fixed number of clients for a fixed time,
 * half of the requests a named query and half a plain SPARQL query; reports requests per second,
 * latency percentiles, errors and the server's peak resident memory (VmHWM of its process). A
 * benchmark, run by {@code bin/loadcheck} from the test class path (it is not in the jar); never a
 * timed test.
 *
 * <pre>
 * java -cp target/test-classes:... org.stancegraph.bench.LoadCheck http://127.0.0.1:3030/stancegraph 8 30 PID
 * </pre>
 */
public final class LoadCheck {

    private static final String SPARQL = "PREFIX sg: <https://stancegraph.org/ontology#> "
            + "SELECT ?s ?speaker ?topic WHERE { ?s sg:speaker ?speaker ; sg:topic ?topic }";

    /** The latencies (nanoseconds) and errors of one kind of request. */
    private record Kind(String name, URI uri, List<Long> latencies, AtomicLong errors) {
        static Kind of(String name, String uri) {
            return new Kind(name, URI.create(uri), Collections.synchronizedList(new ArrayList<>()), new AtomicLong());
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: LoadCheck DATASET_URL CLIENTS SECONDS [SERVER_PID]");
            System.exit(2);
        }
        String dataset = args[0];
        int clients = Integer.parseInt(args[1]);
        Duration length = Duration.ofSeconds(Long.parseLong(args[2]));
        String pid = args.length > 3 ? args[3] : null;
        List<Kind> kinds = List.of(
                Kind.of("named query who-contradicted-whom", dataset + "/queries/who-contradicted-whom"),
                Kind.of(
                        "SPARQL select of all statements",
                        dataset + "/sparql?query=" + URLEncoder.encode(SPARQL, StandardCharsets.UTF_8)));
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long end = System.nanoTime() + length.toNanos();
        AtomicLong peakRss = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Kind kind = kinds.get(c % kinds.size());
            threads.add(new Thread(() -> run(http, kind, end), "load-client-" + threads.size()));
        }
        threads.forEach(Thread::start);
        while (System.nanoTime() < end) {
            peakRss.accumulateAndGet(rssKb(pid, "VmRSS"), Math::max);
            Thread.sleep(200);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        report(kinds, length, clients, Math.max(peakRss.get(), rssKb(pid, "VmHWM")), pid);
    }

    private static void run(HttpClient http, Kind kind, long end) {
        HttpRequest request = HttpRequest.newBuilder(kind.uri())
                .header("Accept", "application/sparql-results+json")
                .timeout(Duration.ofSeconds(60))
                .build();
        while (System.nanoTime() < end) {
            long start = System.nanoTime();
            try {
                HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    kind.errors().incrementAndGet();
                }
            } catch (IOException e) {
                kind.errors().incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            kind.latencies().add(System.nanoTime() - start);
        }
    }

    private static void report(List<Kind> kinds, Duration length, int clients, long peakKb, String pid) {
        System.out.printf(Locale.ROOT, "%d clients for %d s%n", clients, length.toSeconds());
        long total = 0;
        for (Kind kind : kinds) {
            List<Long> sorted = new ArrayList<>(kind.latencies());
            Collections.sort(sorted);
            total += sorted.size();
            System.out.printf(
                    Locale.ROOT,
                    "%-36s %7d requests  %8.1f req/s  p50 %6.1f ms  p90 %6.1f ms  p99 %6.1f ms  max %7.1f ms  errors %d%n",
                    kind.name(),
                    sorted.size(),
                    sorted.size() / (double) length.toSeconds(),
                    ms(sorted, 0.50),
                    ms(sorted, 0.90),
                    ms(sorted, 0.99),
                    ms(sorted, 1.0),
                    kind.errors().get());
        }
        System.out.printf(Locale.ROOT, "all: %.1f req/s%n", total / (double) length.toSeconds());
        if (pid != null) {
            System.out.printf(Locale.ROOT, "server peak resident memory: %.0f MiB (pid %s)%n", peakKb / 1024.0, pid);
        }
    }

    private static double ms(List<Long> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    /** A memory figure of /proc/PID/status in KiB, or 0 when there is no such process. */
    private static long rssKb(String pid, String field) {
        if (pid == null) {
            return 0;
        }
        try {
            for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("\\D+", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }
}
