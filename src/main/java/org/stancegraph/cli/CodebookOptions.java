package org.stancegraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.stancegraph.pipeline.Pipeline;
import picocli.CommandLine.Option;

/** The researcher's own actor registry and topic codebook, added to the shipped ones. */
final class CodebookOptions {

    @Option(names = "--topics", paramLabel = "FILE", description = "A topic codebook in plain SKOS (Turtle) to add.")
    List<Path> topics = new ArrayList<>();

    @Option(names = "--actors", paramLabel = "FILE", description = "Actors (Turtle, as ontology/actors.ttl) to add.")
    List<Path> actors = new ArrayList<>();

    /** The pipeline over the shipped codebooks and the user's files; a missing or broken file is a usage error. */
    Pipeline pipeline() {
        return pipeline(false);
    }

    /** As {@link #pipeline()}, converting every article again when {@code reconvert}. */
    Pipeline pipeline(boolean reconvert) {
        for (Path file : concat()) {
            if (!Files.isReadable(file)) {
                throw new UsageException(file + ": cannot read the file");
            }
        }
        try {
            return Pipeline.builder()
                    .actors(actors)
                    .topics(topics)
                    .reconvert(reconvert)
                    .build();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private List<Path> concat() {
        List<Path> all = new ArrayList<>(topics);
        all.addAll(actors);
        return all;
    }
}
