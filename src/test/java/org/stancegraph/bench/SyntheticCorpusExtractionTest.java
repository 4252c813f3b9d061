package org.stancegraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancegraph.ingest.ArticleInput;
import org.stancegraph.ingest.ArticleInputs;
import org.stancegraph.model.Article;
import org.stancegraph.model.Statement;
import org.stancegraph.pipeline.Pipeline;

/**
 * The product's extractor over generated articles, read back through its own JSON Lines reader
 * with the generated codebook: it finds statements in them, on the generated topics, and mostly
 * with the speakers and stances the generator meant.
 */
class SyntheticCorpusExtractionTest {

    private static final int ARTICLES = 20;
    private static final SyntheticCorpus CORPUS = SyntheticCorpus.of(42);

    @TempDir
    static Path dir;

    private static List<Article> articles;
    private static List<List<Statement>> extracted;

    @BeforeAll
    static void extract() throws Exception {
        Path jsonl = dir.resolve("corpus.jsonl");
        Path codebook = dir.resolve("topics.ttl");
        CORPUS.writeJsonLines(jsonl, ARTICLES);
        CORPUS.writeCodebook(codebook);
        Pipeline extractor = Pipeline.builder().topics(List.of(codebook)).build();
        articles = new ArrayList<>();
        try (Stream<ArticleInput> inputs = ArticleInputs.of(List.of(jsonl))) {
            for (ArticleInput input : inputs.toList()) {
                articles.add(input.read());
            }
        }
        extracted = articles.stream().map(extractor::extract).toList();
    }

    @Test
    void theReaderTakesEveryArticleWithItsMetadata() {
        assertEquals(ARTICLES, articles.size());
        for (int i = 0; i < ARTICLES; i++) {
            GeneratedArticle generated = CORPUS.article(i + 1);
            Article read = articles.get(i);
            assertEquals(generated.id(), read.id());
            assertEquals(generated.text(), read.text());
            assertEquals(generated.published(), read.metadata().published());
            assertTrue(read.warnings().isEmpty(), read.warnings().toString());
        }
    }

    @Test
    void mostArticlesYieldStatementsOnTheGeneratedTopics() {
        long withStatements = extracted.stream().filter(s -> !s.isEmpty()).count();
        List<Statement> all = extracted.stream().flatMap(List::stream).toList();
        long onGeneratedTopics = all.stream()
                .filter(s -> s.topic().iri().startsWith(SyntheticCorpus.TOPIC_NAMESPACE))
                .count();
        assertTrue(withStatements >= ARTICLES - 2, withStatements + " of " + ARTICLES + " articles");
        assertTrue(all.size() >= ARTICLES * 8, all.size() + " statements");
        assertTrue(onGeneratedTopics >= all.size() * 0.8, onGeneratedTopics + " of " + all.size() + " classified");
    }

    @Test
    void mostIntendedStatementsAreReproduced() {
        int intended = 0;
        int reproduced = 0;
        for (int i = 0; i < ARTICLES; i++) {
            for (IntendedStatement meant : CORPUS.article(i + 1).statements()) {
                intended++;
                if (extracted.get(i).stream().anyMatch(s -> matches(s, meant))) {
                    reproduced++;
                }
            }
        }
        long found = extracted.stream().mapToLong(List::size).sum();
        System.out.printf(
                Locale.ROOT,
                "synthetic corpus: %.1f statements per article extracted, %.1f intended, %.0f%% reproduced%n",
                found / (double) ARTICLES,
                intended / (double) ARTICLES,
                100.0 * reproduced / intended);
        assertTrue(reproduced >= intended * 0.6, reproduced + " of " + intended + " intended statements");
    }

    @Test
    void theTeasersBelowTheStoryStateNothing() {
        for (int i = 0; i < ARTICLES; i++) {
            int teasers = articles.get(i).text().indexOf("\n\nRelated coverage");
            if (teasers >= 0) {
                extracted.get(i).forEach(s -> assertTrue(s.sentence().span().end() <= teasers, s.toString()));
            }
        }
    }

    /** The same sentence, speaker, topic and stance. */
    private static boolean matches(Statement s, IntendedStatement meant) {
        return s.sentence().span().start() < meant.end()
                && meant.start() < s.sentence().span().end()
                && name(s.speaker().label()).equals(name(meant.speaker()))
                && s.topic().iri().equals(meant.topic())
                && s.stance().label().equals(meant.stance());
    }

    private static String name(String label) {
        return label.toLowerCase(Locale.ROOT).replaceAll("^(?:the|a|an) ", "");
    }
}
