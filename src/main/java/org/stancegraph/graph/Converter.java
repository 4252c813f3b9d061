package org.stancegraph.graph;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.stancegraph.extract.StatementExtractor;
import org.stancegraph.ingest.ArticleInput;
import org.stancegraph.ingest.InputException;
import org.stancegraph.model.Article;
import org.stancegraph.model.Statement;

/**
 * Converts a stream of article inputs to article graphs on all cores, streaming: at most a few
 * articles per core are in flight, and results reach the sink one at a time, in input order, on
 * the calling thread (so the sink may write to a store without locking).
 *
 * <pre>{@code
 * Converter converter = new Converter(extractor);
 * Converter.Summary summary = converter.run(inputs, outcome -> { ... });
 * }</pre>
 */
public final class Converter {

    /** What became of one input. */
    public sealed interface Outcome permits Converted, Failed {
        String location();
    }

    /** An article converted: its statements and its named graph. */
    public record Converted(Article article, List<Statement> statements, Model graph) implements Outcome {
        @Override
        public String location() {
            return article.location();
        }
    }

    /** An input that could not be converted, with one line saying why; {@code cause} for --debug. */
    public record Failed(String location, String problem, Throwable cause) implements Outcome {}

    /** Totals of a run. */
    public record Summary(int articles, int failed, int statements) {}

    private static final int IN_FLIGHT_PER_THREAD = 4;

    private final StatementExtractor extractor;
    private final int threads;

    public Converter(StatementExtractor extractor) {
        this(extractor, Runtime.getRuntime().availableProcessors());
    }

    public Converter(StatementExtractor extractor, int threads) {
        this.extractor = extractor;
        this.threads = Math.max(1, threads);
    }

    /** Converts every input, handing each outcome to {@code sink} in input order. */
    public Summary run(Stream<ArticleInput> inputs, Consumer<Outcome> sink) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "stancegraph-convert");
            thread.setDaemon(true);
            return thread;
        });
        int[] totals = new int[3];
        Consumer<Outcome> counting = outcome -> {
            if (outcome instanceof Converted c) {
                totals[0]++;
                totals[2] += c.statements().size();
            } else {
                totals[1]++;
            }
            sink.accept(outcome);
        };
        Deque<Future<Outcome>> inFlight = new ArrayDeque<>();
        try {
            inputs.forEach(input -> {
                inFlight.add(pool.submit(() -> convert(input)));
                if (inFlight.size() >= threads * IN_FLIGHT_PER_THREAD) {
                    counting.accept(await(inFlight.poll()));
                }
            });
            while (!inFlight.isEmpty()) {
                counting.accept(await(inFlight.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
        return new Summary(totals[0], totals[1], totals[2]);
    }

    /** Converts one input; never throws. */
    public Outcome convert(ArticleInput input) {
        try {
            Article article = input.read();
            List<Statement> statements = extractor.extract(article);
            return new Converted(article, statements, ArticleGraph.of(article, statements));
        } catch (InputException e) {
            return new Failed(input.location(), e.getMessage(), e);
        } catch (RuntimeException e) {
            return new Failed(input.location(), input.location() + ": cannot convert: " + e, e);
        }
    }

    private static Outcome await(Future<Outcome> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while converting", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("conversion failed unexpectedly", e.getCause());
        }
    }
}
