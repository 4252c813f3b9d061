package org.stancegraph.graph.derive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.stancegraph.vocab.SG;

/**
 * What derivation reads of every statement ({@link Said}), kept per topic in files beside the
 * database, so that deriving a topic again reads one file instead of querying every statement on
 * it: at 100,000 articles the queries took 57 s of the 74 s derivation spent on one thread.
 *
 * <p>The table is a copy of what the article graphs say, trusted only while it is known to be one:
 * a marker file says so. Opening the table takes the marker away; a build then tells the table
 * which articles it adds and drops, derives, and {@link #seal() seals} the table, which puts the
 * marker back. A table not trusted (a build cut off, a database written by something else or
 * derived by other rules, one in memory) is read again from the article graphs when first asked,
 * for every topic at once; that of a database without statements starts trusted and empty.
 *
 * <pre>{@code
 * FactTable facts = FactTable.open(directory, dataset);   // directory null: in memory
 * facts.drop(articleIri); facts.add(articleGraph);        // as articles are replaced and loaded
 * TopicFacts statements = facts.topic(topicIri);         // within a read transaction
 * facts.keep(topicIri, statements.said());                // once its derived graph is written
 * facts.seal();
 * }</pre>
 */
public final class FactTable {

    /** The marker: the files hold what the article graphs say. */
    private static final String TRUSTED = "trusted";
    /**
     * What the marker says: the table holds the facts the derived graphs were derived from, by the
     * rules of this {@link DerivedTriples#RULES version}; a table of other rules is read again.
     */
    private static final String MARKER = "the files hold the statement facts of the database beside them,"
            + " derived by rules " + DerivedTriples.RULES + "\n";
    /** What a topic's statements were when its graph was last derived. */
    private static final String KEPT = ".facts";
    /** Statements of articles loaded since, waiting for the topic to be derived. */
    private static final String ADDED = ".added";
    /** Facts held before they are appended to the files, so that a file is opened per batch, not per article. */
    private static final int BUFFERED = 20_000;

    private final Path directory;
    private final DatasetGraph dataset;
    private boolean trusted;
    /** Whether the table was read again from the graphs since it was opened: then every statement counts as changed. */
    private boolean readAgain;

    private final Set<String> dropped = new HashSet<>();
    private final Map<String, List<Said>> buffered = new HashMap<>();
    private int bufferedCount;
    /** The table of a database in memory: topic to its statements. */
    private final Map<String, List<Said>> inMemory = new HashMap<>();

    private FactTable(Path directory, DatasetGraph dataset, boolean trusted) {
        this.directory = directory;
        this.dataset = dataset;
        this.trusted = trusted;
    }

    /**
     * The table of the database {@code dataset} whose files are in {@code directory} ({@code null}
     * for a database in memory); takes the marker away until {@link #seal()}.
     */
    public static FactTable open(Path directory, DatasetGraph dataset) {
        if (directory == null) {
            return new FactTable(null, dataset, false);
        }
        try {
            Files.createDirectories(directory);
            Path marker = directory.resolve(TRUSTED);
            boolean trusted = Files.exists(marker) && Files.readString(marker).equals(MARKER);
            Files.deleteIfExists(marker);
            FactTable table = new FactTable(directory, dataset, trusted);
            if (!trusted && !holdsStatements(dataset)) {
                // Nothing to read again (a new database): the table starts empty and trusted, and is
                // told of each statement as it is loaded, where reading 100,000 article graphs back
                // would cost minutes.
                table.deleteFiles(name -> true);
                table.trusted = true;
            }
            return table;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot open the statement facts in " + directory + ": " + e.getMessage(), e);
        }
    }

    /** Whether any graph of {@code dataset} holds a statement: one look in an index. */
    private static boolean holdsStatements(DatasetGraph dataset) {
        return Txn.calculateRead(
                dataset, () -> dataset.find(Node.ANY, Node.ANY, RDF.type.asNode(), SG.Statement.asNode())
                        .hasNext());
    }

    /** Says that the files in {@code directory} no longer hold what the database says (it is about to be written by other means). */
    public static void distrust(Path directory) {
        try {
            Files.deleteIfExists(directory.resolve(TRUSTED));
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot mark the statement facts in " + directory + " as stale: " + e.getMessage(), e);
        }
    }

    /** The statements of an article graph just loaded; they count from the next {@link #topic(String)}. */
    public synchronized void add(Graph articleGraph) {
        if (!trusted) {
            return; // read from the graphs when first asked
        }
        StatementFacts.in(articleGraph).forEach(this::buffer);
    }

    /** Drops the statements the table holds of the article {@code articleIri} (replaced or removed); not those added since. */
    public synchronized void drop(String articleIri) {
        dropped.add(articleIri);
    }

    /** The statements on {@code topic}, and whose changed since it was kept; call within a read transaction on the database. */
    public TopicFacts topic(String topic) {
        synchronized (this) {
            if (!trusted) {
                readAgain();
            }
            flush();
            if (directory == null) {
                return TopicFacts.allNew(inMemory.getOrDefault(topic, List.of()));
            }
        }
        List<Said> facts = new ArrayList<>();
        Set<String> changed = new HashSet<>();
        Path keptFile = file(topic, KEPT);
        // What the stored graph was derived from, where known: a file kept once it was written.
        boolean derivedFromKept = !readAgain && Files.exists(keptFile);
        List<Said> kept = FactFile.read(keptFile, topic);
        for (Said said : kept) {
            if (dropped.contains(said.article())) {
                changed.add(said.speaker());
            } else {
                facts.add(said);
            }
        }
        for (Said said : FactFile.read(file(topic, ADDED), topic)) {
            facts.add(said);
            changed.add(said.speaker());
        }
        return new TopicFacts(facts, derivedFromKept ? Optional.of(kept) : Optional.empty(), changed, readAgain);
    }

    /** Keeps {@code facts} as the statements on {@code topic}, once its derived graph says what they give. */
    public void keep(String topic, List<Said> facts) {
        if (directory == null) {
            synchronized (this) {
                inMemory.put(topic, List.copyOf(facts));
            }
            return;
        }
        Path kept = file(topic, KEPT);
        Path written = file(topic, KEPT + ".new");
        try {
            if (facts.isEmpty()) {
                Files.deleteIfExists(kept);
            } else {
                FactFile.write(written, facts, false);
                Files.move(written, kept, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.deleteIfExists(file(topic, ADDED));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the statement facts of " + topic + ": " + e.getMessage(), e);
        }
    }

    /** Forgets the statements of every topic but {@code topics}, the ones statements are on now. */
    public synchronized void retain(Collection<String> topics) {
        if (directory == null) {
            inMemory.keySet().retainAll(topics);
            return;
        }
        Set<String> names = new HashSet<>();
        topics.forEach(topic -> names.add(Utterances.md5(topic)));
        deleteFiles(name -> {
            int dot = name.indexOf('.');
            return dot > 0 && !names.contains(name.substring(0, dot));
        });
    }

    /** Puts the marker back: every topic derived since {@link #open} has been kept. Trusted only if it was, or was read again. */
    public synchronized void seal() {
        if (directory == null || !trusted) {
            return;
        }
        try {
            Files.writeString(directory.resolve(TRUSTED), MARKER);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot seal the statement facts in " + directory + ": " + e.getMessage(), e);
        }
    }

    /** Reads every article graph again, and starts the table over from what they say. */
    private void readAgain() {
        buffered.clear();
        bufferedCount = 0;
        dropped.clear();
        inMemory.clear();
        if (directory != null) {
            deleteFiles(name -> true);
        }
        trusted = true;
        readAgain = true;
        // Statements are typed in their article's graph; no other graph holds one.
        dataset.listGraphNodes().forEachRemaining(graph -> StatementFacts.in(dataset.getGraph(graph))
                .forEach(this::buffer));
        flush();
    }

    /** Holds {@code said} for its topic's file (or the table in memory), a batch at a time. */
    private void buffer(Said said) {
        buffered.computeIfAbsent(said.topic(), t -> new ArrayList<>()).add(said);
        if (++bufferedCount >= BUFFERED) {
            flush();
        }
    }

    /** Deletes the files of the table whose names {@code which} accepts. */
    private void deleteFiles(Predicate<String> which) {
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (which.test(file.getFileName().toString())) {
                    Files.delete(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot clear the statement facts in " + directory + ": " + e.getMessage(), e);
        }
    }

    /** Appends the facts held to their topics' files of added statements. */
    private void flush() {
        if (directory == null) {
            buffered.forEach((topic, facts) ->
                    inMemory.computeIfAbsent(topic, t -> new ArrayList<>()).addAll(facts));
        } else {
            buffered.forEach((topic, facts) -> {
                try {
                    FactFile.write(file(topic, ADDED), facts, true);
                } catch (IOException e) {
                    throw new UncheckedIOException(
                            "cannot write the statement facts of " + topic + ": " + e.getMessage(), e);
                }
            });
        }
        buffered.clear();
        bufferedCount = 0;
    }

    private Path file(String topic, String kind) {
        return directory.resolve(Utterances.md5(topic) + kind);
    }
}
