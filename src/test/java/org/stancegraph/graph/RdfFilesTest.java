package org.stancegraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every syntax {@code convert} writes with Jena is read back by the other library, RDF4J Rio, quad for quad. */
class RdfFilesTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"trig", "nq", "jsonld", "ttl"})
    void jenaWritesWhatRioReadsBack(String name) throws IOException {
        Dataset source = RDFDataMgr.loadDataset("src/test/resources/golden/queries/graph.trig");
        Path file = dir.resolve("graph." + name);
        RdfFiles.write(source, file, RdfFiles.format(name));
        RDFFormat format = Rio.getParserFormatForFileName(file.toString()).orElseThrow();
        Model back;
        try (InputStream in = Files.newInputStream(file)) {
            back = Rio.parse(in, "", format);
        }
        boolean namedGraphs = format.supportsContexts();
        assertEquals(quads(source, namedGraphs), rioQuads(back, namedGraphs), name);
    }

    private static Set<String> quads(Dataset dataset, boolean withGraphs) {
        Set<String> quads = new HashSet<>();
        dataset.asDatasetGraph()
                .find()
                .forEachRemaining(q -> quads.add(
                        q.getSubject().getURI() + " " + q.getPredicate().getURI() + " " + term(q.getObject())
                                + (withGraphs ? " " + q.getGraph().getURI() : "")));
        return quads;
    }

    private static String term(org.apache.jena.graph.Node node) {
        return node.isURI() ? node.getURI() : node.getLiteralLexicalForm() + "|" + node.getLiteralDatatypeURI();
    }

    private static Set<String> rioQuads(Model model, boolean withGraphs) {
        Set<String> quads = new HashSet<>();
        model.forEach(st -> quads.add(
                st.getSubject().stringValue() + " " + st.getPredicate().stringValue() + " "
                        + (st.getObject().isLiteral()
                                ? st.getObject().stringValue() + "|"
                                        + ((org.eclipse.rdf4j.model.Literal) st.getObject()).getDatatype()
                                : st.getObject().stringValue())
                        + (withGraphs ? " " + st.getContext().stringValue() : "")));
        return quads;
    }
}
