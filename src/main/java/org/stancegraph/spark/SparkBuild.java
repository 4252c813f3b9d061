package org.stancegraph.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.stancegraph.graph.Iris;
import org.stancegraph.graph.derive.ActorLevelDerivation;
import org.stancegraph.graph.derive.Said;
import org.stancegraph.pipeline.Pipeline;
import scala.Tuple2;
import scala.Tuple3;

/**
 * The build as a Spark job. Reads article records (JSON Lines, Parquet with the same fields, or
 * text files with sidecars),
 * converts them with the command line's pipeline, and writes under {@code out}:
 *
 * <ul>
 *   <li>{@code statements/}: the statements, Parquet, with the columns of the {@code statements} query;
 *   <li>{@code graphs/}: each article's named graph, N-Quads, a file per partition;
 *   <li>{@code derived/}: the derived graphs, N-Quads, derived topic by topic with the build's rules;
 *   <li>{@code reference/}: the ontology and codebook graphs the build also loads, N-Quads;
 *   <li>{@code failed/}: the records that could not be converted, by location, with the reason.
 * </ul>
 *
 * <p>{@code stancegraph load OUT --db DB} then loads the N-Quads into TDB2 with Jena's bulk
 * loader: the same database {@code stancegraph build} makes of the same articles. A topic is
 * derived on one executor, so the statements on one topic must fit in its memory (a million
 * statements: a few hundred MB).
 */
public final class SparkBuild {

    private SparkBuild() {}

    /** What a run did. */
    public record Summary(long articles, long failed, long statements, long derivedTriples) {}

    /** Where the articles are and what they are: JSON Lines files, or Parquet. */
    public enum Format {
        /** JSON Lines files, or folders of them. */
        JSONL,
        /** Parquet with the columns of JSON Lines' fields. */
        PARQUET,
        /** Text files with optional sidecars {@code ID.json}, and folders of them, as {@code build} reads a folder. */
        TEXT
    }

    /** Runs the job in {@code spark} over {@code inputs}, writing under {@code out}, a folder or Hadoop URI that must not exist. */
    public static Summary run(
            SparkSession spark, List<String> inputs, Format format, String out, CodebookTexts codebooks) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        ArticleConversion conversion = new ArticleConversion(codebooks);
        JavaRDD<ConvertedArticle> converted = records(spark, context, inputs, format)
                .mapPartitions(conversion::convert)
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            Broadcast<Map<String, String>> firstOf = context.broadcast(firstOfEachRepeatedId(converted));
            JavaRDD<ConvertedArticle> checked = converted.map(a -> a.unlessDuplicate(firstOf.value()));
            JavaRDD<ConvertedArticle> good = checked.filter(ConvertedArticle::converted);
            good.map(ConvertedArticle::nquads).saveAsTextFile(out + "/graphs");
            JavaRDD<Row> rows = good.flatMap(a ->
                    a.rows().stream().map(r -> RowFactory.create(r.toArray())).iterator());
            Dataset<Row> statements = spark.createDataFrame(rows, schema());
            statements.write().parquet(out + "/statements");
            // Not kept for the count after the write: the grouped facts are (Spark keeps what it
            // shuffled), and deriving again costs seconds, where keeping the lines ran a
            // 10,000-article run in 2 GiB out of heap.
            JavaRDD<String> derived = good.flatMap(a -> a.said().iterator())
                    .mapToPair(said -> new Tuple2<>(said.topic(), said))
                    .groupByKey()
                    .flatMap(SparkBuild::derive);
            derived.saveAsTextFile(out + "/derived");
            JavaRDD<ConvertedArticle> bad = checked.filter(a -> !a.converted());
            bad.map(a -> a.location() + "\t" + a.problem()).saveAsTextFile(out + "/failed");
            context.parallelize(reference(codebooks), 1).saveAsTextFile(out + "/reference");
            return new Summary(good.count(), bad.count(), statements.count(), derived.count());
        } finally {
            converted.unpersist();
        }
    }

    /** The N-Quads files a run wrote under {@code out} (a local folder), as {@code stancegraph load} finds them there. */
    public static List<Path> nquadsIn(Path out) {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("reference", "graphs", "derived")) {
            try (Stream<Path> parts = Files.list(out.resolve(folder))) {
                parts.filter(p -> p.getFileName().toString().startsWith("part-"))
                        .sorted()
                        .forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + out.resolve(folder) + ": " + e.getMessage(), e);
            }
        }
        return files;
    }

    /**
     * For each article id that more than one converted record has, where the first of them is: only
     * ids and places cross the network, and the answer is small (ids repeat by mistake).
     */
    private static Map<String, String> firstOfEachRepeatedId(JavaRDD<ConvertedArticle> converted) {
        Map<String, String> firstOf = new HashMap<>();
        converted
                .filter(ConvertedArticle::converted)
                .mapToPair(a -> new Tuple2<>(a.id(), new Tuple3<>(a.order(), a.location(), 1)))
                .reduceByKey((x, y) ->
                        new Tuple3<>(Math.min(x._1(), y._1()), x._1() <= y._1() ? x._2() : y._2(), x._3() + y._3()))
                .filter(id -> id._2()._3() > 1)
                .collect()
                .forEach(id -> firstOf.put(id._1(), id._2()._2()));
        return firstOf;
    }

    /** The records of the inputs, each with where it came from (file and line, file and row, or file). */
    private static JavaRDD<ArticleRecord> records(
            SparkSession spark, JavaSparkContext context, List<String> inputs, Format format) {
        JavaRDD<ArticleRecord> all = context.emptyRDD();
        for (int i = 0; i < inputs.size(); i++) {
            String input = inputs.get(i);
            int number = i;
            if (format == Format.TEXT) {
                all = all.union(textFiles(context, number, input));
                continue;
            }
            JavaRDD<String> lines = format == Format.PARQUET
                    ? spark.read().parquet(input).toJSON().javaRDD()
                    : context.textFile(input);
            all = all.union(lines.zipWithIndex()
                    .filter(line -> !line._1().isBlank())
                    .map(line -> new ArticleRecord.JsonLine(number, input, (int) (line._2() + 1), line._1())));
        }
        return all;
    }

    /**
     * The text files under {@code input} (its folders included), each with its sidecar {@code
     * ID.json}, numbered in path order, as {@code build} reads a folder; a JSON Lines file among
     * them is listed as failed (read it with {@link Format#JSONL}).
     */
    private static JavaRDD<ArticleRecord> textFiles(JavaSparkContext context, int number, String input) {
        context.hadoopConfiguration().set("mapreduce.input.fileinputformat.input.dir.recursive", "true");
        String root = qualified(context, input);
        return context.binaryFiles(input)
                .filter(file -> isArticleOrSidecar(root, file._1()))
                .mapToPair(file -> new Tuple2<>(
                        withoutExtension(file._1()),
                        new Tuple2<>(file._1(), file._2().toArray())))
                .groupByKey()
                .flatMap(sameStem -> {
                    Tuple2<String, byte[]> sidecar = null;
                    List<Tuple2<String, byte[]>> texts = new ArrayList<>();
                    for (Tuple2<String, byte[]> file : sameStem._2()) {
                        if (file._1().toLowerCase(Locale.ROOT).endsWith(".json")) {
                            sidecar = file;
                        } else {
                            texts.add(file);
                        }
                    }
                    Tuple2<String, byte[]> json = sidecar;
                    return texts.stream()
                            .map(text -> new ArticleRecord.TextFile(
                                    number,
                                    0,
                                    text._1(),
                                    text._2(),
                                    json == null ? null : json._1(),
                                    json == null ? null : json._2()))
                            .iterator();
                })
                .sortBy(ArticleRecord.TextFile::file, true, context.defaultParallelism())
                .zipWithIndex()
                .map(numbered -> numbered._1().at(numbered._2()));
    }

    /** As {@code build} walks a folder: no hidden files or folders, no {@code gold} folder of annotations, no notes. */
    private static boolean isArticleOrSidecar(String root, String file) {
        String below = file.startsWith(root) ? file.substring(root.length()) : file;
        return !below.contains("/.")
                && !below.contains("/gold/")
                && !below.toLowerCase(Locale.ROOT).endsWith(".md");
    }

    private static String qualified(JavaSparkContext context, String input) {
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(input);
        try {
            return path.getFileSystem(context.hadoopConfiguration())
                    .makeQualified(path)
                    .toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach " + input + ": " + e.getMessage(), e);
        }
    }

    private static String withoutExtension(String path) {
        int dot = path.lastIndexOf('.');
        return dot > path.lastIndexOf('/') ? path.substring(0, dot) : path;
    }

    /** One topic's derived graph, as N-Quad lines, by the build's rules. */
    private static Iterator<String> derive(Tuple2<String, Iterable<Said>> topic) {
        List<Said> said = new ArrayList<>();
        topic._2().forEach(said::add);
        Node graph = NodeFactory.createURI(Iris.derivedGraph(topic._1()));
        // The rules may give a triple twice (a statement in two evidence pairs of one edge); a graph holds it once.
        Set<Quad> quads = new LinkedHashSet<>();
        ActorLevelDerivation.derive(said, topic._1(), triple -> quads.add(Quad.create(graph, triple)));
        // A line at a time, as Spark writes them: a big topic's graph as one text ran 2 GiB out of heap.
        return quads.stream().map(SparkBuild::nquad).iterator();
    }

    private static StructType schema() {
        List<StructField> fields = new ArrayList<>();
        ArticleConversion.COLUMNS.forEach(c -> fields.add(DataTypes.createStructField(c, DataTypes.StringType, true)));
        return DataTypes.createStructType(fields);
    }

    /** The ontology and codebook graphs, as the build loads them, as N-Quad lines. */
    private static List<String> reference(CodebookTexts codebooks) {
        Pipeline pipeline = codebooks.pipeline();
        List<Quad> quads = new ArrayList<>();
        add(quads, Iris.ONTOLOGY_GRAPH, Pipeline.ontology());
        add(quads, Iris.REGISTRY_GRAPH, pipeline.registry());
        return quads.stream().map(SparkBuild::nquad).toList();
    }

    /** One quad as a line of N-Quads. */
    private static String nquad(Quad quad) {
        return NodeFmtLib.strNT(quad.getSubject()) + " " + NodeFmtLib.strNT(quad.getPredicate()) + " "
                + NodeFmtLib.strNT(quad.getObject()) + " " + NodeFmtLib.strNT(quad.getGraph()) + " .";
    }

    private static void add(List<Quad> quads, String graph, Model model) {
        Node name = NodeFactory.createURI(graph);
        model.getGraph().find().forEachRemaining(t -> quads.add(Quad.create(name, t)));
    }
}
