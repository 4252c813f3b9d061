package org.stancegraph;

import java.nio.file.Path;
import java.util.List;
import org.stancegraph.graph.Store;
import org.stancegraph.pipeline.Pipeline;
import org.stancegraph.pipeline.Summary;

/** Builds articles into a store as {@code build} does, for the tests that need a real graph. */
public final class SeedCorpus {

    private SeedCorpus() {}

    /** Builds the five seed articles of {@code seeds/} into {@code store}. */
    public static Summary buildInto(Store store) {
        return buildInto(store, Path.of("seeds"));
    }

    /** Builds the articles under {@code input} into {@code store} with the shipped codebooks. */
    public static Summary buildInto(Store store, Path input) {
        return Pipeline.standard().build(store, List.of(input), outcome -> {}).summary();
    }
}
