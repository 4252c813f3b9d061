package org.stancegraph.graph;

import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.impl.WrappedGraph;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.system.Txn;

/**
 * Writes a dataset in any {@link RdfFormat}, with our prefixes, atomically: the one RDF writer of
 * every command ({@code convert}, {@code export --rdf}). Jena's RIOT writes every syntax.
 *
 * <pre>{@code
 * RdfWriter.write(store.dataset(), RdfFormat.TRIG, Path.of("graph.trig"));
 * }</pre>
 */
public final class RdfWriter {

    private static final PrefixMap PREFIXES = PrefixMapFactory.create(Prefixes.ALL);
    private static final PrefixMapping PREFIX_MAPPING =
            PrefixMapping.Factory.create().setNsPrefixes(Prefixes.ALL).lock();

    private RdfWriter() {}

    /** Writes every quad of {@code dataset} (or, for a syntax without named graphs, their union) to {@code file}. */
    public static void write(Dataset dataset, RdfFormat format, Path file) {
        AtomicFile.write(
                file,
                out -> Txn.executeRead(dataset, () -> {
                    DatasetGraph withPrefixes = withOurPrefixes(dataset.asDatasetGraph());
                    if (format.namedGraphs()) {
                        RDFDataMgr.write(out, withPrefixes, format.jena());
                    } else {
                        RDFDataMgr.write(
                                out, withOurPrefixes(dataset.asDatasetGraph().getUnionGraph()), format.jena());
                    }
                }));
    }

    /** The graph as it is, seen with our prefixes, whatever the store keeps. */
    private static Graph withOurPrefixes(Graph graph) {
        return new WrappedGraph(graph) {
            @Override
            public PrefixMapping getPrefixMapping() {
                return PREFIX_MAPPING;
            }
        };
    }

    /** The dataset as it is, seen with our prefix map, whatever the store keeps. */
    private static DatasetGraph withOurPrefixes(DatasetGraph dataset) {
        return new DatasetGraphWrapper(dataset) {
            @Override
            public PrefixMap prefixes() {
                return PREFIXES;
            }
        };
    }
}
