package org.stancegraph.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Parameters;

/** The articles to read: files, folders (recursively) or JSON Lines; the seeds by default. */
final class InputOptions {

    @Parameters(
            paramLabel = "INPUT",
            arity = "0..*",
            description = "Article files (ID.txt with an optional ID.json), folders, or .jsonl files. Default: seeds/")
    List<Path> inputs = List.of();

    List<Path> orSeeds() {
        return inputs.isEmpty() ? List.of(Path.of("seeds")) : inputs;
    }
}
