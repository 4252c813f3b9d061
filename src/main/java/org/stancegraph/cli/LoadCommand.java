package org.stancegraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.stancegraph.graph.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code load}: a new database from the N-Quads of a Spark build (or any N-Quads files), with TDB2's bulk loader. */
@Command(
        name = "load",
        mixinStandardHelpOptions = true,
        description = {
            "Load N-Quads into a new database with TDB2's bulk loader: the output folder of",
            "bin/stancegraph-spark (its graphs/, derived/ and reference/), or .nq files.",
            "Then `serve --db DIR` serves it."
        })
final class LoadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Folders (searched for N-Quads) or .nq files.")
    List<Path> paths;

    @Option(names = "--db", paramLabel = "DIR", description = "The new TDB2 database. Default: ${DEFAULT-VALUE}")
    Path db = Path.of("data", "tdb2");

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        List<Path> files = paths.stream().flatMap(LoadCommand::nquadsUnder).toList();
        if (files.isEmpty()) {
            throw new UsageException("no N-Quads under " + paths);
        }
        if (Files.exists(db)) {
            throw new UsageException(db + " exists: load makes a new database (give another --db, or remove it)");
        }
        long quads;
        try (Store store = Store.open(db)) {
            quads = store.loadBulk(files);
        } catch (IllegalArgumentException e) {
            // The database is new and half loaded: it goes, and nothing else was touched.
            deleteNew(db);
            throw new UsageException(e.getMessage() + "; nothing loaded");
        }
        spec.commandLine().getOut().printf("Loaded %d files into %s: %d quads.%n", files.size(), db, quads);
        return ExitCodes.OK;
    }

    /** Deletes the database this command made. */
    private static void deleteNew(Path db) {
        try (Stream<Path> walk = Files.walk(db)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the half-loaded " + db + ": " + e.getMessage(), e);
        }
    }

    /** The N-Quads files under {@code path}: .nq files, and the part files Spark writes, in name order. */
    private static Stream<Path> nquadsUnder(Path path) {
        if (!Files.exists(path)) {
            throw new UsageException("no such file or folder: " + path);
        }
        if (!Files.isDirectory(path)) {
            return Stream.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk
                    .filter(Files::isRegularFile)
                    .filter(f -> {
                        String name = f.getFileName().toString();
                        boolean inNquadsFolder =
                                f.getParent().getFileName().toString().matches("graphs|derived|reference");
                        return name.endsWith(".nq") || (inNquadsFolder && name.startsWith("part-"));
                    })
                    .sorted()
                    .toList()
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + path + ": " + e.getMessage(), e);
        }
    }
}
