package org.stancegraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.resultset.ResultsFormat;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stancegraph.graph.Store;
import org.stancegraph.query.QueryFilesTest;
import picocli.CommandLine;

/** The command line end to end on the seeds, as a new user runs it. */
class CliIT {

    @TempDir
    static Path dir;

    static Path db;

    /** What a command printed and returned. */
    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        try {
            CommandLine cli = App.commandLine();
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            int exit = cli.execute(args);
            return new Run(exit, out + stdout.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(original);
        }
    }

    @BeforeAll
    static void buildTheSeeds() {
        db = dir.resolve("tdb2");
        Run build = run("build", "seeds", "--db", db.toString());
        assertEquals(0, build.exit(), build.err());
        assertTrue(build.out().contains("the graph satisfies ontology/shapes.ttl"), build.out());
    }

    @Test
    void statementsAsJsonHaveTheSpecColumnsAndVerbatimSentences() throws Exception {
        Run query = run("query", "statements", "--format", "json", "--db", db.toString());
        assertEquals(0, query.exit(), query.err());
        ResultSet results = ResultSetFactory.load(
                new ByteArrayInputStream(query.out().getBytes(StandardCharsets.UTF_8)), ResultsFormat.FMT_RS_JSON);
        assertEquals(QueryFilesTest.STATEMENT_COLUMNS, results.getResultVars());
        int rows = 0;
        while (results.hasNext()) {
            QuerySolution row = results.next();
            rows++;
            assertTrue(Set.of("favour", "against", "neutral")
                    .contains(row.getLiteral("stance").getString()));
            String article = Files.readString(
                    Path.of("seeds", row.getLiteral("articleId").getString() + ".txt"));
            assertTrue(article.contains(row.getLiteral("sentence").getString()), row.toString());
        }
        assertTrue(rows >= 25, "only " + rows + " statements");
    }

    @Test
    void everySelectorPointsAtItsTextInTheArticle() {
        Run query = run(
                "query",
                writeQuery(
                        "offsets.rq",
                        """
                PREFIX sg: <https://stancegraph.org/ontology#>
                PREFIX oa: <http://www.w3.org/ns/oa#>
                PREFIX schema: <https://schema.org/>
                SELECT (COUNT(*) AS ?bad) WHERE {
                  ?s sg:reportedIn ?a ; sg:sentenceSelector|sg:quoteSelector ?sel .
                  ?sel oa:start ?start ; oa:end ?end ; oa:exact ?exact .
                  ?a schema:text ?text .
                  FILTER (SUBSTR(?text, ?start + 1, ?end - ?start) != ?exact)
                }"""),
                "--format",
                "csv",
                "--db",
                db.toString());
        assertEquals(0, query.exit(), query.err());
        assertEquals("bad\r\n0", query.out().strip());
    }

    @Test
    void convertWritesTrigThatAnIndependentParserReadsAndThatValidates() throws Exception {
        Path trig = dir.resolve("g.trig");
        Run convert = run("convert", "seeds", "--out", trig.toString(), "--format", "trig");
        assertEquals(0, convert.exit(), convert.err());
        Model rio;
        try (InputStream in = Files.newInputStream(trig)) {
            rio = Rio.parse(in, "", RDFFormat.TRIG);
        }
        Dataset jena = RDFDataMgr.loadDataset(trig.toString());
        assertEquals(jena.asDatasetGraph().stream().count(), rio.size());
        assertTrue(rio.contexts().size() >= 7, "five article graphs, the ontology and the registry");
        Run validate = run("validate", "--data", trig.toString());
        assertEquals(0, validate.exit(), validate.out() + validate.err());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"trig", "nq", "ttl", "jsonld", "rdfxml"})
    void convertAndExportTakeTheSameFormatNamesAndWriteTheSameGraph(String format) throws Exception {
        Path converted = dir.resolve("converted-" + format);
        Path exported = dir.resolve("exported-" + format);
        Run convert = run("convert", "seeds", "--format", format, "--out", converted.toString());
        assertEquals(0, convert.exit(), convert.err());
        Run export = run("export", "--rdf", format, "--out", exported.toString(), "--db", db.toString());
        assertEquals(0, export.exit(), export.err());
        RDFFormat syntax =
                switch (format) {
                    case "trig" -> RDFFormat.TRIG;
                    case "nq" -> RDFFormat.NQUADS;
                    case "ttl" -> RDFFormat.TURTLE;
                    case "jsonld" -> RDFFormat.JSONLD;
                    default -> RDFFormat.RDFXML;
                };
        Model fromConvert = parse(converted, syntax);
        Model fromExport = parse(exported, syntax);
        assertTrue(fromConvert.size() > 1000, format + ": " + fromConvert.size() + " statements");
        assertTrue(Models.isomorphic(fromConvert, fromExport), format + ": convert and export wrote different graphs");
    }

    private static Model parse(Path file, RDFFormat syntax) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return Rio.parse(in, "", syntax);
        }
    }

    @Test
    void serveOnAnEmptyDatabaseBuildsTheSeedsAndValidatesWhatItBuilt() throws Exception {
        Path empty = dir.resolve("served");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int[] exit = {-1};
        Thread serving = new Thread(() -> {
            CommandLine cli = App.commandLine();
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            exit[0] = cli.execute("serve", "--db", empty.toString(), "--port", "0");
        });
        serving.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (!out.toString().contains("Stop with Ctrl-C.") && serving.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertTrue(out.toString().contains("is empty: building it from seeds/ first."), out + "\n" + err);
            assertTrue(out.toString().contains("; the graph satisfies ontology/shapes.ttl."), out + "\n" + err);
        } finally {
            serving.interrupt();
            serving.join(30_000);
        }
        assertFalse(serving.isAlive(), "an interrupt stops the server");
        assertEquals(0, exit[0], err.toString());
        assertTrue(out.toString().contains("Stopped; the database is closed."), out.toString());
    }

    @Test
    void convertingTwiceGivesTheSameGraph() {
        Path first = dir.resolve("first.nq");
        Path second = dir.resolve("second.nq");
        assertEquals(0, run("convert", "seeds", "--out", first.toString()).exit());
        assertEquals(0, run("convert", "seeds", "--out", second.toString()).exit());
        Dataset a = RDFDataMgr.loadDataset(first.toString());
        Dataset b = RDFDataMgr.loadDataset(second.toString());
        Iterator<String> names = a.listNames();
        int graphs = 0;
        while (names.hasNext()) {
            String name = names.next();
            graphs++;
            assertTrue(a.getNamedModel(name).isIsomorphicWith(b.getNamedModel(name)), name);
        }
        assertEquals(graphs, b.asDatasetGraph().size());
    }

    @Test
    void buildingTwiceLeavesTheSameNumberOfQuads() {
        Path again = dir.resolve("again");
        Run first = run("build", "seeds", "--db", again.toString());
        Run second = run("build", "seeds", "--db", again.toString());
        assertEquals(quads(first.out()), quads(second.out()));
        assertTrue(second.out().contains(": 0 articles, 0 statements, 0 failed, 5 unchanged;"), second.out());
        Run forced = run("build", "seeds", "--db", again.toString(), "--reconvert");
        assertTrue(forced.out().contains(": 5 articles, "), forced.out());
        assertEquals(quads(first.out()), quads(forced.out()));
    }

    @Test
    void loadMakesOfAnExportADatabaseThatAnswersAsTheBuiltOneAndWillNotWriteOverOne() {
        Path exported = dir.resolve("for-load.nq");
        assertEquals(
                0,
                run("export", "--rdf", "nq", "--out", exported.toString(), "--db", db.toString())
                        .exit());
        Path loadedDb = dir.resolve("loaded");

        Run load = run("load", exported.toString(), "--db", loadedDb.toString());

        assertEquals(0, load.exit(), load.err());
        Run built = run("query", "who-contradicted-whom", "--format", "csv", "--db", db.toString());
        Run loaded = run("query", "who-contradicted-whom", "--format", "csv", "--db", loadedDb.toString());
        assertTrue(built.out().lines().count() > 10, built.out());
        assertEquals(built.out(), loaded.out());
        Run again = run("load", exported.toString(), "--db", loadedDb.toString());
        assertEquals(2, again.exit());
        assertTrue(again.err().contains("exists: load makes a new database"), again.err());
        assertFalse(again.err().contains("Exception"), again.err());
    }

    @Test
    void loadNamesTheLineThatIsNotNQuadsAndLeavesNoDatabase() throws Exception {
        Path broken = dir.resolve("broken.nq");
        Files.writeString(
                broken,
                "<http://ex.org/a> <http://ex.org/b> <http://ex.org/c> <http://ex.org/g> .\n"
                        + "<http://ex.org/a> <http://ex.org/b> \"unterminated <http://ex.org/g> .\n");
        Path target = dir.resolve("not-loaded");

        Run load = run("load", broken.toString(), "--db", target.toString());

        assertEquals(2, load.exit());
        assertTrue(load.err().contains(broken + ": [line: ") && load.err().contains("nothing loaded"), load.err());
        assertFalse(load.err().contains("Exception"), load.err());
        assertFalse(Files.exists(target), "the half-loaded database is gone");
    }

    @Test
    void removeTakesAnArticleOutAndNamesTheIdsItDoesNotHold() {
        Path db = dir.resolve("removing");
        assertEquals(0, run("build", "seeds", "--db", db.toString()).exit());
        Run remove = run("remove", "000_5a747a897662c919", "nothing-here", "--db", db.toString());
        assertEquals(1, remove.exit(), remove.err());
        assertTrue(remove.out().startsWith("Removed 1 articles from "), remove.out());
        assertTrue(remove.err().contains("holds no article nothing-here"), remove.err());
        Run statements = run("query", "statements", "--format", "csv", "--db", db.toString());
        assertFalse(statements.out().contains("000_5a747a897662c919"), "its statements are gone");
        assertEquals(0, run("validate", "--db", db.toString()).exit());
    }

    private static String quads(String buildOutput) {
        return buildOutput.replaceAll("(?s).*; (\\d+) quads;.*", "$1");
    }

    @Test
    void badFilesAreNamedOneLineEachAndTheGoodArticleStillLands() throws Exception {
        Path in = Files.createDirectories(dir.resolve("mixed"));
        Files.copy(Path.of("seeds/004_c9e233ed828a4b21.txt"), in.resolve("good.txt"));
        Files.write(in.resolve("latin1.txt"), "Le pr\u00e9sident a dit non.".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(in.resolve("empty.txt"), "");
        Files.writeString(in.resolve("sidecar.txt"), "Olaf Scholz said there will be no ground troops.");
        Files.writeString(in.resolve("sidecar.json"), "{\"title\": \"x\", ");
        Path mixedDb = dir.resolve("mixed-db");
        Run build = run("build", in.toString(), "--db", mixedDb.toString());
        assertEquals(1, build.exit());
        List<String> errors =
                build.err().lines().filter(l -> l.startsWith("error: ")).toList();
        assertEquals(3, errors.size(), build.err());
        assertTrue(errors.get(0).contains("empty.txt"), errors.toString());
        assertTrue(errors.get(1).contains("latin1.txt:1:"), errors.toString());
        assertTrue(errors.get(2).contains("sidecar.json:1:"), errors.toString());
        assertFalse(build.err().contains("Exception") || build.err().contains("\tat "), build.err());
        Run query = run("query", "statements", "--format", "csv", "--db", mixedDb.toString());
        assertTrue(query.out().lines().count() > 5, query.out());
        assertTrue(query.out().lines().skip(1).allMatch(l -> l.contains(",good,")), query.out());
    }

    @Test
    void usageMistakesExitWithTwoAndNoStackTrace() {
        Run unknown = run("query", "no-such-query", "--db", db.toString());
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("no query named \"no-such-query\""), unknown.err());
        Run badParam = run("query", "statements", "--param", "colour=red", "--db", db.toString());
        assertEquals(2, badParam.exit());
        assertEquals(2, run("build", "--no-such-option").exit());
        assertFalse((unknown.err() + badParam.err()).contains("\tat "));
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("build", "convert", "query", "queries", "validate")) {
            Run help = run(command, "--help");
            assertEquals(0, help.exit(), command);
            assertTrue(help.out().contains("Usage: stancegraph " + command), help.out());
        }
    }

    @Test
    void queriesListsTheStatementsQueryWithItsParameters() {
        Run list = run("queries");
        assertTrue(list.out().contains("statements"), list.out());
        assertTrue(list.out().contains("--param speaker=<actor>"), list.out());
    }

    private static String writeQuery(String name, String sparql) {
        try {
            return Files.writeString(dir.resolve(name), sparql).toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<QuerySolution> rows(String... args) {
        Run query = run(args);
        assertEquals(0, query.exit(), query.err());
        ResultSet results = ResultSetFactory.load(
                new ByteArrayInputStream(query.out().getBytes(StandardCharsets.UTF_8)), ResultsFormat.FMT_RS_JSON);
        List<QuerySolution> rows = new java.util.ArrayList<>();
        results.forEachRemaining(rows::add);
        return rows;
    }

    @Test
    void theReactionsToMacronContradictHimOnWesternTroopsWithEvidence() {
        List<QuerySolution> rows = rows(
                "query",
                "who-contradicted-whom",
                "--param",
                "contradicted=Emmanuel Macron",
                "--param",
                "topic=Western troops in Ukraine",
                "--format",
                "json",
                "--db",
                db.toString());
        Set<String> contradictors = new java.util.TreeSet<>();
        for (QuerySolution row : rows) {
            contradictors.add(row.getResource("contradictor").getLocalName());
            assertTrue(row.getLiteral("count").getInt() >= 1);
            assertFalse(row.getLiteral("evidence").getString().isBlank());
            assertTrue(row.contains("evidenceArticle") && row.contains("contradictedEvidence"), row.toString());
        }
        for (List<String> anyOf : List.of(
                List.of("olaf-scholz"),
                List.of("robert-fico"),
                List.of("jens-stoltenberg", "nato"),
                List.of("italian-government", "antonio-tajani"),
                List.of("kremlin"),
                List.of("ulf-kristersson"),
                List.of("uk-government"))) {
            assertTrue(anyOf.stream().anyMatch(contradictors::contains), anyOf + " not among " + contradictors);
        }
    }

    @Test
    void noActorContradictsItself() {
        for (QuerySolution row : rows("query", "who-contradicted-whom", "--format", "json", "--db", db.toString())) {
            assertFalse(row.getResource("contradictor").equals(row.getResource("contradicted")), row.toString());
        }
    }

    @Test
    void campsPutMacronInFavourAndScholzAgainst() {
        Map<String, String> camp = new java.util.HashMap<>();
        for (QuerySolution row : rows(
                "query",
                "camps",
                "--param",
                "topic=Western troops in Ukraine",
                "--format",
                "json",
                "--db",
                db.toString())) {
            camp.put(
                    row.getResource("actor").getLocalName(),
                    row.getLiteral("camp").getString());
        }
        assertEquals("favour", camp.get("emmanuel-macron"), camp.toString());
        assertEquals("against", camp.get("olaf-scholz"), camp.toString());
    }

    @Test
    void everyNamedQueryRunsOnTheSeeds() {
        for (String name : List.of(
                "statements",
                "who-contradicted-whom",
                "positions",
                "actor-statements",
                "timeline",
                "camps",
                "agreements",
                "reversals",
                "quotes",
                "sources")) {
            Run query = run("query", name, "--format", "csv", "--db", db.toString());
            assertEquals(0, query.exit(), name + ": " + query.err());
            assertTrue(query.err().isBlank(), name + ": " + query.err());
        }
        assertTrue(rows("query", "quotes", "--param", "text=ruled out", "--format", "json", "--db", db.toString())
                        .size()
                >= 2);
    }

    @Test
    void exportAndConvertWriteToStandardOutputForADash() throws Exception {
        Run export = run("export", "--network", "conflict", "--format", "graphml", "--out", "-", "--db", db.toString());
        assertEquals(0, export.exit(), export.err());
        assertTrue(export.err().startsWith("Wrote -: the conflict network"), export.err());
        var graph = new org.jgrapht.graph.DirectedPseudograph<String, org.jgrapht.graph.DefaultEdge>(
                org.jgrapht.graph.DefaultEdge.class);
        var importer = new org.jgrapht.nio.graphml.GraphMLImporter<String, org.jgrapht.graph.DefaultEdge>();
        importer.setVertexFactory(id -> id);
        importer.importGraph(graph, new java.io.StringReader(export.out()));
        assertTrue(graph.edgeSet().size() > 0, "the GraphML on standard output reads back");
        assertFalse(Files.exists(Path.of("-")), "no file named -");

        Run convert = run("convert", "seeds/000_5a747a897662c919.txt", "--format", "nq", "--out", "-");
        assertEquals(0, convert.exit(), convert.err());
        assertTrue(convert.out().lines().allMatch(line -> line.endsWith(" .")), "N-Quads only on standard output");

        Run csv = run("export", "--network", "conflict", "--format", "csv", "--out", "-", "--db", db.toString());
        assertEquals(2, csv.exit());
        assertTrue(csv.err().contains("give --out a folder"), csv.err());
    }

    /** TDB2 lets one process open a database: another hears who holds it and what to do, exit 2. */
    @Test
    void aDatabaseHeldByAnotherProcessIsNamedWithIt() throws Exception {
        Path held = dir.resolve("held");
        assertEquals(
                0,
                run("build", "seeds/000_5a747a897662c919.txt", "--db", held.toString())
                        .exit());
        // This JVM holds the database now; a second one asks it for a query.
        try (Store store = Store.open(held)) {
            Process query = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            App.class.getName(),
                            "query",
                            "statements",
                            "--db",
                            held.toString())
                    .redirectErrorStream(true)
                    .start();
            String output = new String(query.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(2, query.waitFor(), output);
            assertTrue(
                    output.contains(
                            "is in use by process " + ProcessHandle.current().pid()),
                    output);
            assertFalse(output.contains("Exception"), output);
        }
    }

    @Test
    void convertLeavesTheOutputAsItWasWhenNothingConverts() throws Exception {
        Path out = dir.resolve("kept.trig");
        Files.writeString(out, "# a good earlier result\n");
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Run convert = run("convert", empty.toString(), "--out", out.toString());
        assertEquals(1, convert.exit(), convert.err());
        assertTrue(convert.err().contains("Nothing converted"), convert.err());
        assertEquals("# a good earlier result\n", Files.readString(out));
    }

    /** A build cut off after writing its articles, before deriving: as kill -9 would leave it. */
    @Test
    void aBuildCutOffIsSaidIncompleteAndTheNextBuildFinishesIt() {
        Path cut = dir.resolve("cut");
        assertEquals(0, run("build", "seeds", "--db", cut.toString()).exit());
        try (Store store = Store.open(cut)) {
            store.markBuilding();
            List<org.apache.jena.graph.Node> derived = store.read(ds -> {
                List<org.apache.jena.graph.Node> names = new java.util.ArrayList<>();
                ds.asDatasetGraph().listGraphNodes().forEachRemaining(g -> {
                    if (g.getURI().startsWith(org.stancegraph.graph.Iris.DERIVED_GRAPH)) {
                        names.add(g);
                    }
                });
                return names;
            });
            derived.forEach(g -> store.remove(g.getURI()));
        }
        Run validate = run("validate", "--db", cut.toString());
        assertEquals(1, validate.exit(), validate.out());
        assertTrue(validate.out().contains("Incomplete"), validate.out());
        Run query = run("query", "who-contradicted-whom", "--format", "csv", "--db", cut.toString());
        assertTrue(query.err().contains("is incomplete"), query.err());
        assertEquals(1, query.out().lines().count(), "no derived facts: " + query.out());

        assertEquals(0, run("build", "seeds", "--db", cut.toString()).exit());
        assertEquals(0, run("validate", "--db", cut.toString()).exit());
        Run after = run("query", "who-contradicted-whom", "--format", "csv", "--db", cut.toString());
        assertFalse(after.err().contains("incomplete"), after.err());
        assertTrue(after.out().lines().count() > 10, "derived again: " + after.out());
    }

    @Test
    void rebuildingTheSameArticlesDoesNotGrowTheDatabase() throws IOException {
        Path again = dir.resolve("again");
        assertEquals(0, run("build", "seeds", "--db", again.toString()).exit());
        long first = bytes(again);
        for (int i = 0; i < 3; i++) {
            assertEquals(
                    0,
                    run("build", "seeds", "--reconvert", "--db", again.toString())
                            .exit());
        }
        assertTrue(bytes(again) <= first * 2, "compacted whenever it doubled: " + first + " then " + bytes(again));
    }

    private static long bytes(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(f -> f.toFile().length())
                    .sum();
        }
    }

    @Test
    void exportWritesEachFormatAndRefusesUnknownOnes() {
        for (String format : List.of("graphml", "gexf", "cyjs", "dot")) {
            Path out = dir.resolve("network." + format);
            Run export = run(
                    "export",
                    "--network",
                    "conflict",
                    "--format",
                    format,
                    "--out",
                    out.toString(),
                    "--topic",
                    "Western troops in Ukraine",
                    "--db",
                    db.toString());
            assertEquals(0, export.exit(), format + ": " + export.err());
            assertTrue(Files.exists(out), format);
        }
        Run csv = run(
                "export",
                "--network",
                "actor-topic",
                "--format",
                "csv",
                "--out",
                dir.resolve("csv").toString(),
                "--db",
                db.toString());
        assertEquals(0, csv.exit(), csv.err());
        assertTrue(Files.exists(dir.resolve("csv/nodes.csv")) && Files.exists(dir.resolve("csv/edges.csv")));
        Run rdf = run(
                "export", "--rdf", "trig", "--out", dir.resolve("export.trig").toString(), "--db", db.toString());
        assertEquals(0, rdf.exit(), rdf.err());
        assertEquals(
                2,
                run(
                                "export",
                                "--network",
                                "friendship",
                                "--out",
                                dir.resolve("x").toString(),
                                "--db",
                                db.toString())
                        .exit());
        assertEquals(
                2,
                run("export", "--rdf", "rtf", "--out", dir.resolve("x").toString(), "--db", db.toString())
                        .exit());
        assertEquals(
                2,
                run(
                                "export",
                                "--network",
                                "conflict",
                                "--from",
                                "yesterday",
                                "--out",
                                dir.resolve("x").toString(),
                                "--db",
                                db.toString())
                        .exit());
    }

    @Test
    void evaluateReportsPrecisionRecallAndF1AgainstTheGold() {
        Run evaluate = run("evaluate", "--gold", "seeds/gold");
        assertEquals(0, evaluate.exit(), evaluate.err());
        assertTrue(evaluate.out().contains("speakers (per article)"), evaluate.out());
        assertTrue(evaluate.out().contains("contradiction pairs (corpus)"), evaluate.out());
        assertTrue(evaluate.out().matches("(?s).*dates the text gives: \\d+ of \\d+.*"), evaluate.out());
        Run missing = run("evaluate", "--gold", dir.resolve("no-gold").toString());
        assertEquals(2, missing.exit());
    }
}
