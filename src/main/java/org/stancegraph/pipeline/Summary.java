package org.stancegraph.pipeline;

/**
 * Totals of a conversion run: articles converted, inputs failed, statements found, and articles
 * left as the store held them because they had not changed.
 */
public record Summary(int articles, int failed, int statements, int unchanged) {

    /** Totals of a run that met no unchanged article. */
    public Summary(int articles, int failed, int statements) {
        this(articles, failed, statements, 0);
    }

    /** The totals with one more outcome counted. */
    Summary plus(Outcome outcome) {
        if (outcome instanceof Outcome.Converted converted) {
            return new Summary(
                    articles + 1, failed, statements + converted.statements().size(), unchanged);
        }
        return outcome instanceof Outcome.Unchanged
                ? new Summary(articles, failed, statements, unchanged + 1)
                : new Summary(articles, failed + 1, statements, unchanged);
    }
}
