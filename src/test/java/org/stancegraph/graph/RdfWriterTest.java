package org.stancegraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every syntax the one RDF writer writes is read back by the other library, RDF4J Rio, quad for
 * quad (the union of the graphs for the syntaxes without named graphs), with our prefixes declared.
 */
class RdfWriterTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @EnumSource(RdfFormat.class)
    void jenaWritesWhatRioReadsBack(RdfFormat written) throws IOException {
        Dataset source = RDFDataMgr.loadDataset("src/test/resources/golden/queries/graph.trig");
        String name = written.label();
        Path file = dir.resolve("graph." + (written == RdfFormat.RDFXML ? "rdf" : name));
        RdfWriter.write(source, written, file);
        RDFFormat format = Rio.getParserFormatForFileName(file.toString()).orElseThrow();
        Model back;
        try (InputStream in = Files.newInputStream(file)) {
            back = Rio.parse(in, "", format);
        }
        boolean namedGraphs = format.supportsContexts();
        assertEquals(written.namedGraphs(), namedGraphs, name);
        assertEquals(quads(source, namedGraphs), rioQuads(back, namedGraphs), name);
        if (written != RdfFormat.NQUADS) {
            assertEquals(
                    Prefixes.ALL.get("sg"),
                    back.getNamespace("sg").map(ns -> ns.getName()).orElse(null),
                    name + " declares our prefixes");
        }
    }

    @Test
    void everyFormatIsNamedAsUsersWriteIt() {
        assertEquals(RdfFormat.RDFXML, RdfFormat.named("RDFXML").orElseThrow());
        assertTrue(RdfFormat.named("n3").isEmpty());
        assertEquals("trig, nq, ttl, jsonld or rdfxml", RdfFormat.names());
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
