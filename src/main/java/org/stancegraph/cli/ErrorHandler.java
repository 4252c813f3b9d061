package org.stancegraph.cli;

import java.io.PrintWriter;
import org.apache.jena.query.QueryCancelledException;
import org.stancegraph.graph.StoreInUseException;
import org.stancegraph.query.QueryException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns what a command throws into one line on standard error and an exit code: a user's mistake
 * never shows a stack trace; anything else shows one only with {@code --debug}.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parsed) {
        PrintWriter err = commandLine.getErr();
        boolean debug = parsed.subcommands().stream().anyMatch(sub -> sub.hasMatchedOption("--debug"));
        if (e instanceof UsageException || e instanceof QueryException || e instanceof StoreInUseException) {
            err.println("stancegraph: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (e instanceof QueryCancelledException) {
            err.println("stancegraph: the query was stopped by its timeout");
            return ExitCodes.SOME_FAILED;
        }
        err.println("stancegraph: " + e);
        if (debug) {
            e.printStackTrace(err);
        } else {
            err.println("(run again with --debug for the stack trace)");
        }
        return ExitCodes.SOME_FAILED;
    }
}
