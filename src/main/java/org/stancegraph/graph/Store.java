package org.stancegraph.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The TDB2 database: the one place a dataset on disk is opened. Each graph is replaced whole in
 * one write transaction, so a rebuild never duplicates and a failure leaves the database as it
 * was. Queries see the union of the named graphs as the default graph.
 *
 * <pre>{@code
 * try (Store store = Store.open(Path.of("data/tdb2"))) {
 *     store.replace(Iris.articleGraph(id), model);
 *     long triples = store.read(ds -> ds.asDatasetGraph().stream().count());
 * }
 * }</pre>
 */
public final class Store implements AutoCloseable {

    /** The file that says a build of the database is under way, or was cut off. */
    private static final String BUILDING = "stancegraph-build-in-progress";
    /** Beside the database: the bytes its files measured after the last compaction. */
    private static final String COMPACTED = "stancegraph-compacted-bytes";

    private final Dataset dataset;
    /** Where the database lives on disk; null for one in memory. */
    private final Path directory;

    private Store(Dataset dataset, Path directory) {
        this.dataset = dataset;
        this.directory = directory;
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /**
     * Opens, creating if needed, the database in {@code directory}; a {@link StoreInUseException}
     * names the process that holds it.
     */
    public static Store open(Path directory) {
        try {
            return new Store(TDB2Factory.connectDataset(directory.toString()), directory);
        } catch (DBOpEnvException e) {
            if (e.getMessage() == null || !e.getMessage().contains("lock")) {
                throw e;
            }
            throw new StoreInUseException(
                    "the database " + directory + " is in use by " + holder(directory)
                            + " (a running serve or build?): stop it first, or ask the running server over HTTP"
                            + " (its named queries are at /stancegraph/queries)",
                    e);
        }
    }

    /** The process TDB2's lock file names, as well as it can be told. */
    private static String holder(Path directory) {
        try {
            return "process " + Files.readString(directory.resolve("tdb.lock")).strip();
        } catch (IOException e) {
            return "another process";
        }
    }

    /** A database in memory, for {@code --data FILE} and tests. */
    public static Store inMemory() {
        return new Store(TDB2Factory.createDataset(), null);
    }

    /**
     * A database in memory holding the RDF file {@code file} (any syntax Jena reads); a syntax
     * error is an {@link IllegalArgumentException} naming the file, line and column.
     */
    public static Store load(Path file) {
        Store store = inMemory();
        try {
            Txn.executeWrite(store.dataset, () -> RDFParser.source(file)
                    .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging)
                    .parse(store.dataset.asDatasetGraph()));
        } catch (RiotException e) {
            store.close();
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
        return store;
    }

    /** Replaces the named graph {@code graph} with {@code content}, atomically. */
    public void replace(String graph, Model content) {
        Txn.executeWrite(dataset, () -> put(graph, content));
    }

    /** Replaces the named graph {@code graph} with {@code content}; within a write transaction. */
    private void put(String graph, Model content) {
        Node name = NodeFactory.createURI(graph);
        dataset.asDatasetGraph().removeGraph(name);
        dataset.asDatasetGraph().addGraph(name, content.getGraph());
    }

    /**
     * A long write from one thread: graphs replaced through few write transactions, each committed
     * once {@code commitEvery} graphs went into it, and the last at {@link BulkWrite#close}. TDB2
     * copies each index block a transaction changes, once per transaction, and never reuses the
     * old copy until compaction: a build committed every 512 articles left 5.1 GB of files for
     * 1.8 GB of data at 10,000 articles, and outgrew a 76 GB disk before 100,000.
     */
    public BulkWrite bulkWrite(int commitEvery) {
        return new BulkWrite(commitEvery);
    }

    /** See {@link #bulkWrite}; every call on the thread that opened it. */
    public final class BulkWrite implements AutoCloseable {
        private final int commitEvery;
        private int uncommitted;

        private BulkWrite(int commitEvery) {
            this.commitEvery = commitEvery;
        }

        /** Replaces each named graph of {@code graphs} with its content; on a failure nothing since the last commit is kept. */
        public void replace(Map<String, Model> graphs) {
            if (!dataset.isInTransaction()) {
                dataset.begin(ReadWrite.WRITE);
            }
            try {
                graphs.forEach(Store.this::put);
            } catch (RuntimeException | Error e) {
                dataset.abort();
                dataset.end();
                throw e;
            }
            uncommitted += graphs.size();
            if (uncommitted >= commitEvery) {
                commit();
            }
        }

        private void commit() {
            dataset.commit();
            dataset.end();
            uncommitted = 0;
        }

        /** Commits what was written since the last commit. */
        @Override
        public void close() {
            if (dataset.isInTransaction()) {
                commit();
            }
        }
    }

    /** Removes the named graph {@code graph}, atomically. */
    public void remove(String graph) {
        remove(List.of(graph));
    }

    /** Removes the named graphs {@code graphs}, all in one transaction. */
    public void remove(Collection<String> graphs) {
        Txn.executeWrite(
                dataset,
                () -> graphs.forEach(graph -> dataset.asDatasetGraph().removeGraph(NodeFactory.createURI(graph))));
    }

    /**
     * Compacts the database on disk: TDB2 never reuses the space of replaced data (every write
     * transaction appends), so a build leaves most of its files as garbage until compaction
     * writes the live data into a fresh generation and deletes the old one. Returns the bytes of
     * files before and after; nothing happens to a database in memory.
     */
    public Compaction compact() {
        if (directory == null) {
            return new Compaction(0, 0);
        }
        long before = bytesOnDisk();
        DatabaseMgr.compact(dataset.asDatasetGraph(), true);
        return new Compaction(before, bytesOnDisk());
    }

    /**
     * Compacts the database when its files measure more than twice what the last compaction left
     * (or no compaction is on record): compaction rewrites all live data, minutes for a large
     * database, which adding a hundred articles to it should not cost. Writes to a large database
     * grow its files fast (TDB2 copies every block a transaction touches, and new statements land
     * all over its indexes: adding 100 articles to 100,000 grew the files by 1 GB of 14), so a
     * smaller margin would compact every few additions. Returns the bytes before and after (equal
     * when it was not needed).
     */
    public Compaction compactIfGrown() {
        if (directory == null) {
            return new Compaction(0, 0);
        }
        long now = bytesOnDisk();
        OptionalLong last = lastCompacted();
        if (last.isPresent() && now <= last.getAsLong() * 2) {
            return new Compaction(now, now);
        }
        Compaction compaction = compact();
        try {
            Files.writeString(directory.resolve(COMPACTED), compaction.bytesAfter() + "\n");
        } catch (IOException e) {
            // Without the record the next build compacts again: slower, never wrong.
        }
        return compaction;
    }

    /** What the last compaction left, as recorded beside the database. */
    private OptionalLong lastCompacted() {
        try {
            return OptionalLong.of(Long.parseLong(
                    Files.readString(directory.resolve(COMPACTED)).strip()));
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** The size of the database's files before and after a compaction. */
    public record Compaction(long bytesBefore, long bytesAfter) {}

    private long bytesOnDisk() {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(file -> {
                        try {
                            return Files.size(file);
                        } catch (IOException e) {
                            return 0;
                        }
                    })
                    .sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure the database at " + directory, e);
        }
    }

    /** Runs {@code action} in a read transaction. */
    public <T> T read(Function<Dataset, T> action) {
        return Txn.calculateRead(dataset, () -> action.apply(dataset));
    }

    /** Number of quads in the database. */
    public long size() {
        return read(ds -> {
            // Counting index entries instead of decoding every quad: seconds instead of a minute
            // at 36 million quads.
            DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(ds.asDatasetGraph());
            return tdb.getTripleTable().getNodeTupleTable().size()
                    + tdb.getQuadTable().getNodeTupleTable().size();
        });
    }

    /**
     * Loads the N-Quads files {@code files} into this database, which must hold nothing yet, with
     * TDB2's parallel bulk loader (it builds the indexes side by side, where a build's writes go
     * through one transaction at a time); for graphs made elsewhere, such as by the Spark build.
     * Returns the quads the database then holds. A syntax error is an {@link
     * IllegalArgumentException} naming the file, line and column; the database is then incomplete.
     */
    public long loadBulk(List<Path> files) {
        if (!isEmpty()) {
            throw new IllegalStateException("the database "
                    + directory().map(Path::toString).orElse("in memory") + " is not empty: load into a new one");
        }
        markBuilding();
        DataLoader loader = LoaderFactory.parallelLoader(dataset.asDatasetGraph(), MonitorOutputs.nullOutput());
        loader.startBulk();
        for (Path file : files) {
            try {
                RDFParser.source(file)
                        .lang(Lang.NQUADS)
                        .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging)
                        .parse(loader.stream());
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e instanceof RiotException ? new IllegalArgumentException(file + ": " + e.getMessage(), e) : e;
            }
        }
        loader.finishBulk();
        markComplete();
        return size();
    }

    /**
     * Marks the database as being built: until {@link #markComplete()}, it says it is incomplete,
     * here and to the next process that opens it (a file beside TDB2's, since a build that dies
     * leaves the graphs it wrote without their derived facts, and nothing in them says so).
     */
    public void markBuilding() {
        if (directory != null) {
            try {
                Files.writeString(directory.resolve(BUILDING), "a build began and has not finished\n");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot mark " + directory + " as being built: " + e.getMessage(), e);
            }
        }
    }

    /** Marks the database complete: a build finished, derivation and validation included. */
    public void markComplete() {
        if (directory != null) {
            try {
                Files.deleteIfExists(directory.resolve(BUILDING));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot mark " + directory + " as complete: " + e.getMessage(), e);
            }
        }
    }

    /** The database's folder; empty for a database in memory. */
    public Optional<Path> directory() {
        return Optional.ofNullable(directory);
    }

    /** Whether the database lives in memory only (a test's, or {@code --data FILE}'s). */
    public boolean isInMemory() {
        return directory == null;
    }

    /** Whether a build of this database began and did not finish; the next build finishes it. */
    public boolean isIncomplete() {
        return directory != null && Files.exists(directory.resolve(BUILDING));
    }

    /** Whether the database holds no article yet. */
    public boolean isEmpty() {
        return read(ds -> !ds.asDatasetGraph().listGraphNodes().hasNext());
    }

    /** The union of all named graphs, copied into memory. */
    public Model union() {
        return read(ds -> ModelFactory.createDefaultModel().add(ds.getUnionModel()));
    }

    /** The dataset, for components that manage their own transactions (Fuseki, queries). */
    public Dataset dataset() {
        return dataset;
    }

    @Override
    public void close() {
        dataset.close();
    }
}
