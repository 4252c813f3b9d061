package org.stancegraph.bench;

import java.util.Objects;
import java.util.Set;

/**
 * What the generator meant one sentence of a synthetic article to state: who, toward which topic,
 * with which stance, said when; the answer key a benchmark compares the extractor's statements with.
 *
 * @param speaker the actor's label as the text names it ("Ines Varnholt", "Danish government")
 * @param topic the IRI of the codebook concept
 * @param stance {@code favour}, {@code against} or {@code neutral}
 * @param date when it was said as the text tells it ("2025-03-04", "2025-03"), or null when it does not
 * @param dateCue the words that tell it ("on Tuesday", "last week"), or null
 * @param respondsTo the label of the actor it answers, or null
 * @param start offset of the sentence in the article text
 * @param end offset just after the sentence
 */
public record IntendedStatement(
        String speaker,
        String topic,
        String stance,
        String date,
        String dateCue,
        String respondsTo,
        int start,
        int end) {

    /** The stances of SPEC §5. */
    public static final Set<String> STANCES = Set.of("favour", "against", "neutral");

    public IntendedStatement {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(topic, "topic");
        if (!STANCES.contains(stance)) {
            throw new IllegalArgumentException("stance must be favour, against or neutral: " + stance);
        }
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad sentence offsets: " + start + ", " + end);
        }
    }
}
