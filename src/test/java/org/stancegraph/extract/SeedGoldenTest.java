package org.stancegraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.stancegraph.GoldenFile;
import org.stancegraph.ingest.ArticleInput;
import org.stancegraph.ingest.ArticleInputs;
import org.stancegraph.model.Article;
import org.stancegraph.model.Statement;
import org.stancegraph.pipeline.Pipeline;

/**
 * Golden files for the seeds: what the extractor finds in each seed article, one line per
 * statement, in {@code src/test/resources/golden/seeds/<id>/expected.tsv}. The input is the seed
 * itself in {@code seeds/} (not copied, so the two cannot drift). A change in extraction shows here
 * as a diff to review; after reviewing it, regenerate with {@code -Dgolden.update=true} (see
 * {@link GoldenFile}: a test that rewrites its file fails, and the next run checks it).
 */
class SeedGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/seeds");
    private static final Pipeline PIPELINE = Pipeline.standard();

    @TestFactory
    Stream<DynamicTest> eachSeedGivesItsGoldenStatements() {
        List<ArticleInput> inputs;
        try (Stream<ArticleInput> stream = ArticleInputs.of(List.of(Path.of("seeds")))) {
            inputs = stream.toList();
        }
        return inputs.stream()
                .map(input -> DynamicTest.dynamicTest(input.location(), () -> {
                    Article article = input.read();
                    String actual = render(PIPELINE.extract(article));
                    GoldenFile golden =
                            GoldenFile.of(GOLDEN.resolve(article.id()).resolve("expected.tsv"));
                    String wanted = golden.read().orElse("(no golden file " + golden.path() + ")");
                    if (!wanted.equals(actual)) {
                        golden.rewriteIfUpdating(actual);
                    }
                    assertEquals(
                            wanted,
                            actual,
                            "extraction of " + article.id() + " changed; review, then -Dgolden.update=true");
                }));
    }

    static String render(List<Statement> statements) {
        StringBuilder out =
                new StringBuilder("speaker\tact\tstance\ttopic\tdate\tgranularity\tsentence\tquote\trespondsTo\n");
        for (Statement s : statements) {
            out.append(String.join(
                            "\t",
                            s.speaker().key(),
                            s.act().name(),
                            s.stance().label(),
                            s.topic().iri().replaceAll(".*[/#]", ""),
                            String.valueOf(s.date().value()),
                            s.date().granularity().label(),
                            s.sentence().span().start() + "-"
                                    + s.sentence().span().end(),
                            s.quote() == null
                                    ? ""
                                    : s.quote().span().start() + "-"
                                            + s.quote().span().end(),
                            s.respondsTo() == null ? "" : s.respondsTo().key()))
                    .append('\n');
        }
        return out.toString();
    }
}
