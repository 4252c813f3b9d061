package org.stancegraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.stancegraph.ingest.ArticleInput;
import org.stancegraph.model.Article;
import org.stancegraph.model.ArticleMetadata;

class ParallelConversionTest {

    private static Article article(String id) {
        return new Article(
                id, "Text.", new ArticleMetadata(null, null, null, null, null, List.of()), id + ".txt", List.of());
    }

    private static ArticleInput input(String id) {
        return new ArticleInput() {
            @Override
            public String location() {
                return id + ".txt";
            }

            @Override
            public Article read() {
                return new Article(
                        id,
                        "Text.",
                        new ArticleMetadata(null, null, null, null, null, List.of()),
                        location(),
                        List.of());
            }
        };
    }

    @Test
    void anInputOverItsBudgetFailsAloneAndTheOthersFollowInOrder() {
        ParallelConversion conversion = new ParallelConversion(
                input -> {
                    if (input.location().startsWith("slow")) {
                        try {
                            Thread.sleep(30_000);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    return new Outcome.Converted(
                            article(input.location().replace(".txt", "")), List.of(), null, List.of());
                },
                2,
                Duration.ofMillis(300));
        List<Outcome> outcomes = new ArrayList<>();
        long start = System.nanoTime();
        Summary summary = conversion.run(Stream.of(input("one"), input("slow"), input("three")), outcomes::add);
        assertTrue(System.nanoTime() - start < 10_000_000_000L, "the run did not wait for the slow one");
        assertEquals(
                List.of("one.txt", "slow.txt", "three.txt"),
                outcomes.stream().map(Outcome::location).toList());
        Outcome.Failed slow = assertInstanceOf(Outcome.Failed.class, outcomes.get(1));
        assertTrue(slow.problem().contains("took longer than"), slow.problem());
        assertEquals(new Summary(2, 1, 0), summary);
    }
}
