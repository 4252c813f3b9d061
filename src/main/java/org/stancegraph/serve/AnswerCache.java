package org.stancegraph.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.RowSetStream;

/**
 * The rows of named queries answered before, kept while a read-only server runs. Nothing can
 * change the database under such a server (TDB2 lets one process open a database, and the endpoint
 * takes no updates), so an answer stays true until the server stops; asking again costs only the
 * writing of the rows. At 100,000 articles who-contradicted-whom sorts a quarter of a million
 * edges to give its first 10,000 rows, every time it is asked, and the explorer asks it on every
 * page. The rows held are bounded: the answers least recently asked go first, and an answer larger
 * than the bound is not kept.
 *
 * <pre>{@code
 * AnswerCache cache = new AnswerCache(50_000);
 * ResultSet rows = cache.get(key).orElseGet(() -> cache.keep(key, runQuery()));
 * }</pre>
 */
final class AnswerCache {

    /** A named query with its parameters as the request gave them (one server runs every query under one row cap). */
    record Key(String query, Map<String, String> params) {
        Key {
            params = Map.copyOf(params);
        }
    }

    /** An answer's columns and rows; bindings are immutable, so any number of requests may read them at once. */
    private record Answer(List<String> columns, List<Binding> rows) {
        ResultSet read() {
            return ResultSet.adapt(RowSetStream.create(Var.varList(columns), rows.iterator()));
        }
    }

    private final int maxRows;
    private final Map<Key, Answer> answers = new LinkedHashMap<>(16, 0.75f, true);
    private int rowsHeld;

    /** A cache holding at most {@code maxRows} rows over all its answers; 0 keeps nothing. */
    AnswerCache(int maxRows) {
        this.maxRows = maxRows;
    }

    /** The answer kept for {@code key}, as rows to read from the start. */
    synchronized Optional<ResultSet> get(Key key) {
        return Optional.ofNullable(answers.get(key)).map(Answer::read);
    }

    /** Reads {@code results} to the end (within the query's transaction), keeps them under {@code key} when they fit, and returns them to read again. */
    ResultSet keep(Key key, ResultSet results) {
        List<Binding> rows = new ArrayList<>();
        while (results.hasNext()) {
            // A copy of the values: TDB2's rows look their terms up in the database when read,
            // which fails once the query's transaction has ended.
            rows.add(BindingFactory.copy(results.nextBinding()));
        }
        Answer answer = new Answer(List.copyOf(results.getResultVars()), List.copyOf(rows));
        if (maxRows > 0 && rows.size() <= maxRows) {
            put(key, answer);
        }
        return answer.read();
    }

    private synchronized void put(Key key, Answer answer) {
        Answer replaced = answers.put(key, answer);
        rowsHeld +=
                answer.rows().size() - (replaced == null ? 0 : replaced.rows().size());
        var eldest = answers.entrySet().iterator();
        while (rowsHeld > maxRows && eldest.hasNext()) {
            rowsHeld -= eldest.next().getValue().rows().size();
            eldest.remove();
        }
    }

    /** How many rows the kept answers hold. */
    synchronized int rowsHeld() {
        return rowsHeld;
    }
}
