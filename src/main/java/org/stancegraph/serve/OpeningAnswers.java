package org.stancegraph.serve;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.stancegraph.query.NamedQuery;
import org.stancegraph.query.QueryRunner;
import org.stancegraph.query.ResultSink;

/**
 * The answers a visitor's first page asks for, worked out once in the background as soon as the
 * server starts and kept in the {@link AnswerCache}: at 100,000 articles who-contradicted-whom
 * takes 14 s the first time it is asked (it sorts a quarter of a million edges) and under 100 ms
 * from the kept rows, and the first visitor should not wait for the sort. The server answers
 * requests meanwhile; one that comes before its answer is ready runs the query itself, as it would
 * without this. An answer that fails or passes the timeout is simply not kept. Closing gives up
 * the query under way at once (ARQ's cancel signal), so a server stops without waiting for it.
 */
final class OpeningAnswers implements AutoCloseable {

    private final AtomicBoolean cancel = new AtomicBoolean();
    private final Thread thread;

    private OpeningAnswers(List<NamedQuery> queries, QueryRunner runner, int maxRows, AnswerCache answers) {
        thread = new Thread(() -> answerAll(queries, runner, maxRows, answers), "stancegraph-opening-answers");
        thread.setDaemon(true);
    }

    /** Starts answering {@code queries}, in their order and without parameters, into {@code answers}. */
    static OpeningAnswers start(List<NamedQuery> queries, QueryRunner runner, int maxRows, AnswerCache answers) {
        OpeningAnswers opening = new OpeningAnswers(queries, runner, maxRows, answers);
        opening.thread.start();
        return opening;
    }

    private void answerAll(List<NamedQuery> queries, QueryRunner runner, int maxRows, AnswerCache answers) {
        for (NamedQuery query : queries) {
            if (cancel.get()) {
                return;
            }
            AnswerCache.Key key = new AnswerCache.Key(query.name(), Map.of());
            try {
                runner.run(query, Map.of(), maxRows, new KeepRows(key, answers), cancel);
            } catch (RuntimeException e) {
                // Cancelled, timed out or failed: the first request for it runs the query and
                // reports what happens then.
            }
        }
    }

    /** Waits until every answer is kept or given up; false if {@code millis} pass first. */
    boolean awaitDone(long millis) throws InterruptedException {
        thread.join(millis);
        return !thread.isAlive();
    }

    /** Gives up what is left, the query under way included, and waits for the thread to end. */
    @Override
    public void close() {
        cancel.set(true);
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Reads the rows of a SELECT into the cache; other forms are not kept, as the servlet keeps none. */
    private record KeepRows(AnswerCache.Key key, AnswerCache answers) implements ResultSink {
        @Override
        public void select(ResultSet results) {
            answers.keep(key, results);
        }

        @Override
        public void ask(boolean answer) {}

        @Override
        public void graph(Model graph) {}
    }
}
