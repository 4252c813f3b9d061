package org.stancegraph.query;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionDatasetBuilder;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.system.Txn;

/**
 * Runs a named query against a dataset with its parameters bound as RDF terms, within a time
 * limit and, when asked, a row cap, and hands the results to a {@link ResultSink}.
 *
 * <pre>{@code
 * new QueryRunner(store.dataset(), Duration.ofSeconds(30))
 *     .run(catalog.get("statements").orElseThrow(), Map.of(), ResultFormat.JSON, System.out);
 * }</pre>
 */
public final class QueryRunner {

    private final Dataset dataset;
    private final Duration timeout;

    public QueryRunner(Dataset dataset, Duration timeout) {
        this.dataset = dataset;
        this.timeout = timeout;
    }

    /** Parses {@code query}; a syntax error becomes a {@link QueryException} naming the query. */
    public static Query parse(NamedQuery query) {
        try {
            return QueryFactory.create(query.sparql());
        } catch (QueryParseException e) {
            throw new QueryException(query.name() + ": " + e.getMessage());
        }
    }

    /** Runs {@code query} and writes its results to {@code out}: SELECT in {@code format}, ASK as a line, graphs as Turtle. */
    public void run(NamedQuery query, Map<String, String> params, ResultFormat format, OutputStream out) {
        run(query, params, 0, new ResultSink() {
            @Override
            public void select(ResultSet results) {
                format.write(results, out);
            }

            @Override
            public void ask(boolean answer) {
                PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
                print.println(answer);
            }

            @Override
            public void graph(Model graph) {
                RDFDataMgr.write(out, graph, Lang.TURTLE);
            }
        });
    }

    /**
     * At most {@code maxRows} rows; and where the query opens with a subquery sorted as the query
     * is, at most that many of its rows too, so what is joined to them is looked up for the rows
     * shown only (the subquery's rows each give one row or none).
     */
    private static void cap(Query parsed, int maxRows) {
        if (!parsed.hasLimit() || parsed.getLimit() > maxRows) {
            parsed.setLimit(maxRows);
        }
        if (parsed.getQueryPattern() instanceof ElementGroup group
                && !group.getElements().isEmpty()
                && group.getElements().get(0) instanceof ElementSubQuery sub
                && !sub.getQuery().hasLimit()
                && sub.getQuery().hasOrderBy()
                && sub.getQuery().getOrderBy().equals(parsed.getOrderBy())) {
            sub.getQuery().setLimit(maxRows);
        }
    }

    /** Runs {@code query} with {@code params}, at most {@code maxRows} rows when positive, into {@code sink}. */
    public void run(NamedQuery query, Map<String, String> params, int maxRows, ResultSink sink) {
        run(query, params, maxRows, sink, new AtomicBoolean());
    }

    /**
     * As {@link #run(NamedQuery, Map, int, ResultSink)}, given up as soon as {@code cancel} is set,
     * with a {@link org.apache.jena.query.QueryCancelledException}: ARQ looks at the signal as it
     * matches triples, so even a query that sorts before its first row stops at once.
     */
    public void run(NamedQuery query, Map<String, String> params, int maxRows, ResultSink sink, AtomicBoolean cancel) {
        Query parsed = parse(query);
        if (maxRows > 0 && parsed.isSelectType()) {
            cap(parsed, maxRows);
        }
        var terms = new ParameterBinder(dataset).bind(query, params);
        Txn.executeRead(dataset, () -> {
            QueryExecutionDatasetBuilder builder =
                    QueryExecution.dataset(dataset).query(parsed).timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
            builder.set(ARQConstants.symCancelQuery, cancel);
            terms.forEach(builder::substitution);
            try (QueryExecution execution = builder.build()) {
                if (parsed.isSelectType()) {
                    sink.select(execution.execSelect());
                } else if (parsed.isAskType()) {
                    sink.ask(execution.execAsk());
                } else {
                    sink.graph(parsed.isConstructType() ? execution.execConstruct() : execution.execDescribe());
                }
            }
        });
    }
}
