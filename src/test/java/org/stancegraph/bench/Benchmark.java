package org.stancegraph.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.stancegraph.graph.Store;
import org.stancegraph.ingest.ArticleInput;
import org.stancegraph.ingest.ArticleInputs;
import org.stancegraph.pipeline.BuildResult;
import org.stancegraph.pipeline.Pipeline;
import org.stancegraph.serve.ServerSettings;
import org.stancegraph.serve.StancegraphServer;

/**
 * The benchmark (not a test: speed is measured here, never asserted in timed tests). Generates N
 * synthetic articles; runs bare OpenNLP (sentences, tokens, POS) over them as the baseline, and the
 * product's conversion alone (storing nothing) over the same articles; builds them into a fresh TDB2
 * database with the product's pipeline, then serves the database and times named queries over
 * HTTP; prints one table. Last, adds the next 100 articles of the corpus to the database (an
 * incremental build) and removes them again. Run it with {@code bin/benchmark N [SEED]}.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:... org.stancegraph.bench.Benchmark 1000 42 /tmp/bench
 * </pre>
 */
public final class Benchmark {

    private static final int QUERY_RUNS = 20;

    /** How many articles the benchmark adds to the built database at the end, and takes out again. */
    private static final int ADDED = 100;

    private Benchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--queries")) {
            queryLatencies(Path.of(args[1]));
            return;
        }
        if (args.length == 4 && args[0].equals("--add")) {
            // The incremental step alone, on a database built before from the first N articles; twice,
            // since in a full run it follows the build, with the code already compiled.
            int articles = Integer.parseInt(args[2]);
            SyntheticCorpus corpus = SyntheticCorpus.of(SyntheticCorpus.DEFAULT_SEED);
            Path work = Path.of(args[3]);
            Path codebook = work.resolve("topics.ttl");
            corpus.writeCodebook(codebook);
            Pipeline pipeline = Pipeline.builder().topics(List.of(codebook)).build();
            for (int round = 0; round < 2; round++) {
                addAndRemove(corpus, pipeline, Path.of(args[1]), articles, work.resolve("more.jsonl"));
            }
            return;
        }
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : SyntheticCorpus.DEFAULT_SEED;
        Path work = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("stancegraph-bench");
        Files.createDirectories(work);
        SyntheticCorpus corpus = SyntheticCorpus.of(seed);
        Path jsonl = work.resolve("corpus.jsonl");
        Path codebook = work.resolve("topics.ttl");
        corpus.writeJsonLines(jsonl, articles);
        corpus.writeCodebook(codebook);

        // Both the bare NLP and the conversion alone run twice, alternating, and each counts its
        // better run: the first run of either pays for compiling the code (seconds on 2 cores).
        // Past 20,000 articles that cost is lost in the run, and once each is enough.
        Pipeline pipeline = Pipeline.builder().topics(List.of(codebook)).build();
        double bareSeconds = Double.MAX_VALUE;
        double convertAlone = Double.MAX_VALUE;
        for (int run = 0; run < (articles > 20_000 ? 1 : 2); run++) {
            bareSeconds = Math.min(bareSeconds, bareOpenNlp(jsonl));
            convertAlone = Math.min(convertAlone, convertAlone(pipeline, jsonl));
        }
        Path db = work.resolve("tdb2");
        BuildResult result;
        long start = System.nanoTime();
        try (Store store = Store.open(db)) {
            result = pipeline.build(store, List.of(jsonl), outcome -> {});
        }
        double buildSeconds = seconds(System.nanoTime() - start);
        long peakRss = peakRss();

        double convert = seconds(result.phases().convert().toNanos());
        double productRate = result.summary().articles() / convert;
        double bareRate = articles / bareSeconds;
        System.out.printf(
                Locale.ROOT,
                "articles                 %d (%d failed)%n",
                result.summary().articles(),
                result.summary().failed());
        System.out.printf(
                Locale.ROOT, "statements               %d%n", result.summary().statements());
        System.out.printf(Locale.ROOT, "quads                    %d%n", result.quads());
        System.out.printf(
                Locale.ROOT,
                "derived triples          %d (%.2f per statement)%n",
                result.derived().triples(),
                result.derived().triples()
                        / (double) Math.max(1, result.summary().statements()));
        System.out.printf(Locale.ROOT, "convert + load           %.1f s%n", convert);
        System.out.printf(
                Locale.ROOT,
                "derive                   %.1f s%n",
                seconds(result.phases().derive().toNanos()));
        System.out.printf(
                Locale.ROOT,
                "validate                 %.1f s%n",
                seconds(result.phases().validate().toNanos()));
        System.out.printf(
                Locale.ROOT,
                "compact                  %.1f s%n",
                seconds(result.phases().compact().toNanos()));
        System.out.printf(Locale.ROOT, "build (wall)             %.1f s%n", buildSeconds);
        System.out.printf(Locale.ROOT, "articles/s (convert+load) %.1f%n", productRate);
        System.out.printf(
                Locale.ROOT,
                "bare OpenNLP articles/s  %.1f (sentences, tokens, POS; same articles, same run)%n",
                bareRate);
        System.out.printf(
                Locale.ROOT,
                "convert alone            %.1f s, %.1f articles/s (no store), %.0f %% of bare NLP%n",
                convertAlone,
                articles / convertAlone,
                100 * (articles / convertAlone) / bareRate);
        System.out.printf(Locale.ROOT, "convert+load / bare NLP  %.0f %%%n", 100 * productRate / bareRate);
        System.out.printf(Locale.ROOT, "peak RSS                 %.2f GB%n", peakRss / 1e9);
        System.out.printf(
                Locale.ROOT,
                "database size            %.0f MB (%.0f MB before compaction)%n",
                size(db) / 1e6,
                result.compaction().bytesBefore() / 1e6);
        System.out.flush();
        queryLatencies(db);
        addAndRemove(corpus, pipeline, db, articles, work.resolve("more.jsonl"));
    }

    /**
     * Serves {@code db}, says how long the server took to work out the answers of the explorer's
     * first page in the background, and then times the three named queries over HTTP: the first
     * asking (which runs the query unless it was answered at start) and the percentiles of asking
     * again, which the server answers from the rows it kept (see {@code AnswerCache}).
     */
    private static void queryLatencies(Path db) throws Exception {
        try (Store store = Store.open(db)) {
            long started = System.nanoTime();
            StancegraphServer server = StancegraphServer.start(store, ServerSettings.defaults(0));
            try {
                server.awaitOpeningAnswers(TimeUnit.HOURS.toMillis(1));
                System.out.printf(
                        Locale.ROOT,
                        "answered at start        %.1f s after the server started (%s)%n",
                        seconds(System.nanoTime() - started),
                        String.join(", ", StancegraphServer.OPENING_QUERIES));
                String base = server.datasetUrl() + "/queries/";
                long start = System.nanoTime();
                String speaker = URLEncoder.encode(firstSpeaker(base), StandardCharsets.UTF_8);
                double campsFirst = (System.nanoTime() - start) / 1e6;
                System.out.println(percentiles("who-contradicted-whom", base + "who-contradicted-whom", -1));
                System.out.println(percentiles("camps", base + "camps", campsFirst));
                System.out.println(
                        percentiles("statements --param speaker", base + "statements?speaker=" + speaker, -1));
            } finally {
                server.stop();
            }
        }
    }

    /** Adds the next {@value #ADDED} articles of the corpus to the built database, then takes them out again; prints both. */
    private static void addAndRemove(SyntheticCorpus corpus, Pipeline pipeline, Path db, int articles, Path more)
            throws IOException {
        corpus.writeJsonLines(more, articles + 1, articles + ADDED);
        try (Store store = Store.open(db)) {
            long start = System.nanoTime();
            BuildResult added = pipeline.build(store, List.of(more), outcome -> {});
            double wall = seconds(System.nanoTime() - start);
            System.out.printf(
                    Locale.ROOT,
                    "add %d articles          %.1f s: convert + load %.1f s, derive %.1f s, validate %.1f s, compact %.1f s;"
                            + " %d triples written, %d deleted of %d; %d quads%n",
                    ADDED,
                    wall,
                    seconds(added.phases().convert().toNanos()),
                    seconds(added.phases().derive().toNanos()),
                    seconds(added.phases().validate().toNanos()),
                    seconds(added.phases().compact().toNanos()),
                    added.derived().added(),
                    added.derived().removed(),
                    added.derived().triples(),
                    added.quads());
            List<String> ids = corpus.articles(articles + ADDED)
                    .skip(articles)
                    .map(GeneratedArticle::id)
                    .toList();
            start = System.nanoTime();
            Pipeline.remove(store, ids);
            System.out.printf(
                    Locale.ROOT,
                    "remove them again        %.1f s; %d quads%n",
                    seconds(System.nanoTime() - start),
                    store.size());
        }
    }

    private static String text(String line) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(line)
                    .get("text")
                    .asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Seconds for sentence detection, tokenization and POS tagging of every text, on all cores,
     * read from the corpus as they are tagged (as the build reads them: never the corpus in memory).
     */
    private static double bareOpenNlp(Path jsonl) throws Exception {
        ThreadSafeSentenceDetectorME sentences = new ThreadSafeSentenceDetectorME(new SentenceModel(model("sentence")));
        ThreadSafeTokenizerME tokenizer = new ThreadSafeTokenizerME(new TokenizerModel(model("tokens")));
        ThreadSafePOSTaggerME tagger = new ThreadSafePOSTaggerME(new POSModel(model("pos")), POSTagFormat.UD);
        int cores = Runtime.getRuntime().availableProcessors();
        // A short queue, and the reading thread tags too when it is full.
        ExecutorService pool = new ThreadPoolExecutor(
                cores,
                cores,
                0,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(4 * cores),
                new ThreadPoolExecutor.CallerRunsPolicy());
        long start = System.nanoTime();
        try (Stream<String> lines = Files.lines(jsonl)) {
            lines.forEach(line -> pool.execute(() -> {
                String text = text(line);
                for (Span sentence : sentences.sentPosDetect(text)) {
                    tagger.tag(tokenizer.tokenize(sentence.getCoveredText(text).toString()));
                }
            }));
        } finally {
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.DAYS);
        }
        return seconds(System.nanoTime() - start);
    }

    /** Seconds for the pipeline's conversion of every article (NLP, extraction, graph, shapes) on all cores, storing nothing. */
    private static double convertAlone(Pipeline pipeline, Path jsonl) {
        long start = System.nanoTime();
        try (Stream<ArticleInput> inputs = ArticleInputs.of(List.of(jsonl))) {
            pipeline.convert(inputs, outcome -> {});
        }
        return seconds(System.nanoTime() - start);
    }

    private static InputStream model(String kind) {
        return Benchmark.class.getResourceAsStream("/opennlp-en-ud-ewt-" + kind + "-1.3-2.5.4.bin");
    }

    private static String firstSpeaker(String base) throws Exception {
        HttpResponse<String> camps = get(base + "camps", "text/csv");
        String[] row = camps.body().lines().skip(1).findFirst().orElseThrow().split(",");
        return row[3];
    }

    /** The first asking (timed here unless {@code firstMillis} says how long it took) and the percentiles of asking again. */
    private static String percentiles(String name, String url, double firstMillis) throws Exception {
        long begin = System.nanoTime();
        get(url, "application/sparql-results+json");
        double first = firstMillis >= 0 ? firstMillis : (System.nanoTime() - begin) / 1e6;
        long[] nanos = new long[QUERY_RUNS];
        int rows = 0;
        int failed = 0;
        String failure = "";
        for (int i = 0; i < QUERY_RUNS; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = get(url, "text/csv");
            nanos[i] = System.nanoTime() - start;
            if (response.statusCode() == 200) {
                rows = (int) response.body().lines().count() - 1;
            } else {
                failed++;
                failure = ", HTTP " + response.statusCode();
            }
        }
        Arrays.sort(nanos);
        return String.format(
                Locale.ROOT,
                "%-24s first %.0f ms; again: p50 %.0f ms, p99 %.0f ms (%d rows, %d runs, %d failed%s)",
                name,
                first,
                nanos[QUERY_RUNS / 2] / 1e6,
                nanos[(int) Math.ceil(QUERY_RUNS * 0.99) - 1] / 1e6,
                rows,
                QUERY_RUNS,
                failed,
                failure);
    }

    private static HttpResponse<String> get(String url, String accept) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Accept", accept)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static long peakRss() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(l -> l.startsWith("VmHWM:"))
                .map(l -> Long.parseLong(l.replaceAll("\\D", "")) * 1024)
                .findFirst()
                .orElse(-1L);
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(f -> f.toFile().length())
                    .sum();
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
