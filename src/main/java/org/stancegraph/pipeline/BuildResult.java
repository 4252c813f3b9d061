package org.stancegraph.pipeline;

import java.time.Duration;
import java.util.List;
import org.stancegraph.graph.Derivation;
import org.stancegraph.graph.Store;

/**
 * What a build did: the conversion totals, the quads the store holds afterwards, the triples the
 * derivation gave (and what it wrote), the SHACL violations of the built graph (one line each; empty when it
 * satisfies the shapes), the database files before and after compaction, and how long each
 * phase took.
 */
public record BuildResult(
        Summary summary,
        long quads,
        Derivation.Change derived,
        List<String> violations,
        Store.Compaction compaction,
        Phases phases) {

    /** The time of each phase: convert (and load), derive, validate, compact. */
    public record Phases(Duration convert, Duration derive, Duration validate, Duration compact) {}

    public BuildResult {
        violations = List.copyOf(violations);
    }

    /** Whether every input converted and the graph satisfies the shapes. */
    public boolean clean() {
        return summary.failed() == 0 && violations.isEmpty();
    }
}
