package org.stancegraph.evaluate;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SchemaDO;
import org.stancegraph.bundle.SparqlCatalog;
import org.stancegraph.bundle.SparqlFile;
import org.stancegraph.graph.ArticleGraph;
import org.stancegraph.graph.Derivation;
import org.stancegraph.graph.Iris;
import org.stancegraph.graph.Store;
import org.stancegraph.model.Actor;
import org.stancegraph.model.ActorType;
import org.stancegraph.model.Article;
import org.stancegraph.model.ArticleMetadata;
import org.stancegraph.model.Evidence;
import org.stancegraph.model.Slugs;
import org.stancegraph.model.Span;
import org.stancegraph.model.SpeechAct;
import org.stancegraph.model.Stance;
import org.stancegraph.model.Statement;
import org.stancegraph.model.TopicRef;
import org.stancegraph.model.UtteranceDate;
import org.stancegraph.query.QueryCatalog;
import org.stancegraph.query.QueryException;
import org.stancegraph.query.QueryRunner;
import org.stancegraph.query.ResultSink;
import org.stancegraph.query.TermResolver;

/**
 * Compares what was extracted into a store with gold annotations (SPEC §8): precision, recall and
 * F1 for speakers (per article), for (speaker, topic, stance) triples (per article, overall and
 * per topic) and for contradiction pairs (corpus-wide), and the share of the dates the text gives
 * that the extraction carries. Gold speakers and topics are resolved by the {@link TermResolver}
 * over the store (registry names and aliases, extracted actors' labels, codebook labels and local
 * names), an unknown speaker by its slug; gold contradictions are derived from the gold statements
 * mapped to RDF as extracted ones are, by the very rules of the build, so both sides follow SPEC
 * §4 alike.
 *
 * <pre>{@code
 * Evaluator.Report report = new Evaluator().evaluate(store, GoldReader.read(dir));
 * }</pre>
 */
public final class Evaluator {

    /** The figures of one evaluation, and the triples it missed or added, for reading. */
    public record Report(
            int articles,
            int goldStatements,
            int extractedStatements,
            Scores speakers,
            Scores triples,
            Map<TopicRef, Scores> triplesByTopic,
            StanceConfusion stanceConfusion,
            Scores contradictions,
            int datesGiven,
            int datesCorrect,
            Set<Triple> missedTriples,
            Set<Triple> spuriousTriples,
            List<DateMiss> missedDates,
            Set<Pair> missedPairs,
            Set<Pair> spuriousPairs) {

        public double dateShare() {
            return datesGiven == 0 ? 1.0 : datesCorrect / (double) datesGiven;
        }
    }

    /** A speaker of an article. */
    record Speaker(String articleId, String actor) {}

    /** Who took which stance on what, in one article; what the triple scores count. */
    public record Triple(String articleId, String speaker, TopicRef topic, Stance stance)
            implements Comparable<Triple> {

        private static final Comparator<Triple> ORDER = Comparator.comparing(Triple::articleId)
                .thenComparing(Triple::speaker)
                .thenComparing(t -> t.topic().iri())
                .thenComparing(Triple::stance);

        @Override
        public int compareTo(Triple other) {
            return ORDER.compare(this, other);
        }

        /** "article|speaker|topic|stance", with the topic's local name. */
        public String describe() {
            return String.join("|", articleId, speaker, topic.iri().replaceAll(".*[/#]", ""), stance.label());
        }
    }

    /**
     * A gold date the extraction did not carry: the dates that statements of the same speaker and
     * sentence carry instead ("unresolved" for none), empty when there is no such statement.
     */
    public record DateMiss(String articleId, String speaker, String goldDate, Set<String> extractedDates) {

        /** "article|speaker|gold date|what was extracted". */
        public String describe() {
            String found = extractedDates.isEmpty() ? "no statement" : String.join(",", extractedDates);
            return String.join("|", articleId, speaker, goldDate, found);
        }
    }

    /** Who contradicted whom on what. */
    public record Pair(String contradictor, String contradicted, String topic) implements Comparable<Pair> {

        private static final Comparator<Pair> ORDER = Comparator.comparing(Pair::topic)
                .thenComparing(Pair::contradictor)
                .thenComparing(Pair::contradicted);

        @Override
        public int compareTo(Pair other) {
            return ORDER.compare(this, other);
        }

        /** "contradictor > contradicted|topic", with the topic's local name. */
        public String describe() {
            return contradictor + " > " + contradicted + "|" + topic.replaceAll(".*[/#]", "");
        }
    }

    /** One extracted statement, as the evaluation sees it. */
    private record Extracted(
            String articleId, String speaker, TopicRef topic, Stance stance, String date, String sentence) {}

    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:a|an|the)\\s+", Pattern.CASE_INSENSITIVE);

    private static final Map<String, Stance> POLARITIES =
            Map.of("+", Stance.FAVOUR, "-", Stance.AGAINST, "0", Stance.NEUTRAL);

    /** Evaluates the statements and derived contradictions of {@code system} against {@code gold}. */
    public Report evaluate(Store system, List<GoldStatement> gold) {
        Set<String> articles = new TreeSet<>();
        gold.forEach(g -> articles.add(g.articleId()));
        List<Extracted> extracted = extracted(system).stream()
                .filter(e -> articles.contains(e.articleId()))
                .toList();
        GoldTerms terms = new GoldTerms(new TermResolver(system.dataset()));

        Set<Speaker> systemSpeakers = new HashSet<>();
        Set<Triple> systemTriples = new HashSet<>();
        extracted.forEach(e -> {
            systemSpeakers.add(new Speaker(e.articleId(), e.speaker()));
            systemTriples.add(new Triple(e.articleId(), e.speaker(), e.topic(), e.stance()));
        });
        Set<Speaker> goldSpeakers = new HashSet<>();
        Set<Triple> goldTriples = new HashSet<>();
        for (GoldStatement g : gold) {
            String speaker = terms.actor(g.speaker());
            goldSpeakers.add(new Speaker(g.articleId(), speaker));
            goldTriples.add(new Triple(g.articleId(), speaker, terms.topic(g.topic()), POLARITIES.get(g.polarity())));
        }

        Map<TopicRef, Scores> byTopic = new TreeMap<>(Comparator.comparing(TopicRef::iri));
        Set<TopicRef> allTopics = new HashSet<>();
        systemTriples.forEach(t -> allTopics.add(t.topic()));
        goldTriples.forEach(t -> allTopics.add(t.topic()));
        for (TopicRef topic : allTopics) {
            byTopic.put(topic, Scores.of(onTopic(systemTriples, topic), onTopic(goldTriples, topic)));
        }

        Set<Triple> missed = new TreeSet<>(goldTriples);
        missed.removeAll(systemTriples);
        Set<Triple> spurious = new TreeSet<>(systemTriples);
        spurious.removeAll(goldTriples);
        List<DateMiss> missedDates = missedDates(gold, extracted, terms);
        Set<Pair> systemPairs = pairs(system);
        Set<Pair> goldPairs = goldPairs(system, gold, terms);

        return new Report(
                articles.size(),
                gold.size(),
                extracted.size(),
                Scores.of(systemSpeakers, goldSpeakers),
                Scores.of(systemTriples, goldTriples),
                byTopic,
                StanceConfusion.of(systemTriples, goldTriples),
                Scores.of(systemPairs, goldPairs),
                (int) gold.stream().filter(g -> g.date() != null).count(),
                (int) gold.stream().filter(g -> g.date() != null).count() - missedDates.size(),
                missed,
                spurious,
                missedDates,
                difference(goldPairs, systemPairs),
                difference(systemPairs, goldPairs));
    }

    private static <T extends Comparable<T>> Set<T> difference(Set<T> from, Set<T> without) {
        Set<T> left = new TreeSet<>(from);
        left.removeAll(without);
        return left;
    }

    private static Set<Triple> onTopic(Set<Triple> triples, TopicRef topic) {
        return triples.stream().filter(t -> t.topic().equals(topic)).collect(Collectors.toSet());
    }

    /** Gold dates that no extracted statement of the same speaker and sentence carries. */
    private static List<DateMiss> missedDates(List<GoldStatement> gold, List<Extracted> extracted, GoldTerms terms) {
        List<DateMiss> missed = new ArrayList<>();
        for (GoldStatement g : gold) {
            if (g.date() == null) {
                continue;
            }
            String speaker = terms.actor(g.speaker());
            Set<String> dates = new TreeSet<>();
            extracted.stream()
                    .filter(e -> e.articleId().equals(g.articleId())
                            && e.speaker().equals(speaker)
                            && overlaps(e.sentence(), g.sentence()))
                    .forEach(e -> dates.add(e.date() == null ? "unresolved" : e.date()));
            if (!dates.contains(g.date())) {
                missed.add(new DateMiss(g.articleId(), speaker, g.date(), dates));
            }
        }
        return missed;
    }

    private static boolean overlaps(String a, String b) {
        return a != null && b != null && (a.contains(b) || b.contains(a));
    }

    /** What gold names resolve to: actor keys and topics, each looked up once. */
    private static final class GoldTerms {

        private final TermResolver resolver;
        private final Map<String, String> actors = new HashMap<>();
        private final Map<String, TopicRef> topics = new HashMap<>();

        GoldTerms(TermResolver resolver) {
            this.resolver = resolver;
        }

        /**
         * The key of the actor a gold name means: the one the store names so, with or without a
         * leading article ("a Farm Party source" is the source the store calls "Farm Party source"), else the
         * name's slug.
         */
        String actor(String name) {
            return actors.computeIfAbsent(name, n -> {
                List<Resource> found = candidates(TermResolver.Kind.ACTOR, n);
                String bare = LEADING_ARTICLE.matcher(n).replaceFirst("");
                if (found.size() != 1 && !bare.equals(n)) {
                    found = candidates(TermResolver.Kind.ACTOR, bare);
                }
                return found.size() == 1 ? keyOf(found.get(0).getURI()) : Slugs.slug(n);
            });
        }

        /** The codebook concept a gold topic names, by label, local name or IRI; unclassified when none. */
        TopicRef topic(String name) {
            if (name == null || name.equals("unclassified")) {
                return TopicRef.UNCLASSIFIED;
            }
            return topics.computeIfAbsent(name, n -> {
                List<Resource> found = candidates(TermResolver.Kind.TOPIC, n);
                return found.size() == 1 ? new TopicRef(found.get(0).getURI()) : TopicRef.UNCLASSIFIED;
            });
        }

        private List<Resource> candidates(TermResolver.Kind kind, String name) {
            try {
                return resolver.candidates(kind, name);
            } catch (QueryException e) {
                return List.of();
            }
        }
    }

    private static List<Extracted> extracted(Store system) {
        List<Extracted> rows = new ArrayList<>();
        new QueryRunner(system.dataset(), Duration.ofMinutes(5))
                .run(QueryCatalog.shipped().get("statements").orElseThrow(), Map.of(), 0, new ResultSink() {
                    @Override
                    public void select(ResultSet results) {
                        results.forEachRemaining(row -> rows.add(new Extracted(
                                row.getLiteral("articleId").getString(),
                                keyOf(row.getResource("speaker").getURI()),
                                new TopicRef(row.getResource("topic").getURI()),
                                Stance.valueOf(
                                        row.getLiteral("stance").getString().toUpperCase(Locale.ROOT)),
                                row.contains("date") ? row.getLiteral("date").getLexicalForm() : null,
                                row.getLiteral("sentence").getString())));
                    }

                    @Override
                    public void ask(boolean answer) {}

                    @Override
                    public void graph(Model graph) {}
                });
        return rows;
    }

    private static String keyOf(String actorIri) {
        return actorIri.substring(actorIri.lastIndexOf('/') + 1);
    }

    private static Set<Pair> pairs(Store store) {
        String sparql = SparqlCatalog.shipped().text(SparqlFile.Kind.LOOKUP, "contradiction-pairs");
        return store.read(dataset -> {
            Set<Pair> pairs = new HashSet<>();
            try (QueryExecution execution =
                    QueryExecution.dataset(dataset).query(sparql).build()) {
                execution
                        .execSelect()
                        .forEachRemaining(row -> pairs.add(new Pair(
                                keyOf(row.getResource("from").getURI()),
                                keyOf(row.getResource("to").getURI()),
                                row.getResource("topic").getURI())));
            }
            return pairs;
        });
    }

    /**
     * The pairs the gold statements give: each article's gold statements mapped to its named graph
     * as extracted ones are (the evidence located in the article's text), then the build's rules.
     */
    private static Set<Pair> goldPairs(Store system, List<GoldStatement> gold, GoldTerms terms) {
        Map<String, List<GoldStatement>> byArticle = new TreeMap<>();
        gold.forEach(g -> byArticle
                .computeIfAbsent(g.articleId(), id -> new ArrayList<>())
                .add(g));
        try (Store goldStore = Store.inMemory()) {
            byArticle.forEach((id, statements) -> {
                Article article = system.read(dataset -> storedArticle(dataset, id));
                List<Statement> mapped = statements.stream()
                        .map(g -> statement(article, g, terms))
                        .toList();
                goldStore.replace(Iris.articleGraph(id), ArticleGraph.of(article, mapped));
            });
            Derivation.standard().derive(goldStore);
            return pairs(goldStore);
        }
    }

    /** The article {@code id} as the store holds it (text and publication day); an empty text when it is not there. */
    private static Article storedArticle(Dataset dataset, String id) {
        Resource node = dataset.getUnionModel().createResource(Iris.article(id));
        String text = node.hasProperty(SchemaDO.text)
                ? node.getProperty(SchemaDO.text).getString()
                : "";
        LocalDate published = node.hasProperty(SchemaDO.datePublished)
                ? LocalDate.parse(
                        node.getProperty(SchemaDO.datePublished).getLiteral().getLexicalForm())
                : null;
        return new Article(id, text, new ArticleMetadata(null, null, published, null, null, List.of()), id, List.of());
    }

    /** A gold statement as the extraction would have made it. */
    private static Statement statement(Article article, GoldStatement g, GoldTerms terms) {
        Actor respondsTo = g.respondsTo() == null ? null : goldActor(terms, g.respondsTo());
        UtteranceDate date = g.date() != null && g.date().length() == 10
                ? UtteranceDate.day(LocalDate.parse(g.date()), "gold")
                : UtteranceDate.unresolved();
        Evidence quote = g.quote() == null ? null : locate(article, g.quote());
        return new Statement(
                goldActor(terms, g.speaker()),
                act(g.act()),
                POLARITIES.get(g.polarity()),
                terms.topic(g.topic()),
                date,
                locate(article, g.sentence()),
                quote != null && quote.text().isEmpty() ? null : quote,
                respondsTo);
    }

    /** The actor a gold name means, by key; registered, so its graph adds no description of it. */
    private static Actor goldActor(GoldTerms terms, String name) {
        return Actor.registered(terms.actor(name), name, ActorType.PERSON);
    }

    private static SpeechAct act(String name) {
        try {
            return name == null ? SpeechAct.SAYS : new SpeechAct(name);
        } catch (IllegalArgumentException e) {
            return SpeechAct.SAYS;
        }
    }

    /** Where {@code passage} stands in the article's text; an empty span at 0 when it is not there. */
    private static Evidence locate(Article article, String passage) {
        int at = passage == null ? -1 : article.text().indexOf(passage);
        Span span = at < 0 ? new Span(0, 0) : new Span(at, at + passage.length());
        return Evidence.of(article, span);
    }
}
