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
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;
import org.apache.spark.api.java.JavaPairRDD;
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
 *   <li>{@code derived/}: the derived graphs, N-Quads, with the build's rules, a share of a topic at a time;
 *   <li>{@code reference/}: the ontology and codebook graphs the build also loads, N-Quads;
 *   <li>{@code failed/}: the records that could not be converted, by location, with the reason.
 * </ul>
 *
 * <p>{@code stancegraph load OUT --db DB} then loads the N-Quads into TDB2 with Jena's bulk
 * loader: the same database {@code stancegraph build} makes of the same articles. What one task
 * of derivation holds is bounded by {@link #BLOCK_STATEMENTS}, and by the statements of the
 * busiest actor on a topic.
 */
public final class SparkBuild {

    /**
     * The Spark setting that bounds the statements of a block of a topic's actors in derivation
     * (default 100,000): a task holds two blocks, and a topic of n statements makes n / this
     * blocks, each actor's statements copied once for each.
     */
    public static final String BLOCK_STATEMENTS = "spark.stancegraph.deriveBlockStatements";

    /** The Spark setting that bounds the articles a task converts (default 500). */
    public static final String ARTICLES_PER_PARTITION = "spark.stancegraph.articlesPerPartition";

    private SparkBuild() {}

    /** What a run did. */
    public record Summary(long articles, long failed, long statements, long derivedTriples) {}

    /** Where the articles are and what they are: JSON Lines files, or Parquet. */
    public enum Format {
        /** JSON Lines files, or folders of them. */
        JSONL,
        /** Parquet with the columns of JSON Lines' fields. */
        PARQUET,
        /** Text files with optional sidecars {@code ID.json} (and JSON Lines files), and folders of them, as {@code build} reads a folder. */
        TEXT
    }

    /** Runs the job in {@code spark} over {@code inputs}, writing under {@code out}, a folder or Hadoop URI that must not exist. */
    public static Summary run(
            SparkSession spark, List<String> inputs, Format format, String out, CodebookTexts codebooks) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        ArticleConversion conversion = new ArticleConversion(codebooks);
        JavaRDD<ConvertedArticle> converted = inPartitionsOf(spark, context, records(spark, context, inputs, format))
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
            // Not kept for the count after the write (keeping the lines ran a 10,000-article run in
            // 2 GiB out of heap): the lines written are counted as read back, which costs less than
            // deriving them again (13 s of a 262 s cluster run).
            JavaRDD<String> derived =
                    derive(spark, context, good.flatMap(a -> a.said().iterator()));
            derived.saveAsTextFile(out + "/derived");
            JavaRDD<ConvertedArticle> bad = checked.filter(a -> !a.converted());
            bad.map(a -> a.location() + "\t" + a.problem()).saveAsTextFile(out + "/failed");
            context.parallelize(reference(codebooks), 1).saveAsTextFile(out + "/reference");
            long derivedTriples = context.textFile(out + "/derived").count();
            return new Summary(good.count(), bad.count(), statements.count(), derivedTriples);
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
     * {@code records} spread over partitions of at most {@link #ARTICLES_PER_PARTITION} articles,
     * and at least one partition a core: a task keeps its converted articles, and a file read in
     * two splits (as a local run reads one) ran a 1 GiB executor out of heap converting 5,000.
     * The records are read once more to be counted; reading costs little beside converting.
     */
    private static JavaRDD<ArticleRecord> inPartitionsOf(
            SparkSession spark, JavaSparkContext context, JavaRDD<ArticleRecord> records) {
        long perPartition = Long.parseLong(spark.conf().get(ARTICLES_PER_PARTITION, "500"));
        long partitions = Math.max(context.defaultParallelism(), (records.count() + perPartition - 1) / perPartition);
        return records.getNumPartitions() >= partitions ? records : records.repartition((int) partitions);
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
                .reduceByKey((x, y) -> {
                    Tuple3<Place, String, Integer> first = x._1().compareTo(y._1()) <= 0 ? x : y;
                    return new Tuple3<>(first._1(), first._2(), x._3() + y._3());
                })
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
                    .map(line -> new ArticleRecord.JsonLine(number, 0, input, (int) (line._2() + 1), line._1())));
        }
        return all;
    }

    /**
     * The text files under {@code input} (its folders included), each with its sidecar {@code
     * ID.json}, numbered in path order, as {@code build} reads a folder; a JSON Lines file among
     * them is an article a line, as {@code build} reads one.
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
                .flatMap(numbered -> {
                    ArticleRecord.TextFile file = numbered._1().at(numbered._2());
                    return file.isJsonLines()
                            ? file.lines().iterator()
                            : List.<ArticleRecord>of(file).iterator();
                });
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

    /**
     * The derived graphs of {@code said}, as N-Quad lines, by the build's rules, a share of a topic
     * at a time: each actor's utterances, positions and reversal from that actor's statements on
     * the topic; the contradiction edges from blocks of the topic's actors, a task for each pair of
     * blocks, with as many blocks as it takes to keep a block under {@link #BLOCK_STATEMENTS}
     * statements (an edge needs all the statements of its two actors).
     */
    private static JavaRDD<String> derive(SparkSession spark, JavaSparkContext context, JavaRDD<Said> said) {
        long perBlock = Long.parseLong(spark.conf().get(BLOCK_STATEMENTS, "100000"));
        Map<String, Integer> blocks = new HashMap<>();
        said.map(Said::topic)
                .countByValue()
                .forEach((topic, statements) ->
                        blocks.put(topic, (int) Math.max(1, (statements + perBlock - 1) / perBlock)));
        Broadcast<Map<String, Integer>> blocksOf = context.broadcast(blocks);
        JavaPairRDD<Tuple2<String, String>, Iterable<Said>> byActor = said.mapToPair(
                        s -> new Tuple2<>(new Tuple2<>(s.topic(), s.speaker()), s))
                .groupByKey();
        JavaRDD<String> ofEachActor = byActor.flatMap(actor -> lines(
                actor._1()._1(),
                out -> ActorLevelDerivation.deriveWithoutContradictions(
                        list(actor._2()), actor._1()._1(), out)));
        JavaRDD<String> ofEachPairOfBlocks = byActor.flatMapToPair(actor -> toItsPairsOfBlocks(actor, blocksOf.value()))
                .groupByKey()
                .flatMap(pair -> contradictions(pair, blocksOf.value()));
        return ofEachActor.union(ofEachPairOfBlocks);
    }

    /** One actor's statements on a topic, once for each pair of the topic's blocks that holds the actor's block. */
    private static Iterator<Tuple2<Tuple3<String, Integer, Integer>, Iterable<Said>>> toItsPairsOfBlocks(
            Tuple2<Tuple2<String, String>, Iterable<Said>> actor, Map<String, Integer> blocks) {
        String topic = actor._1()._1();
        int count = blocks.get(topic);
        int mine = block(actor._1()._2(), count);
        List<Tuple2<Tuple3<String, Integer, Integer>, Iterable<Said>>> copies = new ArrayList<>();
        for (int other = 0; other < count; other++) {
            copies.add(new Tuple2<>(new Tuple3<>(topic, Math.min(mine, other), Math.max(mine, other)), actor._2()));
        }
        return copies.iterator();
    }

    /** The contradiction edges between the actors of a pair of blocks, one in each (or both in the one block). */
    private static Iterator<String> contradictions(
            Tuple2<Tuple3<String, Integer, Integer>, Iterable<Iterable<Said>>> pair, Map<String, Integer> blocks) {
        String topic = pair._1()._1();
        int count = blocks.get(topic);
        int first = pair._1()._2();
        int second = pair._1()._3();
        List<Said> both = new ArrayList<>();
        pair._2().forEach(actor -> actor.forEach(both::add));
        BiPredicate<String, String> between = (later, earlier) -> {
            int a = block(later, count);
            int b = block(earlier, count);
            return (a == first && b == second) || (a == second && b == first);
        };
        return lines(topic, out -> ActorLevelDerivation.deriveContradictions(both, topic, between, out));
    }

    /** Which of {@code count} blocks of a topic's actors {@code actor} is in; the same on every JVM. */
    private static int block(String actor, int count) {
        return Math.floorMod(actor.hashCode(), count);
    }

    /** The triples {@code derivation} hands on, as N-Quad lines of {@code topic}'s derived graph. */
    private static Iterator<String> lines(String topic, Consumer<Consumer<Triple>> derivation) {
        Node graph = NodeFactory.createURI(Iris.derivedGraph(topic));
        // The rules may give a triple twice (a statement in two evidence pairs of one edge); a graph holds it once.
        Set<Quad> quads = new LinkedHashSet<>();
        derivation.accept(triple -> quads.add(Quad.create(graph, triple)));
        // A line at a time, as Spark writes them: a big topic's graph as one text ran 2 GiB out of heap.
        return quads.stream().map(SparkBuild::nquad).iterator();
    }

    private static List<Said> list(Iterable<Said> said) {
        List<Said> list = new ArrayList<>();
        said.forEach(list::add);
        return list;
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
