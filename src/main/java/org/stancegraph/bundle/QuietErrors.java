package org.stancegraph.bundle;

import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;

/** A Jena parse error handler that logs nothing and fails with {@code line:col: message}. */
final class QuietErrors implements ErrorHandler {

    static final QuietErrors INSTANCE = new QuietErrors();

    @Override
    public void warning(String message, long line, long col) {}

    @Override
    public void error(String message, long line, long col) {
        throw new RiotException(line + ":" + col + ": " + message);
    }

    @Override
    public void fatal(String message, long line, long col) {
        error(message, line, col);
    }
}
