package org.stancegraph.spark;

import java.io.ByteArrayOutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Quad;
import org.stancegraph.bundle.SparqlCatalog;
import org.stancegraph.bundle.SparqlFile;
import org.stancegraph.graph.Iris;
import org.stancegraph.graph.derive.ActorLevelDerivation;
import org.stancegraph.pipeline.Outcome;
import org.stancegraph.pipeline.Pipeline;

/**
 * Converts article records on an executor with the command line's pipeline, loaded once per JVM
 * (models and codebooks take seconds; an article, milliseconds), one thread per task: Spark runs
 * as many tasks as the executor has cores.
 */
final class ArticleConversion implements Serializable {

    /** The columns of the statements table: those of the {@code statements} named query (SPEC §5). */
    static final List<String> COLUMNS = List.of(
            "statement",
            "articleId",
            "speaker",
            "speakerLabel",
            "act",
            "stance",
            "topic",
            "topicLabel",
            "date",
            "dateGranularity",
            "quote",
            "sentence");

    private static Loaded loaded;

    private final CodebookTexts codebooks;

    ArticleConversion(CodebookTexts codebooks) {
        this.codebooks = codebooks;
    }

    /** What one executor keeps between articles: the pipeline, the reference graphs, the statements query. */
    private record Loaded(CodebookTexts codebooks, Pipeline pipeline, Graph reference, String statements) {}

    private static synchronized Loaded loaded(CodebookTexts codebooks) {
        if (loaded == null || !loaded.codebooks().equals(codebooks)) {
            Pipeline pipeline = codebooks.pipeline();
            Model reference = Pipeline.ontology().add(pipeline.registry());
            String statements = SparqlCatalog.shipped().text(SparqlFile.Kind.NAMED_QUERY, "statements");
            loaded = new Loaded(codebooks, pipeline, reference.getGraph(), statements);
        }
        return loaded;
    }

    /** Converts the records of one partition as Spark asks for them (a partition may not fit in memory). */
    Iterator<ConvertedArticle> convert(Iterator<ArticleRecord> records) {
        Loaded here = loaded(codebooks);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return records.hasNext();
            }

            @Override
            public ConvertedArticle next() {
                return convert(here, records.next());
            }
        };
    }

    private static ConvertedArticle convert(Loaded here, ArticleRecord record) {
        Outcome outcome = here.pipeline().convert(record.input());
        if (outcome instanceof Outcome.Failed failed) {
            return ConvertedArticle.failed(failed.location(), failed.problem());
        }
        Outcome.Converted converted = (Outcome.Converted) outcome;
        Graph graph = converted.graph().getGraph();
        Node name = NodeFactory.createURI(Iris.articleGraph(converted.article().id()));
        ByteArrayOutputStream nquads = new ByteArrayOutputStream();
        RDFDataMgr.writeQuads(nquads, graph.find().mapWith(t -> Quad.create(name, t)));
        return new ConvertedArticle(
                converted.article().id(),
                record.order(),
                converted.location(),
                null,
                nquads.toString(StandardCharsets.UTF_8).stripTrailing(),
                rows(here, graph),
                ActorLevelDerivation.facts(graph));
    }

    /** The article's rows of the {@code statements} query, asked of its graph with the ontology and codebooks. */
    private static List<List<String>> rows(Loaded here, Graph articleGraph) {
        MultiUnion union = new MultiUnion(new Graph[] {articleGraph, here.reference()});
        List<List<String>> rows = new ArrayList<>();
        try (QueryExecution execution = QueryExecution.model(ModelFactory.createModelForGraph(union))
                .query(here.statements()) // parsed for each article: a parsed query is not shared between threads
                .build()) {
            ResultSet results = execution.execSelect();
            while (results.hasNext()) {
                QuerySolution solution = results.next();
                List<String> row = new ArrayList<>();
                COLUMNS.forEach(column -> row.add(text(solution.get(column))));
                rows.add(row);
            }
        }
        return rows;
    }

    private static String text(RDFNode node) {
        if (node == null) {
            return null;
        }
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString();
    }
}
