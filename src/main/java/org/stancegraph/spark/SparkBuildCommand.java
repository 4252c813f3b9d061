package org.stancegraph.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stancegraph-spark}: the build as a Spark job. Embedded ({@code local[*]}) by default;
 * under {@code spark-submit}, the master it is given.
 */
@Command(
        name = "stancegraph-spark",
        mixinStandardHelpOptions = true,
        description = {
            "Convert articles and derive their graphs with Apache Spark; then `stancegraph load OUT --db DIR`.",
            "Writes OUT/statements (Parquet), OUT/graphs and OUT/derived (N-Quads), OUT/reference,",
            "and OUT/failed (the records that could not be converted, by location, with the reason)."
        })
public final class SparkBuildCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(
            arity = "1..*",
            paramLabel = "INPUT",
            description = "Files or folders of articles, in --format (any Hadoop path: file:, hdfs:, s3a:).")
    List<String> inputs;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "DIR",
            description = "Where to write (a folder or Hadoop URI); must not exist.")
    String out;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description =
                    "jsonl, parquet (the same fields: id, text, title, published, ...) or text (text files with ID.json sidecars). Default: ${DEFAULT-VALUE}")
    SparkBuild.Format format = SparkBuild.Format.JSONL;

    @Option(
            names = "--topics",
            paramLabel = "FILE",
            description = "A topic codebook (SKOS, Turtle) added to the shipped one.")
    List<Path> topics = new ArrayList<>();

    @Option(
            names = "--actors",
            paramLabel = "FILE",
            description = "An actor registry (Turtle) added to the shipped one.")
    List<Path> actors = new ArrayList<>();

    @Option(
            names = "--master",
            paramLabel = "URL",
            description = "Spark master. Default: the one spark-submit gives, else local[*].")
    String master;

    @Option(names = "--debug", description = "Print the stack trace of an error.")
    boolean debug;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line, with errors said in one line (a missing input, an unreadable codebook), as the CLI says them. */
    static CommandLine commandLine() {
        return new CommandLine(new SparkBuildCommand())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, commandLine, parsed) -> {
                    commandLine.getErr().println("stancegraph-spark: " + e.getMessage());
                    if (((SparkBuildCommand) commandLine.getCommand()).debug) {
                        e.printStackTrace(commandLine.getErr());
                    } else {
                        commandLine.getErr().println("(run again with --debug for the stack trace)");
                    }
                    return 2;
                });
    }

    @Override
    public Integer call() {
        if (!out.contains("://") && Files.exists(Path.of(out))) {
            throw new CommandLine.ParameterException(spec.commandLine(), out + " exists: give a new --out folder");
        }
        CodebookTexts codebooks = CodebookTexts.read(actors, topics);
        SparkConf conf = new SparkConf().setAppName("stancegraph");
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        try {
            long start = System.nanoTime();
            SparkBuild.Summary summary = SparkBuild.run(spark, inputs, format, out, codebooks);
            spec.commandLine()
                    .getOut()
                    .printf(
                            "Converted %d articles (%d failed, listed in %s) in %.1f s: %d statements, %d derived triples, in %s.%n",
                            summary.articles(),
                            summary.failed(),
                            out + "/failed",
                            (System.nanoTime() - start) / 1e9,
                            summary.statements(),
                            summary.derivedTriples(),
                            out);
            return summary.failed() == 0 ? 0 : 1;
        } finally {
            spark.stop();
        }
    }
}
