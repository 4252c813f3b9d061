package org.stancegraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code stancegraph} command: news articles to a knowledge graph of political actors and
 * the positions they take.
 *
 * <pre>
 * stancegraph build seeds/
 * stancegraph query statements --format json
 * </pre>
 */
@Command(
        name = "stancegraph",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Turns news articles into a knowledge graph of political actors and the positions they take.",
        subcommands = {
            BuildCommand.class,
            RemoveCommand.class,
            LoadCommand.class,
            ConvertCommand.class,
            QueryCommand.class,
            QueriesCommand.class,
            ValidateCommand.class,
            ServeCommand.class,
            ExportCommand.class,
            EvaluateCommand.class,
            CommandLine.HelpCommand.class
        })
public final class App {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (for tests). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        return new CommandLine(new App()).setExecutionExceptionHandler(new ErrorHandler());
    }
}
