package org.stancegraph.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancegraph.graph.Store;
import org.stancegraph.model.InputException;
import org.stancegraph.model.TopicRef;
import org.stancegraph.pipeline.Pipeline;

class EvaluatorIT {

    @TempDir
    Path dir;

    private Evaluator.Report evaluate(Path articles, Path gold) throws InputException {
        try (Store store = Store.inMemory()) {
            Pipeline.standard().build(store, List.of(articles), outcome -> {});
            return new Evaluator().evaluate(store, GoldReader.read(gold));
        }
    }

    /** Evaluates the gold {@code lines} against "Olaf Scholz said on Monday there will be no ground troops.", published on a Wednesday. */
    private Evaluator.Report evaluateScholzOnMonday(String lines) throws Exception {
        Path articles = Files.createDirectories(dir.resolve("in"));
        Files.writeString(articles.resolve("a.txt"), "Olaf Scholz said on Monday there will be no ground troops.");
        Files.writeString(articles.resolve("a.json"), "{\"published\": \"2024-03-06\"}");
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Files.writeString(gold.resolve("a.jsonl"), lines);
        return evaluate(articles, gold);
    }

    @Test
    void aFoundAndAMissedStatementHalveTheRecall() throws Exception {
        Evaluator.Report report = evaluateScholzOnMonday(
                """
                {"speaker": "Olaf Scholz", "act": "says", "polarity": "-", "topic": "western-troops-in-ukraine", "responds_to": null, "date": "2024-03-04", "quote": null, "sentence": "Olaf Scholz said on Monday there will be no ground troops."}
                {"speaker": "Giorgia Meloni", "act": "says", "polarity": "+", "topic": "Ammunition and shells for Ukraine", "responds_to": null, "date": null, "quote": null, "sentence": "Olaf Scholz said on Monday there will be no ground troops."}
                """);
        assertEquals(new Scores(1, 0, 1), report.speakers());
        assertEquals(new Scores(1, 0, 1), report.triples());
        assertEquals(1, report.datesGiven());
        assertEquals(1, report.datesCorrect());
    }

    @Test
    void aMissedDateNamesTheDateExtractedInsteadOrThatNoStatementWasFound() throws Exception {
        Evaluator.Report report = evaluateScholzOnMonday(
                """
                {"speaker": "Olaf Scholz", "act": "says", "polarity": "-", "topic": "western-troops-in-ukraine", "responds_to": null, "date": "2024-03-05", "quote": null, "sentence": "Olaf Scholz said on Monday there will be no ground troops."}
                {"speaker": "Giorgia Meloni", "act": "says", "polarity": "-", "topic": "western-troops-in-ukraine", "responds_to": null, "date": "2024-03-04", "quote": null, "sentence": "Olaf Scholz said on Monday there will be no ground troops."}
                """);
        assertEquals(0, report.datesCorrect());
        assertEquals(
                List.of("a|olaf-scholz|2024-03-05|2024-03-04", "a|giorgia-meloni|2024-03-04|no statement"),
                report.missedDates().stream().map(Evaluator.DateMiss::describe).toList());
    }

    @Test
    void aGoldSourceNamedWithAnArticleIsTheSourceFound() throws Exception {
        Path articles = Files.createDirectories(dir.resolve("in"));
        Files.writeString(articles.resolve("b.txt"), "A senior official said there will be no ground troops.");
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Files.writeString(
                gold.resolve("b.jsonl"),
                """
                {"speaker": "a senior official", "act": "says", "polarity": "-", "topic": "western-troops-in-ukraine", "responds_to": null, "date": null, "quote": null, "sentence": "A senior official said there will be no ground troops."}
                """);
        assertEquals(new Scores(1, 0, 0), evaluate(articles, gold).speakers());
    }

    @Test
    void theSeedsMeetTheBarsTheyWereAnnotatedFor() throws Exception {
        Evaluator.Report report = evaluate(Path.of("seeds"), Path.of("seeds/gold"));
        assertEquals(5, report.articles());
        assertTrue(
                report.speakers().f1() >= 0.90,
                "speaker F1 " + report.speakers().f1());
        Scores troops =
                report.triplesByTopic().get(new TopicRef("https://stancegraph.org/id/topic/western-troops-in-ukraine"));
        assertTrue(troops.f1() >= 0.85, "troops (speaker, topic, stance) F1 " + troops.f1());
        assertTrue(
                report.contradictions().f1() >= 0.90,
                "contradiction pair F1 " + report.contradictions().f1());
        assertTrue(report.dateShare() >= 0.90, "dates " + report.dateShare());
        // The pairs listed as missed and added are those the scores count.
        assertEquals(
                report.contradictions().falseNegatives(), report.missedPairs().size());
        assertEquals(
                report.contradictions().falsePositives(), report.spuriousPairs().size());
        assertTrue(report.contradictions().falsePositives() > 0, "the seeds have a pair the gold lacks");
    }

    @Test
    void aMalformedGoldLineIsNamed() throws Exception {
        Path gold = Files.createDirectories(dir.resolve("bad"));
        Files.writeString(
                gold.resolve("x.jsonl"),
                "{\"speaker\": \"A\", \"polarity\": \"+\"}\n{\"speaker\": \"B\", \"polarity\": \"maybe\"}\n");
        InputException e = assertThrows(InputException.class, () -> GoldReader.read(gold));
        assertTrue(e.getMessage().contains("x.jsonl:2"), e.getMessage());
    }
}
