package org.stancegraph.evaluate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.stancegraph.extract.ActorRegistry;
import org.stancegraph.extract.Codebooks;
import org.stancegraph.graph.Derivation;
import org.stancegraph.graph.Iris;
import org.stancegraph.graph.Store;
import org.stancegraph.model.Slugs;
import org.stancegraph.query.QueryCatalog;
import org.stancegraph.query.QueryRunner;
import org.stancegraph.query.ResultSink;
import org.stancegraph.vocab.SG;

/**
 * Compares what was extracted into a store with gold annotations (SPEC §8): precision, recall and
 * F1 for speakers (per article), for (speaker, topic, stance) triples (per article, overall and
 * per topic) and for contradiction pairs (corpus-wide), and the share of the dates the text gives
 * that the extraction carries. Gold speakers are matched by registry name or alias, then by the
 * extracted actors' labels, else by slug; gold contradictions are derived from the gold statements
 * by the very rules of the build, so both sides follow SPEC §4 alike.
 *
 * <pre>{@code
 * Evaluator.Report report = new Evaluator(Codebooks.standard()).evaluate(store, GoldReader.read(dir));
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
            Map<String, Scores> triplesByTopic,
            Scores contradictions,
            int datesGiven,
            int datesCorrect,
            Set<String> missedTriples,
            Set<String> spuriousTriples) {

        public double dateShare() {
            return datesGiven == 0 ? 1.0 : datesCorrect / (double) datesGiven;
        }
    }

    /** One extracted statement, as the evaluation sees it. */
    private record Extracted(
            String articleId,
            String speaker,
            String speakerLabel,
            String topic,
            String stance,
            String date,
            String sentence) {}

    private static final Map<String, String> STANCES = Map.of("+", "favour", "-", "against", "0", "neutral");
    private static final String PAIRS =
            """
            PREFIX sg: <https://stancegraph.org/ontology#>
            SELECT DISTINCT ?from ?to ?topic WHERE { ?e a sg:Contradiction ; sg:fromActor ?from ; sg:toActor ?to ; sg:topic ?topic }""";

    private final ActorRegistry registry;
    private final Model topics;

    public Evaluator(Codebooks books) {
        this.registry = ActorRegistry.of(books.actors());
        this.topics = books.topics();
    }

    /** Evaluates the statements and derived contradictions of {@code system} against {@code gold}. */
    public Report evaluate(Store system, List<GoldStatement> gold) {
        List<Extracted> extracted = extracted(system);
        Map<String, String> labels = new HashMap<>();
        extracted.forEach(e -> labels.put(normalize(e.speakerLabel()), e.speaker()));
        Set<String> articles = new TreeSet<>();
        gold.forEach(g -> articles.add(g.articleId()));

        Set<String> systemSpeakers = new HashSet<>();
        Set<String> systemTriples = new HashSet<>();
        extracted.stream().filter(e -> articles.contains(e.articleId())).forEach(e -> {
            systemSpeakers.add(e.articleId() + "|" + e.speaker());
            systemTriples.add(triple(e.articleId(), e.speaker(), e.topic(), e.stance()));
        });
        Set<String> goldSpeakers = new HashSet<>();
        Set<String> goldTriples = new HashSet<>();
        for (GoldStatement g : gold) {
            String speaker = speakerKey(g.speaker(), labels);
            goldSpeakers.add(g.articleId() + "|" + speaker);
            goldTriples.add(triple(g.articleId(), speaker, topicIri(g.topic()), STANCES.get(g.polarity())));
        }

        Map<String, Scores> byTopic = new TreeMap<>();
        Set<String> allTopics = new TreeSet<>();
        systemTriples.forEach(t -> allTopics.add(t.split("\\|")[2]));
        goldTriples.forEach(t -> allTopics.add(t.split("\\|")[2]));
        for (String topic : allTopics) {
            byTopic.put(topic, Scores.of(onTopic(systemTriples, topic), onTopic(goldTriples, topic)));
        }

        Set<String> missed = new TreeSet<>(goldTriples);
        missed.removeAll(systemTriples);
        Set<String> spurious = new TreeSet<>(systemTriples);
        spurious.removeAll(goldTriples);

        int[] dates = datesCorrect(gold, extracted, labels);
        return new Report(
                articles.size(),
                gold.size(),
                (int) extracted.stream()
                        .filter(e -> articles.contains(e.articleId()))
                        .count(),
                Scores.of(systemSpeakers, goldSpeakers),
                Scores.of(systemTriples, goldTriples),
                byTopic,
                Scores.of(pairs(system), goldPairs(system, gold, labels)),
                dates[0],
                dates[1],
                missed,
                spurious);
    }

    private static Set<String> onTopic(Set<String> triples, String topic) {
        Set<String> result = new HashSet<>();
        triples.stream().filter(t -> t.split("\\|")[2].equals(topic)).forEach(result::add);
        return result;
    }

    private static String triple(String article, String speaker, String topic, String stance) {
        return article + "|" + speaker + "|" + topic + "|" + stance;
    }

    /** {given, correct}: gold statements with a date, and those an extracted statement of the same speaker and sentence dates alike. */
    private int[] datesCorrect(List<GoldStatement> gold, List<Extracted> extracted, Map<String, String> labels) {
        int given = 0;
        int correct = 0;
        for (GoldStatement g : gold) {
            if (g.date() == null) {
                continue;
            }
            given++;
            String speaker = speakerKey(g.speaker(), labels);
            boolean dated = extracted.stream()
                    .anyMatch(e -> e.articleId().equals(g.articleId())
                            && e.speaker().equals(speaker)
                            && overlaps(e.sentence(), g.sentence())
                            && g.date().equals(e.date()));
            if (dated) {
                correct++;
            }
        }
        return new int[] {given, correct};
    }

    private static boolean overlaps(String a, String b) {
        return a != null && b != null && (a.contains(b) || b.contains(a));
    }

    /** The key of the actor a gold name means: a registered one, an extracted one of that label, or the name's slug. */
    private String speakerKey(String name, Map<String, String> extractedLabels) {
        return registry.byName(name)
                .map(actor -> actor.key())
                .orElseGet(() -> extractedLabels.getOrDefault(normalize(name), Slugs.slug(name)));
    }

    private static String normalize(String label) {
        String lower = label.toLowerCase(Locale.ROOT).replace('’', '\'').strip();
        return lower.startsWith("the ") ? lower.substring(4) : lower;
    }

    /** The IRI of the codebook concept a gold topic names by local name, label or IRI. */
    private String topicIri(String topic) {
        if (topic == null || topic.equals("unclassified")) {
            return SG.unclassified.getURI();
        }
        for (Resource concept :
                topics.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList()) {
            String iri = concept.getURI();
            boolean named = iri.equals(topic)
                    || iri.endsWith("/" + topic)
                    || iri.endsWith("#" + topic)
                    || concept.listProperties(SKOS.prefLabel).toList().stream()
                            .anyMatch(l -> l.getString().equalsIgnoreCase(topic));
            if (named) {
                return iri;
            }
        }
        return topic;
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
                                row.contains("speakerLabel")
                                        ? row.getLiteral("speakerLabel").getString()
                                        : "",
                                row.getResource("topic").getURI(),
                                row.getLiteral("stance").getString(),
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

    private static Set<String> pairs(Store store) {
        return store.read(ds -> {
            Set<String> pairs = new HashSet<>();
            try (QueryExecution qe = QueryExecution.dataset(ds).query(PAIRS).build()) {
                qe.execSelect()
                        .forEachRemaining((QuerySolution row) ->
                                pairs.add(keyOf(row.getResource("from").getURI()) + "|"
                                        + keyOf(row.getResource("to").getURI()) + "|"
                                        + row.getResource("topic").getURI()));
            }
            return pairs;
        });
    }

    /** The gold statements as statements of a graph of their own, with the build's rules run over them. */
    private Set<String> goldPairs(Store system, List<GoldStatement> gold, Map<String, String> labels) {
        Model model = ModelFactory.createDefaultModel();
        Map<String, String> published = system.read(ds -> {
            Map<String, String> dates = new HashMap<>();
            ds.getUnionModel()
                    .listResourcesWithProperty(SchemaDO.datePublished)
                    .forEach(article -> dates.put(
                            article.getURI(),
                            article.getProperty(SchemaDO.datePublished)
                                    .getLiteral()
                                    .getLexicalForm()));
            return dates;
        });
        for (int i = 0; i < gold.size(); i++) {
            GoldStatement g = gold.get(i);
            Resource article = model.createResource(Iris.article(g.articleId())).addProperty(RDF.type, SG.Article);
            if (published.containsKey(article.getURI())) {
                article.addLiteral(
                        SchemaDO.datePublished,
                        model.createTypedLiteral(published.get(article.getURI()), XSDDatatype.XSDdate));
            }
            Resource statement = model.createResource(SG.DATA + "gold/" + g.articleId() + "/" + i)
                    .addProperty(RDF.type, SG.Statement)
                    .addProperty(SG.speaker, model.createResource(Iris.actor(speakerKey(g.speaker(), labels))))
                    .addProperty(SG.topic, model.createResource(topicIri(g.topic())))
                    .addProperty(SG.stance, model.createResource(SG.NS + STANCES.get(g.polarity())))
                    .addProperty(SG.reportedIn, article);
            if (g.quote() != null) {
                statement.addProperty(SG.quote, g.quote());
            }
            if (g.respondsTo() != null) {
                statement.addProperty(
                        SG.respondsTo, model.createResource(Iris.actor(speakerKey(g.respondsTo(), labels))));
            }
            if (g.date() != null && g.date().length() == 10) {
                statement
                        .addLiteral(SG.dateSaid, model.createTypedLiteral(g.date(), XSDDatatype.XSDdate))
                        .addProperty(SG.dateGranularity, SG.day);
            }
        }
        try (Store goldStore = Store.inMemory()) {
            goldStore.replace(SG.DATA + "graph/gold", model);
            Derivation.standard().derive(goldStore);
            return pairs(goldStore);
        }
    }
}
