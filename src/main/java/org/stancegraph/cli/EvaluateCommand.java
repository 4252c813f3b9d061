package org.stancegraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.stancegraph.evaluate.Evaluator;
import org.stancegraph.evaluate.GoldReader;
import org.stancegraph.evaluate.GoldStatement;
import org.stancegraph.evaluate.Scores;
import org.stancegraph.evaluate.StanceConfusion;
import org.stancegraph.graph.Store;
import org.stancegraph.model.InputException;
import org.stancegraph.model.Stance;
import org.stancegraph.model.TopicRef;
import org.stancegraph.pipeline.BuildResult;
import org.stancegraph.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code evaluate}: precision, recall and F1 of the extraction against gold annotations. */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        description =
                "Convert the articles (in memory) and compare with gold annotations (DIR/ID.jsonl): "
                        + "precision, recall and F1 for speakers, (speaker, topic, stance) and contradiction pairs; the share of correct dates.")
final class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(
            names = "--gold",
            required = true,
            paramLabel = "DIR",
            description = "The gold annotations: one ID.jsonl per article.")
    Path gold;

    @Option(
            names = "--details",
            description =
                    "Also list the (speaker, topic, stance) triples and contradiction pairs missed and added, and the dates missed.")
    boolean details;

    @Mixin
    InputOptions input;

    @Mixin
    CodebookOptions codebooks;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        List<GoldStatement> annotations;
        try {
            annotations = GoldReader.read(gold);
        } catch (InputException e) {
            throw new UsageException(e.getMessage());
        }
        Pipeline pipeline = codebooks.pipeline();
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = Store.inMemory()) {
            BuildResult result = OutcomeReporter.reporting(
                    spec.commandLine().getErr(),
                    common.debug,
                    "evaluate",
                    reporter -> pipeline.build(store, input.orSeeds(), reporter));
            Evaluator.Report report = new Evaluator().evaluate(store, annotations);
            print(out, report);
            return result.summary().failed() > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
        }
    }

    private void print(PrintWriter out, Evaluator.Report report) {
        out.printf(
                "Evaluated %d articles: %d gold statements, %d extracted.%n%n",
                report.articles(), report.goldStatements(), report.extractedStatements());
        out.printf("%-44s %9s %7s %6s   %s%n", "", "precision", "recall", "F1", "(tp fp fn)");
        line(out, "speakers (per article)", report.speakers());
        line(out, "(speaker, topic, stance) (per article)", report.triples());
        for (Map.Entry<TopicRef, Scores> topic : report.triplesByTopic().entrySet()) {
            line(out, "  on " + topic.getKey().iri().replaceAll(".*[/#]", ""), topic.getValue());
        }
        line(out, "contradiction pairs (corpus)", report.contradictions());
        printConfusion(out, report.stanceConfusion());
        out.printf(
                Locale.ROOT,
                "%ndates the text gives: %d of %d carried by the extraction (%.1f%%)%n",
                report.datesCorrect(),
                report.datesGiven(),
                100 * report.dateShare());
        if (details) {
            out.println();
            report.missedTriples().forEach(t -> out.println("missed  " + t.describe()));
            report.spuriousTriples().forEach(t -> out.println("added   " + t.describe()));
            report.missedDates().forEach(d -> out.println("date    " + d.describe()));
            report.missedPairs().forEach(p -> out.println("missed  pair " + p.describe()));
            report.spuriousPairs().forEach(p -> out.println("added   pair " + p.describe()));
        }
        out.flush();
    }

    /** Gold stances in rows, what the extraction has for the same speaker and topic in columns. */
    private static void printConfusion(PrintWriter out, StanceConfusion confusion) {
        out.printf("%nstance: gold (rows) against extracted for the same speaker and topic (columns)%n");
        out.printf("%-6s", "gold");
        for (StanceConfusion.Outcome outcome : StanceConfusion.Outcome.values()) {
            out.printf(" %12s", outcome.label());
        }
        out.println();
        for (Stance gold : Stance.values()) {
            out.printf("%-6s", StanceConfusion.Outcome.of(gold).label());
            for (StanceConfusion.Outcome outcome : StanceConfusion.Outcome.values()) {
                out.printf(" %12d", confusion.count(gold, outcome));
            }
            out.println();
        }
    }

    private static void line(PrintWriter out, String name, Scores s) {
        out.printf(
                Locale.ROOT,
                "%-44s %9.3f %7.3f %6.3f   (%d %d %d)%n",
                name,
                s.precision(),
                s.recall(),
                s.f1(),
                s.truePositives(),
                s.falsePositives(),
                s.falseNegatives());
    }
}
