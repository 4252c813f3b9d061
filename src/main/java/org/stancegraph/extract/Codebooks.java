package org.stancegraph.extract;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.stancegraph.bundle.OntologyFiles;

/**
 * The data extraction runs on: the actor registry, the topic codebook and the lexicon, each the
 * shipped file of {@code ontology/} plus whatever files the user adds.
 *
 * <pre>{@code
 * Codebooks books = Codebooks.load(List.of(), List.of(Path.of("my-topics.ttl")));
 * StatementExtractor extractor = StatementExtractor.of(books);
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

    /**
     * A digest of what the three say, the same whatever order their files list it in (blank
     * nodes count by their content, not their labels): what an article was converted with.
     */
    public String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Model model : List.of(actors, topics, lexicon)) {
                List<String> lines = new ArrayList<>();
                model.listStatements()
                        .forEachRemaining(st -> lines.add(
                                term(st.getSubject()) + " " + st.getPredicate().getURI() + " " + term(st.getObject())));
                lines.sort(null);
                lines.forEach(line -> digest.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String term(RDFNode node) {
        if (node.isAnon()) {
            return "["
                    + node.asResource().listProperties().toList().stream()
                            .map(st -> st.getPredicate().getURI() + "=" + term(st.getObject()))
                            .sorted()
                            .reduce("", String::concat)
                    + "]";
        }
        return node.toString();
    }
}
