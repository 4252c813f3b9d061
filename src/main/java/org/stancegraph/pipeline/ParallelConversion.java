package org.stancegraph.pipeline;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.stancegraph.ingest.ArticleInput;

/**
 * Converts a stream of inputs on several threads, streaming: at most a few inputs per thread are
 * in flight, and outcomes reach the sink one at a time, in input order, on the calling thread (so
 * the sink may write to a store without locking).
 *
 * <pre>{@code
 * Summary summary = new ParallelConversion(pipeline::convert, 4).run(inputs, outcome -> store(outcome));
 * }</pre>
 */
final class ParallelConversion {

    private static final int IN_FLIGHT_PER_THREAD = 4;
    /** How long one article may take: far beyond any real one (a 137 KB article converts in under a second). */
    static final Duration ARTICLE_BUDGET = Duration.ofMinutes(5);

    private final Function<ArticleInput, Outcome> convert;
    private final int threads;
    private final Duration budget;

    /** {@code convert} turns one input into its outcome and never throws. */
    ParallelConversion(Function<ArticleInput, Outcome> convert, int threads) {
        this(convert, threads, ARTICLE_BUDGET);
    }

    /** As above, with each input given at most {@code budget} once the run waits for it. */
    ParallelConversion(Function<ArticleInput, Outcome> convert, int threads, Duration budget) {
        this.convert = convert;
        this.threads = Math.max(1, threads);
        this.budget = budget;
    }

    /** Converts every input, each outcome checked for an article id met before, then handed to {@code sink} in input order. */
    Summary runUnique(Stream<ArticleInput> inputs, Consumer<Outcome> sink) {
        return run(inputs, new DuplicateIds(), sink);
    }

    /** Converts every input, handing each outcome to {@code sink} in input order. */
    Summary run(Stream<ArticleInput> inputs, Consumer<Outcome> sink) {
        return run(inputs, UnaryOperator.identity(), sink);
    }

    private Summary run(Stream<ArticleInput> inputs, UnaryOperator<Outcome> review, Consumer<Outcome> sink) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "stancegraph-convert");
            thread.setDaemon(true);
            return thread;
        });
        Summary[] summary = {new Summary(0, 0, 0)};
        Consumer<Outcome> counting = converted -> {
            Outcome outcome = review.apply(converted);
            summary[0] = summary[0].plus(outcome);
            sink.accept(outcome);
        };
        Deque<Pending> inFlight = new ArrayDeque<>();
        try {
            inputs.forEach(input -> {
                inFlight.add(new Pending(input.location(), pool.submit(() -> convert.apply(input))));
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
        return summary[0];
    }

    /** An input being converted. */
    private record Pending(String location, Future<Outcome> future) {}

    /**
     * The outcome of {@code pending}; past the budget, a failure, and the conversion is interrupted
     * (code that never looks at its interrupt flag keeps its thread until it ends, but the run goes on).
     */
    private Outcome await(Pending pending) {
        try {
            return pending.future().get(budget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.future().cancel(true);
            return new Outcome.Failed(
                    pending.location(),
                    pending.location() + ": took longer than " + budget.toSeconds() + " s to convert; skipped",
                    null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while converting", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("conversion failed unexpectedly", e.getCause());
        }
    }
}
