package org.stancegraph.extract;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.stancegraph.bundle.OntologyFiles;

/**
 * The data extraction runs on: the actor registry, the topic codebook and the lexicon, each the
 * shipped file of {@code ontology/} plus whatever files the user adds.
 *
 * <pre>{@code
 * Codebooks books = Codebooks.load(List.of(), List.of(Path.of("my-topics.ttl")));
 * StatementExtractor extractor = StatementExtractor.standard(books);
 * }</pre>
 */
public record Codebooks(Model actors, Model topics, Model lexicon) {

    /** The shipped codebooks, with the user's actor and topic files added. */
    public static Codebooks load(List<Path> extraActors, List<Path> extraTopics) {
        Model actors = OntologyFiles.bundled("actors.ttl");
        extraActors.forEach(file -> actors.add(OntologyFiles.user(file)));
        Model topics = OntologyFiles.bundled("topics.ttl");
        extraTopics.forEach(file -> topics.add(OntologyFiles.user(file)));
        return new Codebooks(actors, topics, OntologyFiles.bundled("lexicon.ttl"));
    }

    /** The shipped codebooks alone. */
    public static Codebooks standard() {
        return load(List.of(), List.of());
    }
}
