package org.stancegraph.graph;

import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.stancegraph.extract.Codebooks;
import org.stancegraph.extract.OntologyFiles;
import org.stancegraph.extract.StatementExtractor;
import org.stancegraph.ingest.ArticleInput;

/**
 * Builds the graph into a store: the ontology and the registry/codebook in graphs of their own,
 * then every article converted and written as its own named graph, one transaction each, as it
 * arrives (a failed article writes nothing), then the derived graph from the rules.
 *
 * <pre>{@code
 * GraphBuilder builder = new GraphBuilder(Codebooks.standard());
 * Converter.Summary summary = builder.build(store, inputs, outcome -> report(outcome));
 * }</pre>
 */
public final class GraphBuilder {

    private final Codebooks codebooks;
    private final Converter converter;

    public GraphBuilder(Codebooks codebooks) {
        this.codebooks = codebooks;
        this.converter = new Converter(StatementExtractor.standard(codebooks));
    }

    /** Loads the reference graphs and every input into {@code store}; {@code listener} hears each outcome. */
    public Converter.Summary build(Store store, Stream<ArticleInput> inputs, Consumer<Converter.Outcome> listener) {
        store.replace(Iris.ONTOLOGY_GRAPH, ontology());
        store.replace(Iris.REGISTRY_GRAPH, registry());
        Converter.Summary summary = converter.run(inputs, outcome -> {
            if (outcome instanceof Converter.Converted converted) {
                store.replace(Iris.articleGraph(converted.article().id()), converted.graph());
            }
            listener.accept(outcome);
        });
        Derivation.standard().derive(store);
        return summary;
    }

    /** The converter alone, for output to a file without a database. */
    public Converter converter() {
        return converter;
    }

    /** The ontology graph: the terms, their labels and the speech-act codes. */
    public static Model ontology() {
        return OntologyFiles.bundled("stancegraph.ttl");
    }

    /** The registry graph: actors and topic codebook, the shipped ones and the user's. */
    public Model registry() {
        Model registry = ModelFactory.createDefaultModel();
        registry.setNsPrefixes(Prefixes.ALL);
        return registry.add(codebooks.actors()).add(codebooks.topics());
    }
}
