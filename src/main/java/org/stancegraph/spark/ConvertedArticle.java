package org.stancegraph.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.stancegraph.graph.derive.Said;
import org.stancegraph.pipeline.Pipeline;

/**
 * What became of one article record in a Spark run ({@code order}: the record's place in the
 * run, which decides among records of one id; null for a failure): converted (its graph as N-Quads, its
 * statements as rows of the {@code statements} query, what derivation reads of them), or failed
 * ({@code problem}, one line saying why, as the command line says it).
 */
record ConvertedArticle(
        String id,
        Place order,
        String location,
        String problem,
        String nquads,
        List<List<String>> rows,
        List<Said> said)
        implements Serializable {

    static ConvertedArticle failed(String location, String problem) {
        return new ConvertedArticle(null, null, location, problem, null, List.of(), List.of());
    }

    /**
     * This article, or a failure if another record of the run has its id and comes first ({@code
     * firstOf}: the location of the first record of each id that more than one record has), as
     * the command line keeps the first of an id.
     */
    ConvertedArticle unlessDuplicate(Map<String, String> firstOf) {
        String first = converted() ? firstOf.get(id) : null;
        return first == null || first.equals(location)
                ? this
                : failed(location, Pipeline.duplicateIdProblem(location, id, first));
    }

    boolean converted() {
        return problem == null;
    }
}
