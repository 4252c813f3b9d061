package org.stancegraph.query;

/** A query that cannot run as asked: unknown name or parameter, or a value that matches nothing. */
public final class QueryException extends RuntimeException {

    public QueryException(String message) {
        super(message, null, false, false);
    }
}
