package org.stancegraph.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;

/** Reads the ontology files shipped in the jar ({@code ontology/*.ttl}) and the ones users add. */
public final class OntologyFiles {

    private OntologyFiles() {}

    /** The shipped file {@code ontology/NAME}. */
    public static Model bundled(String name) {
        String resource = "/ontology/" + name;
        try (InputStream in = OntologyFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            Model model = ModelFactory.createDefaultModel();
            RDFDataMgr.read(model, in, Lang.TURTLE);
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A user's Turtle file; a syntax error becomes one line naming the file, line and column. */
    public static Model user(Path file) {
        Model model = ModelFactory.createDefaultModel();
        try {
            RDFParser.source(file)
                    .lang(Lang.TURTLE)
                    .errorHandler(QuietErrors.INSTANCE)
                    .parse(model);
        } catch (RiotException e) {
            throw new IllegalArgumentException(file + ":" + e.getMessage(), e);
        }
        return model;
    }
}
