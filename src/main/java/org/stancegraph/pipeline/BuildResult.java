package org.stancegraph.pipeline;

import java.util.List;

/**
 * What a build did: the conversion totals, the quads the store holds afterwards, and the SHACL
 * violations of the built graph (one line each; empty when it satisfies the shapes).
 */
public record BuildResult(Summary summary, long quads, List<String> violations) {

    public BuildResult {
        violations = List.copyOf(violations);
    }

    /** Whether every input converted and the graph satisfies the shapes. */
    public boolean clean() {
        return summary.failed() == 0 && violations.isEmpty();
    }
}
