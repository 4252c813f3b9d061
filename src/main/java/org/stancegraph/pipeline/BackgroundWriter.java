package org.stancegraph.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.rdf.model.Model;
import org.stancegraph.graph.Store;

/**
 * Writes article graphs to the store in batches, on a thread of its own, so that converting the
 * next batch goes on while one is written (written on the converting side, the store waited for
 * the conversion and the conversion for the store: at 10,000 articles the build took the sum of
 * both). One batch is handed over at a time, in the order given, and a write transaction is
 * committed only every {@code commitEvery} graphs (see {@link Store#bulkWrite}) and at the end; a
 * failed write surfaces at the next call.
 *
 * <pre>{@code
 * try (BackgroundWriter writer = new BackgroundWriter(store, 512, 8192)) {
 *     writer.add(graphIri, model);
 *     writer.finish();
 * }
 * }</pre>
 */
final class BackgroundWriter implements AutoCloseable {

    private final Store store;
    private final int batchSize;
    private final int commitEvery;
    /** Opened, used and closed on the writing thread only, as TDB2's transactions ask. */
    private Store.BulkWrite bulk;

    private Map<String, Model> batch = new LinkedHashMap<>();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread writer = new Thread(runnable, "stancegraph-write");
        writer.setDaemon(true);
        return writer;
    });
    private Future<?> pending;

    BackgroundWriter(Store store, int batchSize, int commitEvery) {
        this.store = store;
        this.batchSize = batchSize;
        this.commitEvery = commitEvery;
    }

    /** Adds {@code content} as the named graph {@code graph}, replacing what the store held under that name. */
    void add(String graph, Model content) {
        batch.put(graph, content);
        if (batch.size() >= batchSize) {
            writeBatch();
        }
    }

    /** Writes and commits what was added and waits until it is committed. */
    void finish() {
        writeBatch();
        awaitPending();
        pending = thread.submit(this::closeBulk);
        awaitPending();
    }

    private void writeBatch() {
        awaitPending();
        Map<String, Model> full = batch;
        batch = new LinkedHashMap<>();
        if (!full.isEmpty()) {
            pending = thread.submit(() -> {
                if (bulk == null) {
                    bulk = store.bulkWrite(commitEvery);
                }
                try {
                    bulk.replace(full);
                } catch (RuntimeException | Error e) {
                    bulk = null; // its transaction is aborted; the next batch opens another
                    throw e;
                }
            });
        }
    }

    private void awaitPending() {
        if (pending == null) {
            return;
        }
        try {
            pending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing to the store", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime
                    ? runtime
                    : new IllegalStateException("writing to the store failed", e.getCause());
        } finally {
            pending = null;
        }
    }

    private void closeBulk() {
        if (bulk != null) {
            bulk.close();
            bulk = null;
        }
    }

    /** Stops the writing thread; what {@link #finish} did not commit is not written. */
    @Override
    public void close() {
        thread.shutdownNow();
    }
}
