package org.stancegraph.pipeline;

/** Totals of a conversion run: articles converted, inputs failed, statements found. */
public record Summary(int articles, int failed, int statements) {

    /** The totals with one more outcome counted. */
    Summary plus(Outcome outcome) {
        return outcome instanceof Outcome.Converted converted
                ? new Summary(
                        articles + 1,
                        failed,
                        statements + converted.statements().size())
                : new Summary(articles, failed + 1, statements);
    }
}
