package org.stancegraph.cli;

import picocli.CommandLine.Option;

/** Options every command shares. */
final class CommonOptions {

    @Option(names = "--debug", description = "Show stack traces for internal errors.")
    boolean debug;
}
