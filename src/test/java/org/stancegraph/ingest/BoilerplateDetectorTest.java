package org.stancegraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stancegraph.model.Span;

class BoilerplateDetectorTest {

    private final BoilerplateDetector detector = new BoilerplateDetector();

    private List<String> skipped(String text) {
        return detector.find(text).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void teaserBlocksOfOtherStoriesAtTheEndAreSkipped() {
        String text =
                """
                Mayor Rejects Budget
                The mayor said on Friday that the budget was unlawful.
                Farmers Protest Outside Parliament
                Thousands of farmers blocked roads on Tuesday over fuel prices
                New Bridge Opens After Delays
                The city opened its long-awaited bridge to traffic this morning""";
        List<String> skipped = skipped(text);
        assertEquals(4, skipped.size(), skipped.toString());
        assertTrue(skipped.get(0).startsWith("Farmers Protest"));
        assertTrue(skipped.stream().noneMatch(s -> s.contains("budget")));
    }

    @Test
    void oneTeaserIsNotABlock() {
        assertTrue(skipped("Title\nThe minister said no.\nOther Story Here Today\nA summary line of it")
                .isEmpty());
    }

    @Test
    void noticesCreditsAndOneWordLinesAreSkippedButNotTheTitleOrShortSentences() {
        String text = "Headline\nA caption of the photo. Jane Doe/Pool via AP\nThe minister said no.\nAdvertisement\n"
                + "He added.\nComments are closed for this story\nWritten by J. Smith";
        List<String> skipped = skipped(text);
        assertEquals(
                List.of(
                        "A caption of the photo. Jane Doe/Pool via AP",
                        "Advertisement",
                        "Comments are closed for this story",
                        "Written by J. Smith"),
                skipped);
    }

    @Test
    void spansAreWholeLinesOfTheOriginalText() {
        String text = "T\nSay.\nAdvertisement\nMore.";
        Span span = detector.find(text).get(0);
        assertEquals("Advertisement", span.of(text));
    }
}
