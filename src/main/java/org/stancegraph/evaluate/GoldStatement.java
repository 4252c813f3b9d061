package org.stancegraph.evaluate;

/**
 * One statement of a gold annotation file ({@code DIR/ID.jsonl}, SPEC §8): who took which
 * position on what, as a careful human coder read the article. {@code polarity} is "+", "-" or
 * "0"; {@code date} an ISO day, month or year, or null when the text does not say.
 */
public record GoldStatement(
        String articleId,
        String speaker,
        String act,
        String polarity,
        String topic,
        String respondsTo,
        String date,
        String quote,
        String sentence) {}
