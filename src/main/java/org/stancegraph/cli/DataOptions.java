package org.stancegraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.stancegraph.graph.Store;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** Where a command reads the graph: the TDB2 database, or an RDF file. */
final class DataOptions {

    static final class Source {
        @Option(names = "--db", paramLabel = "DIR", description = "The TDB2 database. Default: data/tdb2")
        Path db;

        @Option(
                names = "--data",
                paramLabel = "FILE",
                description = "An RDF file (TriG, N-Quads, Turtle, JSON-LD) instead of the database.")
        Path data;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Source source = new Source();

    /**
     * Opens the chosen source; a missing database or unreadable file is a usage error, and a
     * database whose last build was cut off is said so on {@code warnings}.
     */
    Store open(PrintWriter warnings) {
        if (source != null && source.data != null) {
            if (!Files.isReadable(source.data)) {
                throw new UsageException(source.data + ": cannot read the file");
            }
            try {
                return Store.load(source.data);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
        Path db = source == null || source.db == null ? Path.of("data", "tdb2") : source.db;
        if (!Files.isDirectory(db)) {
            throw new UsageException("no database at " + db + "; run `bin/stancegraph build` first");
        }
        Store store = Store.open(db);
        if (store.isIncomplete()) {
            warnings.println(incomplete(db));
        }
        return store;
    }

    /** What a command says of a database whose last build was cut off. */
    static String incomplete(Path db) {
        return "warning: the database " + db + " is incomplete: a build was cut off before it finished, so derived"
                + " facts (contradictions, positions) may be missing; run `bin/stancegraph build --db " + db
                + "` to finish it";
    }
}
