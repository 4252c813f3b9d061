package org.stancegraph.graph;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.ResourceFactory;
import org.stancegraph.bundle.SparqlCatalog;
import org.stancegraph.bundle.SparqlFile;

/**
 * What a store already holds of its articles, for incremental builds: the content hash of each
 * article, and the topics an article's statements are on.
 *
 * <pre>{@code
 * Map<String, String> hashes = ArticleIndex.hashes(store);
 * Set<String> touched = ArticleIndex.topics(store, "article-7");
 * }</pre>
 */
public final class ArticleIndex {

    private ArticleIndex() {}

    /** Article id to content hash, for every article converted with one. */
    public static Map<String, String> hashes(Store store) {
        String sparql = SparqlCatalog.shipped().text(SparqlFile.Kind.LOOKUP, "article-hashes");
        return store.read(dataset -> {
            Map<String, String> hashes = new HashMap<>();
            try (QueryExecution execution =
                    QueryExecution.dataset(dataset).query(sparql).build()) {
                execution
                        .execSelect()
                        .forEachRemaining(row -> hashes.put(
                                row.getLiteral("id").getString(),
                                row.getLiteral("hash").getString()));
            }
            return hashes;
        });
    }

    /** The topics of the statements the store holds for article {@code articleId}; empty when it holds none. */
    public static Set<String> topics(Store store, String articleId) {
        String sparql = SparqlCatalog.shipped().text(SparqlFile.Kind.LOOKUP, "article-topics");
        return store.read(dataset -> {
            Set<String> topics = new TreeSet<>();
            try (QueryExecution execution = QueryExecution.dataset(dataset)
                    .query(sparql)
                    .substitution("graph", ResourceFactory.createResource(Iris.articleGraph(articleId)))
                    .build()) {
                execution
                        .execSelect()
                        .forEachRemaining(
                                row -> topics.add(row.getResource("topic").getURI()));
            }
            return topics;
        });
    }

    /** Whether the store holds a graph for article {@code articleId}. */
    public static boolean holds(Store store, String articleId) {
        var graph = NodeFactory.createURI(Iris.articleGraph(articleId));
        return store.read(dataset -> dataset.asDatasetGraph().containsGraph(graph));
    }
}
