package org.stancegraph.cli;

/** The exit codes of every command (SPEC §6). */
final class ExitCodes {

    /** Everything succeeded. */
    static final int OK = 0;
    /** Some inputs failed; the rest were processed. */
    static final int SOME_FAILED = 1;
    /** The command was used wrongly: nothing was done. */
    static final int USAGE = 2;

    private ExitCodes() {}
}
