package org.stancegraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancegraph.graph.Store;
import org.stancegraph.ingest.ArticleInput;
import org.stancegraph.model.Article;
import org.stancegraph.model.InputException;

/** The facade converts inputs on several threads in input order, failures in place and said in one line. */
class PipelineTest {

    private static final Pipeline PIPELINE = Pipeline.standard();

    private static ArticleInput input(int i) {
        return new ArticleInput() {
            @Override
            public String location() {
                return "in-" + i;
            }

            @Override
            public Article read() throws InputException {
                if (i % 5 == 3) {
                    throw new InputException(location(), "broken on purpose");
                }
                return new Article(
                        "a" + i,
                        "Olaf Scholz said on Monday that ammunition is short, article " + i + ".",
                        null,
                        location(),
                        List.of());
            }
        };
    }

    @Test
    void outcomesArriveInInputOrderWithFailuresInPlace() {
        ParallelConversion conversion = new ParallelConversion(PIPELINE::convert, 4);
        List<String> seen = new ArrayList<>();
        Summary summary = conversion.run(
                IntStream.range(0, 40).mapToObj(PipelineTest::input), outcome -> seen.add(outcome.location()));
        assertEquals(IntStream.range(0, 40).mapToObj(i -> "in-" + i).toList(), seen);
        assertEquals(new Summary(32, 8, 32), summary);
    }

    @Test
    void aFailedInputSaysWhyInOneLine() {
        Outcome.Failed failed = assertInstanceOf(Outcome.Failed.class, PIPELINE.convert(input(3)));
        assertEquals("in-3: broken on purpose", failed.problem());
    }

    @Test
    void anEmptyStreamIsAnEmptyRun() {
        assertEquals(new Summary(0, 0, 0), PIPELINE.convert(Stream.empty(), outcome -> {}));
    }

    @Test
    void aBuildTellsItsListenerTheTotalEachOutcomeAndThePhases(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("one.txt"), "Olaf Scholz said on Monday that ammunition is short.");
        Files.writeString(dir.resolve("two.txt"), "");
        List<String> heard = new ArrayList<>();
        BuildListener listener = new BuildListener() {
            @Override
            public void accept(Outcome outcome) {
                heard.add(outcome.getClass().getSimpleName());
            }

            @Override
            public void total(long inputs) {
                heard.add("total " + inputs);
            }

            @Override
            public void phase(String name) {
                heard.add(name);
            }
        };
        try (Store store = Store.inMemory()) {
            BuildResult result = PIPELINE.build(store, List.of(dir), listener);
            assertEquals(List.of("total 2", "Converted", "Failed", "derive and validate", "compact"), heard);
            assertEquals(new Summary(1, 1, 1), result.summary());
            assertTrue(result.violations().isEmpty(), result.violations().toString());
            assertTrue(result.derived().triples() > 0);
            assertEquals(store.size(), result.quads());
        }
    }

    @Test
    void aSecondArticleWithTheSameIdIsAFailureNamingBothAndTheFirstIsKept(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("a/same.txt"), "Olaf Scholz said on Monday that ammunition is short.");
        Files.writeString(dir.resolve("b/same.txt"), "Olaf Scholz said on Tuesday that he rejects sending troops.");
        List<Outcome> heard = new ArrayList<>();
        try (Store store = Store.inMemory()) {
            BuildResult result = PIPELINE.build(store, List.of(dir), new BuildListener() {
                @Override
                public void accept(Outcome outcome) {
                    heard.add(outcome);
                }
            });
            assertEquals(1, result.summary().articles());
            assertEquals(1, result.summary().failed());
            Outcome.Failed second = (Outcome.Failed) heard.get(1);
            assertTrue(
                    second.problem().contains("b/same.txt") && second.problem().contains("a/same.txt"),
                    second.problem());
            String sentences = store.read(dataset -> {
                StringBuilder all = new StringBuilder();
                dataset.getUnionModel()
                        .listObjectsOfProperty(org.stancegraph.vocab.SG.sentence)
                        .forEachRemaining(o -> all.append(o.asLiteral().getString()));
                return all.toString();
            });
            assertTrue(
                    sentences.contains("Monday") && !sentences.contains("Tuesday"), "the first is kept: " + sentences);
        }
    }

    @Test
    void anInputThatExhaustsTheStackFailsAloneAndTheRunGoesOn() {
        ArticleInput breaking = new ArticleInput() {
            @Override
            public String location() {
                return "deep.txt";
            }

            @Override
            public Article read() {
                throw new StackOverflowError();
            }
        };
        List<Outcome> outcomes = new ArrayList<>();
        Summary summary = PIPELINE.convert(Stream.of(breaking), outcomes::add);
        assertEquals(1, summary.failed());
        assertTrue(((Outcome.Failed) outcomes.get(0)).problem().contains("StackOverflowError"));
    }
}
