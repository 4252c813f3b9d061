package org.stancegraph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.stancegraph.graph.Derivation;
import org.stancegraph.graph.Store;
import org.stancegraph.pipeline.BuildResult;
import org.stancegraph.pipeline.Outcome;
import org.stancegraph.pipeline.Pipeline;
import org.stancegraph.pipeline.Summary;

/**
 * Builds articles into a store as {@code build} does, for the tests that need a real graph. A build
 * that lost an article, broke the shapes or left derived facts that a second derivation would change
 * fails here, naming what went wrong, rather than later as a missing edge in some test's assertion.
 */
public final class SeedCorpus {

    private SeedCorpus() {}

    /** Builds the five seed articles of {@code seeds/} into {@code store}. */
    public static Summary buildInto(Store store) {
        return buildInto(store, Path.of("seeds"));
    }

    /** Builds the articles under {@code input} into {@code store} with the shipped codebooks. */
    public static Summary buildInto(Store store, Path input) {
        List<String> failures = new ArrayList<>();
        BuildResult result = Pipeline.standard().build(store, List.of(input), outcome -> {
            if (outcome instanceof Outcome.Failed failed) {
                failures.add(failed.problem() + (failed.cause() == null ? "" : " (" + failed.cause() + ")"));
            }
        });
        if (!result.clean()) {
            throw new AssertionError(
                    "the build of " + input + " was not clean: " + failures + " " + result.violations());
        }
        Derivation.Change again = Derivation.standard().derive(store);
        if (again.added() != 0 || again.removed() != 0) {
            throw new AssertionError("deriving " + input + " again changed the derived graphs: " + again
                    + " after the build's " + result.derived());
        }
        return result.summary();
    }
}
