package org.stancegraph.graph;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.riot.RDFFormat;

/**
 * The RDF syntaxes Stancegraph writes, by the names users give ({@code --format}, {@code --rdf})
 * and as file extensions. TriG, N-Quads and JSON-LD keep the named graphs; Turtle and RDF/XML have
 * none, so they get the union of the graphs.
 */
public enum RdfFormat {
    TRIG("trig", "TriG", RDFFormat.TRIG_BLOCKS, true),
    NQUADS("nq", "N-Quads", RDFFormat.NQUADS, true),
    TURTLE("ttl", "Turtle", RDFFormat.TURTLE_BLOCKS, false),
    JSONLD("jsonld", "JSON-LD", RDFFormat.JSONLD11, true),
    RDFXML("rdfxml", "RDF/XML", RDFFormat.RDFXML_PLAIN, false);

    private final String name;
    private final String title;
    private final RDFFormat jena;
    private final boolean namedGraphs;

    RdfFormat(String name, String title, RDFFormat jena, boolean namedGraphs) {
        this.name = name;
        this.title = title;
        this.jena = jena;
        this.namedGraphs = namedGraphs;
    }

    /** The format a user names (trig, nq, ttl, jsonld, rdfxml), in any case. */
    public static Optional<RdfFormat> named(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.name.equals(wanted)).findFirst();
    }

    /** The names, for messages: "trig, nq, ttl, jsonld or rdfxml". */
    public static String names() {
        String all = String.join(", ", Arrays.stream(values()).map(f -> f.name).toList());
        int last = all.lastIndexOf(", ");
        return all.substring(0, last) + " or " + all.substring(last + 2);
    }

    /** The short name users give, also the file extension. */
    public String label() {
        return name;
    }

    /** The syntax's full name: "N-Quads". */
    public String title() {
        return title;
    }

    /** Whether the syntax keeps named graphs (else the union of the graphs is written). */
    public boolean namedGraphs() {
        return namedGraphs;
    }

    RDFFormat jena() {
        return jena;
    }
}
