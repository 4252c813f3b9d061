package org.stancegraph.evaluate;

import java.util.HashSet;
import java.util.Set;

/** Counts of agreement between what was extracted and the gold, and the measures they give. */
public record Scores(int truePositives, int falsePositives, int falseNegatives) {

    /** Scores of the {@code extracted} set against the {@code gold} set. */
    public static <T> Scores of(Set<T> extracted, Set<T> gold) {
        Set<T> both = new HashSet<>(extracted);
        both.retainAll(gold);
        return new Scores(both.size(), extracted.size() - both.size(), gold.size() - both.size());
    }

    public Scores plus(Scores other) {
        return new Scores(
                truePositives + other.truePositives,
                falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives);
    }

    public double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    public double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 1.0 : part / (double) whole;
    }
}
