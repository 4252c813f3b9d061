package org.stancegraph.pipeline;

import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.stancegraph.model.Article;

/**
 * Keeps article ids unique within a run: the first input with an id is kept, a later one with the
 * same id becomes a failure naming both places (two files of one name in different folders would
 * otherwise overwrite each other's graph without a word). Applied in input order, so which one is
 * kept does not depend on the threads.
 */
final class DuplicateIds implements UnaryOperator<Outcome> {

    private final Map<String, String> firstSeen = new HashMap<>();

    @Override
    public Outcome apply(Outcome outcome) {
        Article article = outcome instanceof Outcome.Converted converted
                ? converted.article()
                : outcome instanceof Outcome.Unchanged unchanged ? unchanged.article() : null;
        if (article == null) {
            return outcome;
        }
        String first = firstSeen.putIfAbsent(article.id(), outcome.location());
        if (first == null) {
            return outcome;
        }
        return new Outcome.Failed(outcome.location(), problem(outcome.location(), article.id(), first), null);
    }

    /** What is said of the input at {@code location} whose {@code id} the input at {@code first} has already. */
    static String problem(String location, String id, String first) {
        return location + ": the article id \"" + id + "\" is already the id of " + first
                + "; skipped (ids are unique within a run: rename one, or give it an \"id\")";
    }
}
