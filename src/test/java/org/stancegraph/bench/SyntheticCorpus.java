package org.stancegraph.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A deterministic generator of synthetic news articles for benchmarks: invented people, parties and
 * debates, written in news English from templates, as JSON Lines (SPEC §2) with the SKOS codebook
 * of their topics. Article {@code n} depends only on the settings and {@code n}, so a corpus of 1,000
 * is the first 1,000 articles of a corpus of 100,000; articles are generated one at a time, never
 * all held in memory.
 *
 * <pre>{@code
 * SyntheticCorpus corpus = SyntheticCorpus.of(42, 300, 40);
 * corpus.writeJsonLines(Path.of("bench/10k.jsonl"), 10_000);
 * corpus.writeCodebook(Path.of("bench/topics.ttl"));
 * corpus.articles(20).forEach(a -> System.out.println(a.id() + " " + a.statements().size()));
 * }</pre>
 *
 * From the command line: {@code SyntheticCorpus N OUT.jsonl [SEED]} writes N articles to OUT.jsonl
 * and their codebook to OUT-topics.ttl.
 */
public final class SyntheticCorpus {

    /** The namespace of the generated topic concepts. */
    public static final String TOPIC_NAMESPACE = "https://stancegraph.org/bench/topic/";

    public static final int DEFAULT_ACTORS = 300;
    public static final int DEFAULT_TOPICS = 40;
    public static final long DEFAULT_SEED = 42;

    private static final JsonFactory JSON =
            JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private final long seed;
    private final List<SyntheticTopic> topics;
    private final ArticleComposer composer;

    private SyntheticCorpus(long seed, int actors, int topics) {
        if (topics < 1 || topics > maxTopics()) {
            throw new IllegalArgumentException("topics must be between 1 and " + maxTopics() + ": " + topics);
        }
        this.seed = seed;
        this.topics = SyntheticTopic.ALL.subList(0, topics);
        this.composer = new ArticleComposer(seed, SyntheticRoster.of(seed, actors), this.topics, TOPIC_NAMESPACE);
    }

    /** A corpus of {@code actors} invented people (20 to 800) debating {@code topics} propositions. */
    public static SyntheticCorpus of(long seed, int actors, int topics) {
        return new SyntheticCorpus(seed, actors, topics);
    }

    /** A corpus with the default numbers of actors and topics. */
    public static SyntheticCorpus of(long seed) {
        return of(seed, DEFAULT_ACTORS, DEFAULT_TOPICS);
    }

    /** How many topics the generator has written templates for. */
    public static int maxTopics() {
        return SyntheticTopic.ALL.size();
    }

    public long seed() {
        return seed;
    }

    /** Article {@code number}, counted from 1 ({@code syn-000001}). */
    public GeneratedArticle article(int number) {
        if (number < 1) {
            throw new IllegalArgumentException("articles are numbered from 1: " + number);
        }
        return composer.compose(number);
    }

    /** Articles 1 to {@code count}, each made when the stream reaches it. */
    public Stream<GeneratedArticle> articles(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(this::article);
    }

    /** The IRIs of the topics, in codebook order. */
    public List<String> topicIris() {
        return topics.stream().map(t -> TOPIC_NAMESPACE + t.slug()).toList();
    }

    /** Writes articles 1 to {@code count} to {@code file}, one JSON object per line. */
    public void writeJsonLines(Path file, int count) throws IOException {
        writeJsonLines(file, 1, count);
    }

    /** Writes articles {@code first} to {@code last} to {@code file}, one JSON object per line. */
    public void writeJsonLines(Path file, int first, int last) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int number = first; number <= last; number++) {
                GeneratedArticle article = article(number);
                try (JsonGenerator json = JSON.createGenerator(out)) {
                    json.writeStartObject();
                    json.writeStringField("id", article.id());
                    json.writeStringField("text", article.text());
                    json.writeStringField("title", article.title());
                    json.writeStringField("published", article.published().toString());
                    json.writeStringField("url", article.url());
                    json.writeStringField("publisher", article.publisher());
                    json.writeEndObject();
                }
                out.write('\n');
            }
        }
    }

    /** Writes the topic codebook as plain SKOS Turtle, in the form of {@code ontology/topics.ttl}. */
    public void writeCodebook(Path file) throws IOException {
        StringBuilder ttl = new StringBuilder();
        ttl.append("@prefix skos:  <http://www.w3.org/2004/02/skos/core#> .\n");
        ttl.append("@prefix topic: <").append(TOPIC_NAMESPACE).append("> .\n\n");
        ttl.append("# The topic codebook of the synthetic benchmark corpus: invented propositions, in plain\n");
        ttl.append("# SKOS. skos:altLabel and skos:hiddenLabel are the terms the generated articles use for them.\n\n");
        ttl.append("topic:codebook a skos:ConceptScheme ;\n");
        ttl.append("    skos:prefLabel \"Stancegraph benchmark topics\"@en .\n");
        for (SyntheticTopic topic : topics) {
            ttl.append("\ntopic:").append(topic.slug()).append(" a skos:Concept ;\n");
            ttl.append("    skos:inScheme topic:codebook ;\n");
            ttl.append("    skos:prefLabel ").append(literal(topic.label())).append(" ;\n");
            ttl.append("    skos:definition ")
                    .append(literal(topic.definition()))
                    .append(" ;\n");
            ttl.append("    skos:altLabel ").append(literals(topic.altLabels()));
            if (!topic.hiddenLabels().isEmpty()) {
                ttl.append(" ;\n    skos:hiddenLabel ").append(literals(topic.hiddenLabels()));
            }
            ttl.append(" .\n");
        }
        Files.writeString(file, ttl, StandardCharsets.UTF_8);
    }

    private static String literals(List<String> values) {
        return String.join(" , ", values.stream().map(SyntheticCorpus::literal).toList());
    }

    private static String literal(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"@en";
    }

    /** {@code N OUT.jsonl [SEED]}: writes N articles and, beside them, OUT-topics.ttl. */
    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: SyntheticCorpus N OUT.jsonl [SEED]");
            System.exit(2);
        }
        int count;
        long seed;
        try {
            count = Integer.parseInt(args[0]);
            seed = args.length == 3 ? Long.parseLong(args[2]) : DEFAULT_SEED;
        } catch (NumberFormatException e) {
            System.err.println("usage: SyntheticCorpus N OUT.jsonl [SEED] (N and SEED are integers)");
            System.exit(2);
            return;
        }
        Path out = Path.of(args[1]);
        String name = out.getFileName().toString().replaceFirst("\\.jsonl?$", "");
        Path codebook = out.resolveSibling(name + "-topics.ttl");
        SyntheticCorpus corpus = of(seed);
        long start = System.nanoTime();
        corpus.writeJsonLines(out, count);
        corpus.writeCodebook(codebook);
        System.out.printf(
                Locale.ROOT,
                "wrote %d articles (seed %d) to %s (%d bytes) and their codebook to %s in %.1f s%n",
                count,
                seed,
                out,
                Files.size(out),
                codebook,
                (System.nanoTime() - start) / 1e9);
    }
}
