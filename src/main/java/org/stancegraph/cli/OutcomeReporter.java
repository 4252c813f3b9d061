package org.stancegraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.stancegraph.pipeline.BuildListener;
import org.stancegraph.pipeline.Outcome;

/**
 * Reports each article's outcome as it arrives: one line per warning and per failure on standard
 * error (with the stack trace under --debug), and a progress bar when standard error is a
 * terminal.
 */
final class OutcomeReporter implements BuildListener, AutoCloseable {

    private final PrintWriter err;
    private final boolean debug;
    private final ProgressBar progress;

    OutcomeReporter(PrintWriter err, boolean debug, String task) {
        this.err = err;
        this.debug = debug;
        this.progress = !stderrIsTerminal()
                ? null
                : new ProgressBarBuilder()
                        .setTaskName(task)
                        .setInitialMax(-1)
                        .setStyle(ProgressBarStyle.ASCII)
                        .setUnit(" articles", 1)
                        .setConsumer(new ConsoleProgressBarConsumer(System.err))
                        .continuousUpdate()
                        .build();
    }

    /** Runs {@code run} with a reporter for its outcomes, and closes the progress bar before returning. */
    static <T> T reporting(PrintWriter err, boolean debug, String task, Function<BuildListener, T> run) {
        try (OutcomeReporter reporter = new OutcomeReporter(err, debug, task)) {
            return run.apply(reporter);
        }
    }

    /**
     * Whether standard error is a terminal: only then are bar frames worth drawing. Linux tells
     * through the descriptor's link; elsewhere a console means a terminal.
     */
    private static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException e) {
            return System.console() != null;
        }
    }

    @Override
    public void total(long inputs) {
        if (progress != null) {
            progress.maxHint(inputs);
        }
    }

    @Override
    public void phase(String name) {
        if (progress != null) {
            progress.setExtraMessage(" " + name + "...");
        }
    }

    @Override
    public void accept(Outcome outcome) {
        if (outcome instanceof Outcome.Converted converted) {
            converted.article().warnings().forEach(w -> err.println("warning: " + w));
        } else if (outcome instanceof Outcome.Failed failed) {
            err.println("error: " + failed.problem());
            if (debug && failed.cause() != null) {
                failed.cause().printStackTrace(err);
            }
        }
        err.flush();
        if (progress != null) {
            progress.step();
        }
    }

    @Override
    public void close() {
        if (progress != null) {
            progress.close();
        }
    }
}
