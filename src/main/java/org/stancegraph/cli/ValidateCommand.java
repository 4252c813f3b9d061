package org.stancegraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.stancegraph.graph.Store;
import org.stancegraph.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code validate}: check the graph against ontology/shapes.ttl. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "Check the graph (database or file) against the SHACL shapes of ontology/shapes.ttl.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        try (Store store = data.open(spec.commandLine().getErr())) {
            List<String> violations = Pipeline.validate(store);
            PrintWriter out = spec.commandLine().getOut();
            violations.forEach(v -> spec.commandLine().getErr().println("invalid: " + v));
            if (store.isIncomplete()) {
                out.println("Incomplete: the last build was cut off; run build again to finish it.");
                return ExitCodes.SOME_FAILED;
            }
            out.println(
                    violations.isEmpty()
                            ? "Valid: the graph satisfies ontology/shapes.ttl."
                            : violations.size() + " SHACL violations.");
            return violations.isEmpty() ? ExitCodes.OK : ExitCodes.SOME_FAILED;
        }
    }
}
