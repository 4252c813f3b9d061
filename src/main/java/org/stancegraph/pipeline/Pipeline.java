package org.stancegraph.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.stancegraph.bundle.OntologyFiles;
import org.stancegraph.extract.Codebooks;
import org.stancegraph.extract.StatementExtractor;
import org.stancegraph.graph.ArticleGraph;
import org.stancegraph.graph.ArticleIndex;
import org.stancegraph.graph.Derivation;
import org.stancegraph.graph.GraphValidator;
import org.stancegraph.graph.Iris;
import org.stancegraph.graph.Prefixes;
import org.stancegraph.graph.SharedVocabularies;
import org.stancegraph.graph.Store;
import org.stancegraph.graph.derive.FactTable;
import org.stancegraph.ingest.ArticleInput;
import org.stancegraph.ingest.ArticleInputs;
import org.stancegraph.model.Article;
import org.stancegraph.model.InputException;
import org.stancegraph.model.Statement;
import org.stancegraph.nlp.OpenNlpTextAnalyzer;
import org.stancegraph.nlp.TextAnalyzer;
import org.stancegraph.vocab.SG;

/**
 * The pipeline, composed in one place: read an input, analyse its text, extract its statements,
 * map them to the article's named graph; and the build around it: the ontology and the
 * registry/codebook graphs, every article in its own transaction, the derived graph from the
 * rules, and the SHACL check of the result. Every command that converts articles goes through
 * here.
 *
 * <pre>{@code
 * Pipeline pipeline = Pipeline.builder().topics(List.of(Path.of("my-topics.ttl"))).build();
 * try (Store store = Store.open(Path.of("data/tdb2"))) {
 *     BuildResult result = pipeline.build(store, List.of(Path.of("articles")), outcome -> {});
 * }
 * }</pre>
 */
public final class Pipeline {

    /** How many article graphs one write transaction holds. */
    private static final int WRITE_BATCH = 512;

    private static final int COMMIT_EVERY = 8192;

    private final Codebooks codebooks;
    private final TextAnalyzer analyzer;
    private final StatementExtractor extractor;
    private final Derivation derivation;
    private final GraphValidator validator;
    /** The ontology and the registry, which article and derived graphs point into: validated with each. */
    private final Graph reference;

    private final int threads;
    private final boolean reconvert;
    /** What articles are converted with: the codebooks and the product version; part of each content hash. */
    private final String convertedWith;

    private Pipeline(Builder builder) {
        this.codebooks =
                builder.codebooks != null ? builder.codebooks : Codebooks.load(builder.actorFiles, builder.topicFiles);
        this.analyzer = OpenNlpTextAnalyzer.shared();
        this.extractor = StatementExtractor.of(codebooks);
        this.derivation = Derivation.standard();
        this.validator = GraphValidator.standard();
        this.reference = ontology().add(registry()).getGraph();
        this.threads = builder.threads;
        this.reconvert = builder.reconvert;
        this.convertedWith = codebooks.fingerprint() + " "
                + Objects.toString(Pipeline.class.getPackage().getImplementationVersion(), "development");
    }

    /** The shipped codebooks on all cores. */
    public static Pipeline standard() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The statements {@code article} reports, in text order. */
    public List<Statement> extract(Article article) {
        return extractor.extract(article, analyzer.analyze(article.text()));
    }

    /** Converts one input to its statements and named graph; never throws. */
    public Outcome convert(ArticleInput input) {
        return convert(input, Map.of());
    }

    /**
     * Converts one input, unless {@code held} (article id to content hash) says the store holds it
     * as it is now; never throws. The graph carries the article's content hash.
     */
    private Outcome convert(ArticleInput input, Map<String, String> held) {
        try {
            Article article = input.read();
            String hash = ContentHash.of(article, convertedWith);
            if (!reconvert && hash.equals(held.get(article.id()))) {
                return new Outcome.Unchanged(article);
            }
            List<Statement> statements = extract(article);
            Model graph = ArticleGraph.of(article, statements);
            graph.getResource(Iris.article(article.id())).addProperty(SG.contentHash, hash);
            return new Outcome.Converted(article, statements, graph, validator.validate(graph.getGraph(), reference));
        } catch (InputException e) {
            return new Outcome.Failed(input.location(), e.getMessage(), e);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // One article that breaks the converter (or exhausts the stack or the heap) fails alone;
            // the run goes on with the others.
            return new Outcome.Failed(input.location(), input.location() + ": cannot convert: " + e, e);
        }
    }

    /** Converts every input on the pipeline's threads, handing each outcome to {@code sink} in input order. */
    public Summary convert(Stream<ArticleInput> inputs, Consumer<Outcome> sink) {
        return new ParallelConversion(this::convert, threads).runUnique(inputs, sink);
    }

    /**
     * What a run says of the input at {@code location} whose article {@code id} the input at {@code
     * first} has already (the first is kept), for runs that sort out duplicates themselves.
     */
    public static String duplicateIdProblem(String location, String id, String first) {
        return DuplicateIds.problem(location, id, first);
    }

    /** Builds the articles under {@code paths} (files, folders, JSON Lines) into {@code store}; see {@link #build(Store, Stream, BuildListener)}. */
    public BuildResult build(Store store, List<Path> paths, BuildListener listener) {
        listener.total(ArticleInputs.count(paths));
        try (Stream<ArticleInput> inputs = ArticleInputs.of(paths)) {
            return build(store, inputs, listener);
        }
    }

    /**
     * Loads the reference graphs and every input into {@code store}, and derives and validates
     * the result: each article's graph as it is converted, and each derived graph, with the
     * registry and the ontology; then compacts the database on disk
     * when it grew to more than twice its size after the last compaction. Incremental: an article the
     * store holds with the same content hash is not converted again, a changed one replaces its
     * graph, and only the topics the changes touch are derived again (everything when the store
     * held no article). A failed article writes nothing; {@code listener} hears each outcome.
     */
    public BuildResult build(Store store, Stream<ArticleInput> inputs, BuildListener listener) {
        long start = System.nanoTime();
        // A build cut off before it finished left graphs without their derived facts: derive all.
        boolean resuming = store.isIncomplete();
        store.markBuilding();
        store.replace(Iris.ONTOLOGY_GRAPH, ontology());
        store.replace(Iris.REGISTRY_GRAPH, registry());
        Map<String, String> held = ArticleIndex.hashes(store);
        Set<String> touched = new TreeSet<>();
        List<String> violations = new ArrayList<>();
        if (resuming) {
            derivation.distrustFacts(store); // derived from the graphs, as from scratch
        }
        FactTable facts = derivation.facts(store);
        // Graphs are written a batch at a time and committed every few thousand: a write
        // transaction per article cost more than converting it, and TDB2 copies the blocks each
        // transaction touches (64 articles a transaction left a 10,000-article database at 11 GB
        // before compaction, 512 at 5.1 GB). A batch holds only converted articles, so a failed
        // one writes nothing of itself.
        Summary summary;
        try (BackgroundWriter writer = new BackgroundWriter(store, WRITE_BATCH, COMMIT_EVERY)) {
            summary = new ParallelConversion(input -> convert(input, held), threads).runUnique(inputs, outcome -> {
                if (outcome instanceof Outcome.Converted converted) {
                    violations.addAll(converted.violations());
                    String id = converted.article().id();
                    if (held.containsKey(id)) {
                        touched.addAll(ArticleIndex.topics(store, id));
                        facts.drop(Iris.article(id));
                    }
                    converted.statements().forEach(s -> touched.add(s.topic().iri()));
                    writer.add(Iris.articleGraph(id), converted.graph());
                    facts.add(converted.graph().getGraph());
                }
                listener.accept(outcome);
            });
            writer.finish();
        }
        long converted = System.nanoTime();
        listener.phase("derive and validate");
        // Each topic's changed nodes are validated as its difference is written (what did not
        // change was validated when it was written); validation's time is counted apart.
        long[] validating = {0};
        Consumer<Graph> validate = changed -> {
            long begin = System.nanoTime();
            violations.addAll(validator.validate(changed, reference));
            validating[0] += System.nanoTime() - begin;
        };
        Derivation.Change derived = held.isEmpty() || resuming
                ? derivation.derive(store, facts, validate)
                : derivation.derive(store, facts, touched, validate);
        facts.seal();
        long derivedAndValidated = System.nanoTime();
        store.markComplete();
        listener.phase("compact");
        Store.Compaction compaction = store.compactIfGrown();
        long compacted = System.nanoTime();
        Duration validation = Duration.ofNanos(validating[0]);
        return new BuildResult(
                summary,
                store.size(),
                derived,
                violations,
                compaction,
                new BuildResult.Phases(
                        Duration.ofNanos(converted - start),
                        Duration.ofNanos(derivedAndValidated - converted).minus(validation),
                        validation,
                        Duration.ofNanos(compacted - derivedAndValidated)));
    }

    /**
     * Takes the articles {@code ids} out of {@code store} and derives again the topics they were
     * on; returns the ids the store did not hold.
     */
    public static List<String> remove(Store store, List<String> ids) {
        boolean resuming = store.isIncomplete();
        store.markBuilding();
        Set<String> touched = new TreeSet<>();
        List<String> unknown = new ArrayList<>();
        List<String> graphs = new ArrayList<>();
        Derivation derivation = Derivation.standard();
        if (resuming) {
            derivation.distrustFacts(store);
        }
        FactTable facts = derivation.facts(store);
        for (String id : ids) {
            if (!ArticleIndex.holds(store, id)) {
                unknown.add(id);
                continue;
            }
            touched.addAll(ArticleIndex.topics(store, id));
            graphs.add(Iris.articleGraph(id));
            facts.drop(Iris.article(id));
        }
        store.remove(graphs);
        if (resuming) {
            derivation.derive(store, facts, changed -> {});
        } else {
            derivation.derive(store, facts, touched, changed -> {});
        }
        facts.seal();
        store.markComplete();
        store.compactIfGrown();
        return unknown;
    }

    /** The SHACL violations of what {@code store} holds against {@code ontology/shapes.ttl}, one line each, graph by graph. */
    public static List<String> validate(Store store) {
        return GraphValidator.standard().validate(store);
    }

    /** The ontology graph: the terms, their labels and the speech-act codes. */
    public static Model ontology() {
        return OntologyFiles.bundled("stancegraph.ttl");
    }

    /** The registry graph: actors and topic codebook, the shipped ones and the user's. */
    public Model registry() {
        Model registry = ModelFactory.createDefaultModel();
        registry.setNsPrefixes(Prefixes.ALL);
        return SharedVocabularies.addTo(registry.add(codebooks.actors()).add(codebooks.topics()));
    }

    /** The options of a pipeline: the user's codebook files (or loaded codebooks) and the threads. */
    public static final class Builder {

        private final List<Path> actorFiles = new ArrayList<>();
        private final List<Path> topicFiles = new ArrayList<>();
        private Codebooks codebooks;
        private int threads = Runtime.getRuntime().availableProcessors();
        private boolean reconvert;

        private Builder() {}

        /** Actor files (Turtle, as ontology/actors.ttl) added to the shipped registry. */
        public Builder actors(List<Path> files) {
            actorFiles.addAll(files);
            return this;
        }

        /** Topic codebooks (plain SKOS, Turtle) added to the shipped one. */
        public Builder topics(List<Path> files) {
            topicFiles.addAll(files);
            return this;
        }

        /** Codebooks already loaded, instead of the shipped ones and the files above. */
        public Builder codebooks(Codebooks books) {
            this.codebooks = Objects.requireNonNull(books);
            return this;
        }

        /** How many articles are converted at once. Default: one per core. */
        public Builder threads(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("threads must be at least 1: " + count);
            }
            this.threads = count;
            return this;
        }

        /** Whether to convert every article again, even those the store holds unchanged. Default: no. */
        public Builder reconvert(boolean all) {
            this.reconvert = all;
            return this;
        }

        /**
         * The pipeline; a codebook file that cannot be read or parsed is an {@link
         * IllegalArgumentException} naming the file, line and column.
         */
        public Pipeline build() {
            if (codebooks != null && !(actorFiles.isEmpty() && topicFiles.isEmpty())) {
                throw new IllegalStateException("give either loaded codebooks or codebook files, not both");
            }
            return new Pipeline(this);
        }
    }
}
