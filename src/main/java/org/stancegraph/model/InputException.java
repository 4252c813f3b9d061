package org.stancegraph.model;

/**
 * A user's input that cannot be read, with one line saying where and what ({@code file:line:col:
 * what is wrong}). Carries no stack trace: it reports a mistake in the input, not in the code.
 */
public final class InputException extends Exception {

    public InputException(String location, String problem) {
        super(location + ": " + problem, null, false, false);
    }

    public InputException(String file, int line, int column, String problem) {
        this(file + ":" + line + ":" + column, problem);
    }
}
