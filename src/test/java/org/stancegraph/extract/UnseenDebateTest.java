package org.stancegraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.stancegraph.ingest.ArticleInput;
import org.stancegraph.ingest.ArticleInputs;
import org.stancegraph.model.ActorType;
import org.stancegraph.model.Article;
import org.stancegraph.model.Stance;
import org.stancegraph.model.Statement;
import org.stancegraph.pipeline.Pipeline;

/**
 * An article written for this test on another debate (a carbon tax), with a researcher's own
 * codebook: nobody in it is in the registry, and nothing of it is in the lexicons.
 */
class UnseenDebateTest {

    private static final Path CASE = Path.of("src/test/resources/golden/unseen/carbon-tax");
    private static final String TAX = "https://example.org/topic/carbon-tax";
    private static final String COAL = "https://example.org/topic/coal-exit";

    private static List<Statement> statements() throws Exception {
        Pipeline extractor =
                Pipeline.builder().topics(List.of(CASE.resolve("topics.ttl"))).build();
        try (Stream<ArticleInput> inputs = ArticleInputs.of(List.of(CASE.resolve("input.txt")))) {
            Article article = inputs.findFirst().orElseThrow().read();
            return extractor.extract(article);
        }
    }

    @Test
    void speakersStancesAndTopicsOfAnotherDebate() throws Exception {
        Map<String, List<Statement>> bySpeaker = statements().stream()
                .collect(Collectors.groupingBy(s -> s.speaker().label()));
        assertTrue(
                bySpeaker.keySet().containsAll(List.of("Lena Hartmann", "Jörg Weber", "Markus Brandt", "Green party")),
                bySpeaker.keySet().toString());
        assertTrue(bySpeaker.get("Lena Hartmann").stream()
                .anyMatch(s -> s.topic().iri().equals(TAX)
                        && s.stance() == Stance.FAVOUR
                        && "2025-03-11".equals(s.date().value())));
        assertTrue(bySpeaker.get("Jörg Weber").stream()
                .anyMatch(s -> s.topic().iri().equals(TAX) && s.stance() == Stance.AGAINST));
        assertTrue(bySpeaker.get("Markus Brandt").stream()
                .anyMatch(s -> s.topic().iri().equals(TAX) && s.stance() == Stance.AGAINST));
        assertTrue(bySpeaker.get("Markus Brandt").stream()
                .anyMatch(s -> s.topic().iri().equals(COAL) && s.stance() == Stance.FAVOUR));
        assertEquals(
                ActorType.ORGANIZATION,
                bySpeaker.get("Green party").get(0).speaker().type());
    }

    @Test
    void theTeasersBelowTheStoryAreNotPartOfIt() throws Exception {
        assertTrue(statements().stream()
                .noneMatch(s -> s.sentence().text().contains("coal plants in the east")
                        || s.sentence().text().contains("tractors")));
    }
}
