package org.stancegraph.extract;

import java.time.LocalDate;
import org.stancegraph.model.UtteranceDate;

/** Resolves when a statement was said from the words of its sentence and the publication date. */
public interface DateResolver {

    /**
     * The date {@code sentence} gives for the statement whose verb stands at {@code anchor} (an
     * offset into {@code sentence}); {@code published} may be null. Quoted words should be masked.
     */
    UtteranceDate resolve(String sentence, int anchor, LocalDate published);
}
