package org.stancegraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBase;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.RowSetStream;
import org.junit.jupiter.api.Test;

class AnswerCacheTest {

    private static final Var NAME = Var.alloc("name");

    /** Rows naming n0, n1, … */
    private static ResultSet rows(int count) {
        List<Binding> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(BindingFactory.binding(NAME, NodeFactory.createLiteralString("n" + i)));
        }
        return ResultSet.adapt(RowSetStream.create(List.of(NAME), rows.iterator()));
    }

    private static List<String> names(ResultSet results) {
        List<String> names = new ArrayList<>();
        results.forEachRemaining(row -> names.add(row.getLiteral("name").getString()));
        return names;
    }

    private static AnswerCache.Key key(String query, String... param) {
        return new AnswerCache.Key(query, param.length == 0 ? Map.of() : Map.of(param[0], param[1]));
    }

    @Test
    void anAnswerKeptIsReadWholeAsOftenAsItIsAsked() {
        AnswerCache cache = new AnswerCache(100);
        AnswerCache.Key camps = key("camps", "topic", "Ferry tax");
        assertEquals(List.of("n0", "n1", "n2"), names(cache.keep(camps, rows(3))));
        ResultSet first = cache.get(camps).orElseThrow();
        ResultSet second = cache.get(camps).orElseThrow();
        assertEquals(List.of("n0"), List.of(first.next().getLiteral("name").getString()));
        assertEquals(List.of("n0", "n1", "n2"), names(second), "each asking reads from the start");
        assertEquals(List.of("name"), first.getResultVars());
        assertTrue(cache.get(key("camps", "topic", "Bridge toll")).isEmpty(), "other parameters, another answer");
        assertTrue(cache.get(key("positions", "topic", "Ferry tax")).isEmpty(), "another query, another answer");
    }

    /** A row that reads its value from a source until the source closes, as TDB2's rows read the database within the transaction. */
    private static final class SourceRow extends BindingBase {
        private final AtomicBoolean open;
        private final Node value;

        SourceRow(AtomicBoolean open, Node value) {
            super(null);
            this.open = open;
            this.value = value;
        }

        @Override
        protected Iterator<Var> vars1() {
            return List.of(NAME).iterator();
        }

        @Override
        protected int size1() {
            return 1;
        }

        @Override
        protected boolean isEmpty1() {
            return false;
        }

        @Override
        protected boolean contains1(Var var) {
            return var.equals(NAME);
        }

        @Override
        protected Node get1(Var var) {
            if (!open.get()) {
                throw new IllegalStateException("the source is closed");
            }
            return var.equals(NAME) ? value : null;
        }

        @Override
        protected Binding detachWithNewParent(Binding newParent) {
            return this;
        }
    }

    @Test
    void anAnswerKeptHoldsItsValuesAfterItsSourceHasClosed() {
        AtomicBoolean open = new AtomicBoolean(true);
        List<Binding> rows = List.of(
                new SourceRow(open, NodeFactory.createLiteralString("n0")),
                new SourceRow(open, NodeFactory.createLiteralString("n1")));
        AnswerCache cache = new AnswerCache(100);
        cache.keep(key("quotes"), ResultSet.adapt(RowSetStream.create(List.of(NAME), rows.iterator())));
        open.set(false);
        assertEquals(List.of("n0", "n1"), names(cache.get(key("quotes")).orElseThrow()));
    }

    @Test
    void theAnswersLeastRecentlyAskedGoFirstWhenTheRowsPassTheBound() {
        AnswerCache cache = new AnswerCache(10);
        cache.keep(key("a"), rows(4));
        cache.keep(key("b"), rows(4));
        cache.get(key("a"));
        cache.keep(key("c"), rows(4));
        assertTrue(cache.get(key("b")).isEmpty(), "b was asked least recently");
        assertEquals(4, names(cache.get(key("a")).orElseThrow()).size());
        assertEquals(4, names(cache.get(key("c")).orElseThrow()).size());
        assertEquals(8, cache.rowsHeld());
    }

    @Test
    void anAnswerLargerThanTheBoundIsGivenButNotKept() {
        AnswerCache cache = new AnswerCache(5);
        assertEquals(6, names(cache.keep(key("big"), rows(6))).size());
        assertTrue(cache.get(key("big")).isEmpty());
        assertEquals(0, cache.rowsHeld());
    }

    @Test
    void aCacheOfNoRowsKeepsNothingNotEvenAnEmptyAnswer() {
        AnswerCache cache = new AnswerCache(0);
        assertEquals(List.of(), names(cache.keep(key("quotes", "text", "zebra"), rows(0))));
        assertTrue(cache.get(key("quotes", "text", "zebra")).isEmpty());
    }
}
