package org.stancegraph.bench;

/**
 * Stable hashing of numbers into seeds and fractions, so that every random choice of the synthetic
 * corpus depends only on the seed and on what it is about (an article, an actor and a topic), never
 * on the order of generation.
 *
 * <pre>{@code
 * Random random = new Random(Mix.of(seed, articleNumber));
 * double camp = Mix.unit(seed, actor, topic);
 * }</pre>
 */
final class Mix {

    private Mix() {}

    /** A well-mixed 64-bit value of {@code values} (SplitMix64's finaliser over each in turn). */
    static long of(long... values) {
        long h = 0x9E3779B97F4A7C15L;
        for (long v : values) {
            h = finish(h ^ finish(v + 0x9E3779B97F4A7C15L));
        }
        return h;
    }

    /** A fraction in [0, 1) determined by {@code values}. */
    static double unit(long... values) {
        return (of(values) >>> 11) * 0x1.0p-53;
    }

    private static long finish(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
