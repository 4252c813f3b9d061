package org.stancegraph.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.stancegraph.graph.Store;
import org.stancegraph.pipeline.BuildResult;

/** The lines a build ends with, the same for {@code build} and for {@code serve} on an empty database. */
final class BuildReport {

    private BuildReport() {}

    /** One line per SHACL violation on {@code err}, then the totals of the build of {@code what} on {@code out}. */
    static void print(PrintWriter out, PrintWriter err, String what, BuildResult result) {
        result.violations().forEach(v -> err.println("invalid: " + v));
        err.flush();
        out.printf(
                "Built %s: %d articles, %d statements, %d failed%s; %d quads; %s%n",
                what,
                result.summary().articles(),
                result.summary().statements(),
                result.summary().failed(),
                result.summary().unchanged() == 0 ? "" : ", " + result.summary().unchanged() + " unchanged",
                result.quads(),
                result.violations().isEmpty()
                        ? "the graph satisfies ontology/shapes.ttl."
                        : result.violations().size() + " SHACL violations.");
        Store.Compaction compaction = result.compaction();
        if (compaction.bytesBefore() - compaction.bytesAfter() >= 1_000_000) {
            out.printf(
                    Locale.ROOT,
                    "Compacted %s: its files measure %.0f MB, down from %.0f MB.%n",
                    what,
                    compaction.bytesAfter() / 1e6,
                    compaction.bytesBefore() / 1e6);
        }
        out.flush();
    }
}
