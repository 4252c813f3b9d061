package org.stancegraph.export;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.BasicWriterSettings;
import org.stancegraph.graph.AtomicFile;
import org.stancegraph.graph.Prefixes;

/**
 * Writes the whole graph with RDF4J Rio in any of its syntaxes, with our prefixes and pretty,
 * readable Turtle. Named graphs are kept where the syntax has them (TriG, N-Quads, JSON-LD);
 * Turtle and RDF/XML get the union of the graphs.
 *
 * <pre>{@code
 * RioExporter.write(store.dataset(), RioExporter.format("trig"), Path.of("graph.trig"));
 * }</pre>
 */
public final class RioExporter {

    private static final Map<String, RDFFormat> FORMATS = Map.of(
            "ttl", RDFFormat.TURTLE,
            "trig", RDFFormat.TRIG,
            "nq", RDFFormat.NQUADS,
            "jsonld", RDFFormat.JSONLD,
            "rdfxml", RDFFormat.RDFXML);

    private static final ValueFactory VALUES = SimpleValueFactory.getInstance();

    private RioExporter() {}

    /** The syntax named {@code name}: ttl, trig, nq, jsonld, rdfxml; or null. */
    public static RDFFormat format(String name) {
        return FORMATS.get(name.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code name} is a syntax this exporter writes. */
    public static boolean writes(String name) {
        return format(name) != null;
    }

    /**
     * Writes every quad of {@code dataset} to {@code file} in the syntax named {@code syntax}
     * (see {@link #writes}); returns the syntax's full name.
     */
    public static String write(Dataset dataset, String syntax, Path file) {
        RDFFormat format = format(syntax);
        if (format == null) {
            throw new IllegalArgumentException(
                    "unknown RDF syntax \"" + syntax + "\" (expected ttl, trig, nq, jsonld or rdfxml)");
        }
        write(dataset, format, file);
        return format.getName();
    }

    /** Writes every quad of {@code dataset} to {@code file}, atomically. */
    public static void write(Dataset dataset, RDFFormat format, Path file) {
        AtomicFile.write(
                file,
                out -> Txn.executeRead(dataset, () -> {
                    RDFWriter writer = Rio.createWriter(format, out);
                    writer.getWriterConfig().set(BasicWriterSettings.PRETTY_PRINT, true);
                    writer.getWriterConfig().set(BasicWriterSettings.INLINE_BLANK_NODES, true);
                    writer.startRDF();
                    Prefixes.ALL.forEach(writer::handleNamespace);
                    boolean contexts = format.supportsContexts();
                    dataset.asDatasetGraph()
                            .find()
                            .forEachRemaining(quad -> writer.handleStatement(
                                    contexts
                                            ? VALUES.createStatement(
                                                    subject(quad.getSubject()),
                                                    VALUES.createIRI(
                                                            quad.getPredicate().getURI()),
                                                    value(quad.getObject()),
                                                    context(quad))
                                            : VALUES.createStatement(
                                                    subject(quad.getSubject()),
                                                    VALUES.createIRI(
                                                            quad.getPredicate().getURI()),
                                                    value(quad.getObject()))));
                    writer.endRDF();
                }));
    }

    private static Resource context(Quad quad) {
        return quad.isDefaultGraph() ? null : VALUES.createIRI(quad.getGraph().getURI());
    }

    private static Resource subject(Node node) {
        return node.isBlank() ? VALUES.createBNode(node.getBlankNodeLabel()) : VALUES.createIRI(node.getURI());
    }

    private static Value value(Node node) {
        if (!node.isLiteral()) {
            return subject(node);
        }
        String language = node.getLiteralLanguage();
        return language.isEmpty()
                ? VALUES.createLiteral(node.getLiteralLexicalForm(), VALUES.createIRI(node.getLiteralDatatypeURI()))
                : VALUES.createLiteral(node.getLiteralLexicalForm(), language);
    }
}
