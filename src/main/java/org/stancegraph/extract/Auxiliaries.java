package org.stancegraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.stancegraph.model.Token;

/**
 * Auxiliaries before a verb: "has voted", "would not back", "will probably say". Only adverbs
 * and particles may stand between, at most three tokens back.
 */
final class Auxiliaries {

    private static final int REACH = 3;

    private Auxiliaries() {}

    /** Whether one of {@code words} (lower case) stands before token {@code verb}, only adverbs and particles between. */
    static boolean before(List<Token> tokens, int verb, Set<String> words) {
        for (int i = verb - 1; i >= 0 && i >= verb - REACH; i--) {
            Token before = tokens.get(i);
            if (words.contains(before.text().toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (!"ADV".equals(before.pos()) && !"PART".equals(before.pos())) {
                return false;
            }
        }
        return false;
    }
}
