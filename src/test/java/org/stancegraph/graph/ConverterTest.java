package org.stancegraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.stancegraph.extract.Codebooks;
import org.stancegraph.extract.StatementExtractor;
import org.stancegraph.ingest.ArticleInput;
import org.stancegraph.ingest.InputException;
import org.stancegraph.model.Article;

class ConverterTest {

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
        Converter converter = new Converter(StatementExtractor.standard(Codebooks.standard()), 4);
        List<String> seen = new ArrayList<>();
        Converter.Summary summary = converter.run(
                IntStream.range(0, 40).mapToObj(ConverterTest::input), outcome -> seen.add(outcome.location()));
        assertEquals(IntStream.range(0, 40).mapToObj(i -> "in-" + i).toList(), seen);
        assertEquals(new Converter.Summary(32, 8, 32), summary);
    }

    @Test
    void aFailedInputSaysWhyInOneLine() {
        Converter converter = new Converter(StatementExtractor.standard(Codebooks.standard()), 1);
        Converter.Outcome outcome = converter.convert(input(3));
        Converter.Failed failed = assertInstanceOf(Converter.Failed.class, outcome);
        assertEquals("in-3: broken on purpose", failed.problem());
    }

    @Test
    void anEmptyStreamIsAnEmptyRun() {
        Converter converter = new Converter(StatementExtractor.standard(Codebooks.standard()), 2);
        assertEquals(new Converter.Summary(0, 0, 0), converter.run(Stream.empty(), outcome -> {}));
    }
}
