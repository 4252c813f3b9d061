package org.stancegraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancegraph.bench.SyntheticCorpus;
import org.stancegraph.bundle.SparqlCatalog;
import org.stancegraph.bundle.SparqlFile;
import org.stancegraph.graph.Store;
import org.stancegraph.pipeline.BuildResult;
import org.stancegraph.pipeline.Pipeline;

/**
 * The Spark build in {@code local[2]}, against the command line's: the seeds as JSON Lines, with
 * three records that cannot be converted, and a thousand synthetic articles, give the same
 * database once loaded, the
 * statements table holds the {@code statements} query's rows, and the bad records are reported by
 * where they are, without failing the job.
 */
class SparkBuildIT {

    private static SparkSession spark;

    @TempDir
    Path work;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder()
                .master("local[2]")
                .appName("SparkBuildIT")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                // Blocks far smaller than a cluster's, so that the seeds' main topic is derived in
                // shares and the synthetic corpus's topics in dozens of pairs of blocks each.
                .config(SparkBuild.BLOCK_STATEMENTS, "30")
                .getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void theSparkBuildLoadedIsTheDatabaseTheCommandLineBuilds() throws IOException {
        Path articles = seedsAsJsonLines(work.resolve("articles.jsonl"));
        Path out = work.resolve("out");

        SparkBuild.Summary summary = assertTheSameDatabaseAsTheBuild(articles, List.of(), out);

        assertEquals(5, summary.articles());
        List<String> failed =
                spark.read().textFile(out.resolve("failed").toString()).collectAsList();
        assertEquals(3, failed.size(), failed.toString());
        assertTrue(
                failed.stream().anyMatch(f -> f.startsWith(articles + ":6\t") && f.contains("malformed JSON")),
                failed.toString());
        assertTrue(
                failed.stream().anyMatch(f -> f.startsWith(articles + ":7\t") && f.contains("has no \"text\"")),
                failed.toString());
        assertTrue(
                failed.stream()
                        .anyMatch(f -> f.startsWith(articles + ":8\t")
                                && f.contains("is already the id of " + articles + ":1;")),
                failed.toString());
    }

    @Test
    void aThousandSyntheticArticlesGiveTheDatabaseTheCommandLineBuilds() throws IOException {
        SyntheticCorpus corpus = SyntheticCorpus.of(SyntheticCorpus.DEFAULT_SEED);
        Path articles = work.resolve("corpus.jsonl");
        Path codebook = work.resolve("topics.ttl");
        corpus.writeJsonLines(articles, 1000);
        corpus.writeCodebook(codebook);

        SparkBuild.Summary summary = assertTheSameDatabaseAsTheBuild(articles, List.of(codebook), work.resolve("out"));

        assertEquals(new SparkBuild.Summary(1000, 0, summary.statements(), summary.derivedTriples()), summary);
        assertTrue(summary.statements() > 10_000, summary.toString());
    }

    @Test
    void aFolderOfTextFilesAndSidecarsIsReadAsBuildReadsIt() throws IOException {
        Path folder = work.resolve("articles");
        Files.createDirectories(folder.resolve("more"));
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.toList()) {
                // Two seeds one folder down; a hidden file, a note and annotations that are no articles.
                Path to = seed.getFileName().toString().matches("00[01]_.*") ? folder.resolve("more") : folder;
                Files.copy(seed, to.resolve(seed.getFileName()));
            }
        }
        Files.writeString(folder.resolve(".hidden.txt"), "Anna Berg said the toll was a mistake.");
        Files.writeString(folder.resolve("notes.md"), "Anna Berg said the toll was a mistake.");
        Files.write(folder.resolve("binary.txt"), new byte[] {'a', 0, 'b'});
        // A JSON Lines file among them: an article a line, a blank line, and a line that is no JSON.
        Files.writeString(
                folder.resolve("more").resolve("extra.jsonl"),
                "{\"id\": \"extra-1\", \"published\": \"2024-03-01\", \"text\": "
                        + "\"Anna Berg said on Monday that sending ground troops would be a grave mistake.\"}\n"
                        + "\n"
                        + "{\"id\": \"extra-2\", \"text\": \n");
        Files.createDirectories(folder.resolve("gold"));
        Files.writeString(folder.resolve("gold").resolve("annotations.jsonl"), "{\"speaker\": \"Anna Berg\"}\n");

        SparkBuild.Summary summary =
                assertTheSameDatabaseAsTheBuild(folder, SparkBuild.Format.TEXT, List.of(), work.resolve("out"));

        assertEquals(new SparkBuild.Summary(6, 2, summary.statements(), summary.derivedTriples()), summary);
        List<String> failed = spark.read()
                .textFile(work.resolve("out").resolve("failed").toString())
                .collectAsList();
        assertTrue(
                failed.stream().anyMatch(f -> f.contains("binary.txt") && f.contains("binary file (NUL byte)")),
                failed.toString());
        assertTrue(
                failed.stream().anyMatch(f -> f.contains("extra.jsonl:3\t") && f.contains("malformed JSON")),
                failed.toString());
    }

    /**
     * Runs the Spark build and the command line's over {@code articles}, loads the Spark output,
     * and checks that the two databases hold the same graphs and that the statements table holds
     * the {@code statements} query's rows; returns what the Spark run did.
     */
    private SparkBuild.Summary assertTheSameDatabaseAsTheBuild(Path articles, List<Path> topics, Path out)
            throws IOException {
        return assertTheSameDatabaseAsTheBuild(articles, SparkBuild.Format.JSONL, topics, out);
    }

    private SparkBuild.Summary assertTheSameDatabaseAsTheBuild(
            Path articles, SparkBuild.Format format, List<Path> topics, Path out) throws IOException {
        SparkBuild.Summary summary = SparkBuild.run(
                spark,
                List.of(articles.toAbsolutePath().toString()),
                format,
                out.toString(),
                CodebookTexts.read(List.of(), topics));
        try (Store built = Store.open(work.resolve("built"));
                Store loaded = Store.open(work.resolve("loaded"))) {
            BuildResult result =
                    Pipeline.builder().topics(topics).threads(2).build().build(built, List.of(articles), outcome -> {});
            assertEquals(result.summary().articles(), summary.articles());
            assertEquals(result.summary().failed(), summary.failed());
            assertEquals(result.summary().statements(), summary.statements());
            assertEquals(result.derived().triples(), summary.derivedTriples());

            long quads = loaded.loadBulk(SparkBuild.nquadsIn(out));
            Map<String, Graph> fromBuild = graphs(built);
            Map<String, Graph> fromSpark = graphs(loaded);
            assertEquals(List.of(), differences(fromBuild, fromSpark), () -> describe(fromBuild, fromSpark));
            assertEquals(built.size(), quads);
            assertTrue(fromSpark.size() > 10, "article, derived and reference graphs: " + fromSpark.keySet());
            assertEquals(statementsQuery(built), statementsTable(out));
        }
        return summary;
    }

    @Test
    void parquetWithTheFieldsOfJsonLinesIsReadAsTheyAre() throws IOException {
        Path articles = seedsAsJsonLines(work.resolve("articles.jsonl"));
        List<String> good = Files.readAllLines(articles).subList(0, 5);
        Path parquet = work.resolve("articles.parquet");
        spark.read()
                .json(spark.createDataset(good, org.apache.spark.sql.Encoders.STRING()))
                .write()
                .parquet(parquet.toString());

        SparkBuild.Summary fromParquet = SparkBuild.run(
                spark,
                List.of(parquet.toString()),
                SparkBuild.Format.PARQUET,
                work.resolve("out").toString(),
                CodebookTexts.read(List.of(), List.of()));

        long statements;
        try (Store store = Store.inMemory()) {
            statements = Pipeline.builder()
                    .threads(2)
                    .build()
                    .build(store, List.of(articles), outcome -> {})
                    .summary()
                    .statements();
        }
        assertEquals(new SparkBuild.Summary(5, 0, statements, fromParquet.derivedTriples()), fromParquet);
        assertTrue(fromParquet.derivedTriples() > 100, fromParquet.toString());
    }

    /** The seeds, one JSON object a line with their sidecars' fields, then three records that cannot be converted (the last repeats the first). */
    static Path seedsAsJsonLines(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path text :
                    seeds.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String id = text.getFileName().toString().replaceAll("\\.txt$", "");
                Path sidecar = text.resolveSibling(id + ".json");
                ObjectNode record =
                        Files.exists(sidecar) ? (ObjectNode) json.readTree(sidecar.toFile()) : json.createObjectNode();
                record.put("id", id);
                record.put("text", Files.readString(text, StandardCharsets.UTF_8));
                lines.add(json.writeValueAsString(record));
            }
        }
        lines.add("{\"id\": \"broken\", \"text\": ");
        lines.add("{\"id\": \"empty\"}");
        lines.add(lines.get(0));
        return Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /** Each named graph of {@code store}, copied into memory; the codebook graph holds blank nodes, so graphs are compared as graphs. */
    static Map<String, Graph> graphs(Store store) {
        return Txn.calculateRead(store.dataset(), () -> {
            Map<String, Graph> graphs = new TreeMap<>();
            store.dataset().asDatasetGraph().listGraphNodes().forEachRemaining(name -> {
                Graph copy = GraphFactory.createDefaultGraph();
                store.dataset().asDatasetGraph().getGraph(name).find().forEachRemaining(copy::add);
                graphs.put(name.getURI(), copy);
            });
            return graphs;
        });
    }

    /** The first graph that differs, and a few triples of each side that the other lacks. */
    private static String describe(Map<String, Graph> built, Map<String, Graph> loaded) {
        List<String> names = differences(built, loaded);
        String name = names.get(0);
        Graph a = built.getOrDefault(name, GraphFactory.createDefaultGraph());
        Graph b = loaded.getOrDefault(name, GraphFactory.createDefaultGraph());
        List<String> onlyBuilt = a.find().filterDrop(b::contains).toList().stream()
                .limit(5)
                .map(Object::toString)
                .toList();
        List<String> onlyLoaded = b.find().filterDrop(a::contains).toList().stream()
                .limit(5)
                .map(Object::toString)
                .toList();
        return names.size() + " graphs differ; " + name + ": " + a.size() + " triples built, " + b.size()
                + " loaded; only built " + onlyBuilt + "; only loaded " + onlyLoaded;
    }

    /** The names of the graphs of {@code built} that {@code loaded} lacks or holds otherwise. */
    static List<String> differences(Map<String, Graph> built, Map<String, Graph> loaded) {
        Set<String> names = new TreeSet<>(built.keySet());
        names.addAll(loaded.keySet());
        return names.stream()
                .filter(name -> !built.containsKey(name)
                        || !loaded.containsKey(name)
                        || !built.get(name).isIsomorphicWith(loaded.get(name)))
                .toList();
    }

    /** The rows of the statements query, each as text, sorted (rows may repeat). */
    private static List<String> statementsQuery(Store store) {
        String sparql = SparqlCatalog.shipped().text(SparqlFile.Kind.NAMED_QUERY, "statements");
        return Txn.calculateRead(store.dataset(), () -> {
            List<String> rows = new ArrayList<>();
            try (QueryExecution execution =
                    QueryExecution.dataset(store.dataset()).query(sparql).build()) {
                execution
                        .execSelect()
                        .forEachRemaining(solution -> rows.add(row(solution).toString()));
            }
            return rows.stream().sorted().toList();
        });
    }

    private static List<String> row(QuerySolution solution) {
        List<String> row = new ArrayList<>();
        for (String column : ArticleConversion.COLUMNS) {
            RDFNode node = solution.get(column);
            row.add(node == null ? null : node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString());
        }
        return row;
    }

    private static List<String> statementsTable(Path out) {
        List<String> rows = new ArrayList<>();
        for (Row row :
                spark.read().parquet(out.resolve("statements").toString()).collectAsList()) {
            List<String> values = new ArrayList<>();
            ArticleConversion.COLUMNS.forEach(c -> values.add(row.getAs(c)));
            rows.add(values.toString());
        }
        return rows.stream().sorted().toList();
    }
}
