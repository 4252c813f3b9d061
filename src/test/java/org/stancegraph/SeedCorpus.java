package org.stancegraph;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.stancegraph.extract.Codebooks;
import org.stancegraph.graph.Converter;
import org.stancegraph.graph.GraphBuilder;
import org.stancegraph.graph.Store;
import org.stancegraph.ingest.ArticleInput;
import org.stancegraph.ingest.ArticleInputs;

/** Builds articles into a store as {@code build} does, for the tests that need a real graph. */
public final class SeedCorpus {

    private SeedCorpus() {}

    /** Builds the five seed articles of {@code seeds/} into {@code store}. */
    public static Converter.Summary buildInto(Store store) {
        return buildInto(store, Path.of("seeds"));
    }

    /** Builds the articles under {@code input} into {@code store} with the shipped codebooks. */
    public static Converter.Summary buildInto(Store store, Path input) {
        try (Stream<ArticleInput> inputs = ArticleInputs.of(List.of(input))) {
            return new GraphBuilder(Codebooks.standard()).build(store, inputs, outcome -> {});
        }
    }
}
