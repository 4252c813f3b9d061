package org.stancegraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stancegraph.model.Span;

class QuoteFinderTest {

    private final QuoteFinder finder = new QuoteFinder();

    private List<String> quotes(String text) {
        return finder.find(text).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void curlyAndStraightQuotesWithoutTheirMarksOrTrailingComma() {
        assertEquals(
                List.of("We will not pay", "Never"), quotes("“We will not pay,” she said. He replied: \"Never\"."));
    }

    @Test
    void splitQuotesAreTwoQuotes() {
        assertEquals(
                List.of("This is wrong", "and we will say so."),
                quotes("“This is wrong,” the mayor said, “and we will say so.”"));
    }

    @Test
    void anOpenQuoteRunsToTheEndOfItsParagraph() {
        String text = "She said: “The first paragraph goes on\n“And the next one ends.”";
        assertEquals(List.of("The first paragraph goes on", "And the next one ends."), quotes(text));
    }

    @Test
    void straightQuotesDoNotPairAcrossParagraphs() {
        List<Span> spans = finder.find("He said \"yes\nand then \"no\" again");
        assertEquals(1, spans.size());
    }
}
