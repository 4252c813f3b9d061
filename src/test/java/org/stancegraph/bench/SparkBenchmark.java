package org.stancegraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.stancegraph.graph.Store;
import org.stancegraph.pipeline.BuildResult;
import org.stancegraph.pipeline.Pipeline;
import org.stancegraph.spark.CodebookTexts;
import org.stancegraph.spark.SparkBuild;

/**
 * The Spark build beside the single-process build, on the same synthetic corpus in the same run
 * (not a test): {@code bin/stancegraph build}'s pipeline into a fresh database, then the Spark job
 * in {@code local[2]} and {@code load} of its output into another; prints the seconds and
 * articles/s of each, their ratio, and both databases' quad counts.
 *
 * <pre>
 * bin/benchmark --spark 10000
 * </pre>
 */
public final class SparkBenchmark {

    private SparkBenchmark() {}

    public static void main(String[] args) throws Exception {
        int articles = Integer.parseInt(args[0]);
        Path work = Path.of(args[1]);
        Files.createDirectories(work);
        SyntheticCorpus corpus = SyntheticCorpus.of(SyntheticCorpus.DEFAULT_SEED);
        Path jsonl = work.resolve("corpus.jsonl");
        Path codebook = work.resolve("topics.ttl");
        corpus.writeJsonLines(jsonl, articles);
        corpus.writeCodebook(codebook);

        long start = System.nanoTime();
        BuildResult built;
        try (Store store = Store.open(work.resolve("built"))) {
            built = Pipeline.builder().topics(List.of(codebook)).build().build(store, List.of(jsonl), outcome -> {});
        }
        double buildSeconds = seconds(System.nanoTime() - start);

        SparkSession spark = SparkSession.builder()
                .master("local[2]")
                .appName("stancegraph-benchmark")
                .config("spark.ui.enabled", "false")
                .getOrCreate();
        Path out = work.resolve("spark-out");
        start = System.nanoTime();
        SparkBuild.Summary summary;
        try {
            summary = SparkBuild.run(
                    spark,
                    List.of(jsonl.toString()),
                    SparkBuild.Format.JSONL,
                    out.toString(),
                    CodebookTexts.read(List.of(), List.of(codebook)));
        } finally {
            spark.stop();
        }
        double sparkSeconds = seconds(System.nanoTime() - start);
        start = System.nanoTime();
        long loadedQuads;
        try (Store store = Store.open(work.resolve("loaded"))) {
            loadedQuads = store.loadBulk(SparkBuild.nquadsIn(out));
        }
        double loadSeconds = seconds(System.nanoTime() - start);

        System.out.printf(
                Locale.ROOT,
                "articles                     %d (build), %d (Spark; %d failed)%n",
                built.summary().articles(),
                summary.articles(),
                summary.failed());
        System.out.printf(
                Locale.ROOT,
                "build, one process           %.1f s, %.1f articles/s (%d quads, compaction included)%n",
                buildSeconds,
                articles / buildSeconds,
                built.quads());
        System.out.printf(
                Locale.ROOT,
                "Spark local[2], the job      %.1f s, %.1f articles/s, %.1f per core%n",
                sparkSeconds,
                articles / sparkSeconds,
                articles / sparkSeconds / 2);
        System.out.printf(Locale.ROOT, "load (TDB2 parallel loader)  %.1f s (%d quads)%n", loadSeconds, loadedQuads);
        System.out.printf(
                Locale.ROOT, "Spark job + load / build     %.2f%n", (sparkSeconds + loadSeconds) / buildSeconds);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
