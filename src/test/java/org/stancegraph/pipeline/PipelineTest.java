package org.stancegraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
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
}
