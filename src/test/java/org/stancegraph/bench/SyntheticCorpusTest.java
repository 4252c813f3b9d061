package org.stancegraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synthetic corpus is deterministic, well-formed JSON Lines, and shaped as the benchmark needs. */
class SyntheticCorpusTest {

    private static final SyntheticCorpus CORPUS = SyntheticCorpus.of(42);
    private static final List<String> FIELDS = List.of("id", "text", "title", "published", "url", "publisher");

    @TempDir
    Path dir;

    @Test
    void theSameSeedWritesIdenticalBytes() throws IOException {
        Path first = dir.resolve("first.jsonl");
        Path second = dir.resolve("second.jsonl");
        SyntheticCorpus.of(7).writeJsonLines(first, 40);
        SyntheticCorpus.of(7).writeJsonLines(second, 40);
        assertEquals(-1, Files.mismatch(first, second));

        Path firstBook = dir.resolve("first.ttl");
        Path secondBook = dir.resolve("second.ttl");
        SyntheticCorpus.of(7).writeCodebook(firstBook);
        SyntheticCorpus.of(7).writeCodebook(secondBook);
        assertEquals(-1, Files.mismatch(firstBook, secondBook));
    }

    @Test
    void differentSeedsWriteDifferentCorpora() throws IOException {
        Path first = dir.resolve("seed-1.jsonl");
        Path second = dir.resolve("seed-2.jsonl");
        SyntheticCorpus.of(1).writeJsonLines(first, 10);
        SyntheticCorpus.of(2).writeJsonLines(second, 10);
        List<String> a = Files.readAllLines(first);
        List<String> b = Files.readAllLines(second);
        for (int i = 0; i < a.size(); i++) {
            assertNotEquals(a.get(i), b.get(i), "article " + (i + 1));
        }
    }

    @Test
    void anArticleDependsOnlyOnTheSeedAndItsNumber() throws IOException {
        Path ten = dir.resolve("10.jsonl");
        Path twenty = dir.resolve("20.jsonl");
        CORPUS.writeJsonLines(ten, 10);
        CORPUS.writeJsonLines(twenty, 20);
        List<String> shorter = Files.readAllLines(ten);
        List<String> longer = Files.readAllLines(twenty);
        assertEquals(10, shorter.size());
        assertEquals(20, longer.size());
        assertEquals(shorter, longer.subList(0, 10));
        assertEquals(CORPUS.article(15), SyntheticCorpus.of(42).article(15));
        Path next = dir.resolve("11-20.jsonl");
        CORPUS.writeJsonLines(next, 11, 20);
        assertEquals(longer.subList(10, 20), Files.readAllLines(next), "the next ten, as a longer corpus has them");
    }

    @Test
    void everyLineIsAJsonObjectWithTheBulkInputFields() throws IOException {
        Path file = dir.resolve("corpus.jsonl");
        CORPUS.writeJsonLines(file, 50);
        ObjectMapper json = new ObjectMapper();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(50, lines.size());
        Set<String> urls = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            JsonNode record = json.readTree(lines.get(i));
            assertTrue(record.isObject(), "line " + (i + 1));
            List<String> names = new ArrayList<>();
            record.fieldNames().forEachRemaining(names::add);
            assertEquals(FIELDS, names, "line " + (i + 1));
            for (String field : FIELDS) {
                assertTrue(record.get(field).isTextual(), field + " on line " + (i + 1));
                assertFalse(record.get(field).asText().isBlank(), field + " on line " + (i + 1));
            }
            assertEquals(String.format("syn-%06d", i + 1), record.get("id").asText());
            LocalDate.parse(record.get("published").asText());
            assertTrue(urls.add(record.get("url").asText()), "urls are unique");
            assertTrue(record.get("text").asText().contains("“"), "news quotes are curly");
        }
    }

    @Test
    void articlesAreAboutSixHundredTokensInTwentyFiveToThirtyFiveSentences() {
        Pattern sentenceEnd = Pattern.compile("(?<!\\bM[rs])[.?!][”’]?(?=\\s|$)");
        CORPUS.articles(300).forEach(article -> {
            int tokens = article.tokens();
            assertTrue(tokens >= 450 && tokens <= 800, article.id() + " has " + tokens + " tokens");
            String body = article.text().split("\n\nRelated coverage")[0];
            long sentences = sentenceEnd.matcher(body).results().count();
            assertTrue(sentences >= 25 && sentences <= 36, article.id() + " has " + sentences + " sentences");
        });
    }

    @Test
    void publicationDatesSpreadOverAYear() {
        List<LocalDate> dates =
                CORPUS.articles(500).map(GeneratedArticle::published).sorted().toList();
        long span = ChronoUnit.DAYS.between(dates.get(0), dates.get(dates.size() - 1));
        assertTrue(span > 300 && span < 366, "published over " + span + " days");
    }

    @Test
    void theMixOfStancesIsAboutFortyFortyTwenty() {
        Map<String, Long> stances = CORPUS.articles(1000)
                .flatMap(a -> a.statements().stream())
                .collect(Collectors.groupingBy(IntendedStatement::stance, Collectors.counting()));
        double total = stances.values().stream().mapToLong(Long::longValue).sum();
        double favour = stances.get("favour") / total;
        double against = stances.get("against") / total;
        double neutral = stances.get("neutral") / total;
        assertTrue(favour > 0.33 && favour < 0.47, "favour " + favour);
        assertTrue(against > 0.33 && against < 0.47, "against " + against);
        assertTrue(neutral > 0.13 && neutral < 0.27, "neutral " + neutral);
    }

    @Test
    void intendedStatementsPointAtSentencesOfTheText() {
        CORPUS.articles(100).forEach(article -> {
            assertTrue(article.statements().size() >= 5, article.id());
            for (IntendedStatement s : article.statements()) {
                String sentence = article.text().substring(s.start(), s.end());
                assertTrue(sentence.endsWith(".") || sentence.endsWith("”"), sentence);
                assertFalse(sentence.contains("\n"), sentence);
                assertTrue(CORPUS.topicIris().contains(s.topic()), s.topic());
            }
        });
    }

    @Test
    void severalArticlesReportOneDebateAndActorsContradictEachOther() {
        Map<String, List<GeneratedArticle>> byTopic =
                CORPUS.articles(300).collect(Collectors.groupingBy(GeneratedArticle::topic));
        List<GeneratedArticle> biggest =
                byTopic.values().stream().max((a, b) -> a.size() - b.size()).orElseThrow();
        assertTrue(biggest.size() >= 15, "the most reported debate has " + biggest.size() + " articles");
        Map<String, Set<String>> speakersByStance = new HashMap<>();
        biggest.stream()
                .flatMap(a -> a.statements().stream())
                .filter(s -> s.topic().equals(biggest.get(0).topic()))
                .forEach(s -> speakersByStance
                        .computeIfAbsent(s.stance(), k -> new HashSet<>())
                        .add(s.speaker()));
        assertTrue(speakersByStance.get("favour").size() >= 3, speakersByStance.toString());
        assertTrue(speakersByStance.get("against").size() >= 3, speakersByStance.toString());
    }

    @Test
    void someActorsChangeTheirMindOverTheYear() {
        Map<String, Set<String>> stances = new HashMap<>();
        CORPUS.articles(2000)
                .flatMap(a -> a.statements().stream())
                .filter(s -> !s.stance().equals("neutral"))
                .forEach(s -> stances.computeIfAbsent(s.speaker() + " " + s.topic(), k -> new HashSet<>())
                        .add(s.stance()));
        long reversed = stances.values().stream().filter(s -> s.size() == 2).count();
        assertTrue(reversed > 10 && reversed < stances.size() / 10, reversed + " of " + stances.size());
    }

    @Test
    void theCodebookParsesAndEveryConceptHasAPrefLabel() throws IOException {
        Path file = dir.resolve("topics.ttl");
        CORPUS.writeCodebook(file);
        Model model = RDFParser.source(file).lang(Lang.TURTLE).toModel();
        List<Resource> concepts =
                model.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList();
        assertEquals(SyntheticCorpus.DEFAULT_TOPICS, concepts.size());
        for (Resource concept : concepts) {
            assertTrue(concept.getURI().startsWith(SyntheticCorpus.TOPIC_NAMESPACE), concept.getURI());
            assertTrue(concept.hasProperty(SKOS.prefLabel), concept.getURI());
            assertTrue(concept.hasProperty(SKOS.altLabel), concept.getURI());
            assertTrue(CORPUS.topicIris().contains(concept.getURI()), concept.getURI());
        }
    }

    @Test
    void everyPhraseOfATopicHoldsOneOfItsAltLabels() {
        for (SyntheticTopic topic : SyntheticTopic.ALL) {
            List<Pattern> labels = topic.altLabels().stream()
                    .map(SyntheticCorpusTest::asPhrase)
                    .toList();
            for (String phrase : List.of(topic.indefinite(), topic.definite(), topic.verbPhrase(), topic.shortName())) {
                assertTrue(
                        labels.stream().anyMatch(p -> p.matcher(phrase.toLowerCase(Locale.ROOT))
                                .find()),
                        topic.slug() + ": \"" + phrase + "\" holds none of " + topic.altLabels());
            }
        }
    }

    /** A label as the codebook matches it: words separated by spaces or hyphens, each maybe plural. */
    private static Pattern asPhrase(String label) {
        String[] words = label.toLowerCase(Locale.ROOT).split("[\\s-]+");
        StringBuilder regex = new StringBuilder("\\b");
        for (int i = 0; i < words.length; i++) {
            regex.append(i > 0 ? "[\\s-]+" : "").append(Pattern.quote(words[i])).append("(?:s|es)?");
        }
        return Pattern.compile(regex.append("\\b").toString());
    }

    @Test
    void theInventedPeopleAreNeitherRegisteredActorsNorInTheSeeds() throws IOException {
        Model registry = RDFParser.source("ontology/actors.ttl").toModel();
        Set<String> registered = Stream.of(RDFS.label, SKOS.altLabel)
                .flatMap(p -> registry.listObjectsOfProperty(p).toList().stream())
                .map(n -> n.asLiteral().getString().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        String seeds;
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            seeds = files.filter(f -> f.toString().endsWith(".txt"))
                    .map(SyntheticCorpusTest::read)
                    .collect(Collectors.joining("\n"));
        }
        SyntheticRoster roster = SyntheticRoster.of(42, SyntheticRoster.MAX_PEOPLE);
        for (SyntheticRoster.Actor person : roster.people()) {
            String name = person.label().toLowerCase(Locale.ROOT);
            assertFalse(registered.contains(name), name);
            assertFalse(registered.contains(person.surname().toLowerCase(Locale.ROOT)), name);
            assertFalse(seeds.contains(person.surname()), person.surname() + " occurs in the seeds");
        }
        for (String party : SyntheticRoster.PARTIES) {
            assertFalse(seeds.contains(party), party + " occurs in the seeds");
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void mainWritesTheArticlesAndTheirCodebook() throws IOException {
        Path out = dir.resolve("bench.jsonl");
        SyntheticCorpus.main(new String[] {"12", out.toString(), "42"});
        assertEquals(12, Files.readAllLines(out).size());
        assertTrue(Files.size(dir.resolve("bench-topics.ttl")) > 0);
    }
}
