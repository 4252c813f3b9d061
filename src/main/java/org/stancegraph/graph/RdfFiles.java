package org.stancegraph.graph;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/** Writes a dataset to an RDF file, atomically. Turtle has no named graphs, so it gets their union. */
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
        AtomicFile.write(file, out -> {
            if (format == RDFFormat.TURTLE_BLOCKS) {
                RDFDataMgr.write(out, dataset.getUnionModel(), format);
            } else {
                RDFDataMgr.write(out, dataset, format);
            }
        });
    }
}
