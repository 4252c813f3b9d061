package org.stancegraph.graph;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/**
 * Writes a dataset to a file atomically: into a temporary file beside it, then moved into place,
 * so a reader never sees half a file and a failure leaves the old file as it was. Turtle has no
 * named graphs, so it gets their union.
 */
public final class RdfFiles {

    /** The syntaxes {@code convert} writes, by the name users give. */
    public static final Map<String, RDFFormat> FORMATS = Map.of(
            "trig", RDFFormat.TRIG_BLOCKS,
            "nq", RDFFormat.NQUADS,
            "ttl", RDFFormat.TURTLE_BLOCKS,
            "jsonld", RDFFormat.JSONLD11);

    private RdfFiles() {}

    /** The format named {@code name} (trig, nq, ttl, jsonld), or null. */
    public static RDFFormat format(String name) {
        return FORMATS.get(name.toLowerCase(Locale.ROOT));
    }

    /** Writes {@code dataset} to {@code file} in {@code format}, atomically. */
    public static void write(Dataset dataset, Path file, RDFFormat format) {
        Path target = file.toAbsolutePath();
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            try {
                try (OutputStream out = Files.newOutputStream(temp)) {
                    if (format == RDFFormat.TURTLE_BLOCKS) {
                        RDFDataMgr.write(out, dataset.getUnionModel(), format);
                    } else {
                        RDFDataMgr.write(out, dataset, format);
                    }
                }
                move(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
