package org.stancegraph.query;

import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;

/** Where the results of a query go: rows of a SELECT, the answer of an ASK, or a graph. */
public interface ResultSink {

    void select(ResultSet results);

    void ask(boolean answer);

    void graph(Model graph);
}
