package org.stancegraph.export;

import java.nio.file.Path;
import java.util.Locale;
import org.stancegraph.graph.AtomicFile;

/** The formats a network is written in, each to its file (CSV to a folder of two files). */
public enum NetworkFormat {
    GRAPHML,
    GEXF,
    CYJS,
    DOT,
    CSV;

    /** The format named {@code name}, or null. */
    public static NetworkFormat named(String name) {
        for (NetworkFormat format : values()) {
            if (format.name().equals(name.toUpperCase(Locale.ROOT))) {
                return format;
            }
        }
        return null;
    }

    /** Writes {@code network} to {@code out}: a file, or for CSV a folder that gets nodes.csv and edges.csv. */
    public void write(Network network, Path out) {
        switch (this) {
            case GRAPHML -> AtomicFile.write(out, stream -> GraphMlWriter.write(network, stream));
            case GEXF -> AtomicFile.write(out, stream -> GexfWriter.write(network, stream));
            case CYJS -> AtomicFile.write(out, stream -> CytoscapeWriter.write(network, stream));
            case DOT -> AtomicFile.write(out, stream -> DotWriter.write(network, stream));
            case CSV -> CsvWriter.write(network, out);
        }
    }
}
