package org.stancegraph.graph;

import java.nio.charset.StandardCharsets;
import org.stancegraph.model.Digests;
import org.stancegraph.model.Statement;
import org.stancegraph.vocab.SG;

/**
 * Deterministic IRIs: the same input always gives the same names, so a rebuild replaces what it
 * built before instead of adding beside it.
 */
public final class Iris {

    /** The graph of the actor registry and topic codebook. */
    public static final String REGISTRY_GRAPH = SG.DATA + "graph/registry";
    /** The graph of the ontology itself, so that labels of acts and stances can be queried. */
    public static final String ONTOLOGY_GRAPH = SG.DATA + "graph/ontology";
    /** Where the graphs of facts derived at build time live: one per topic, under this IRI. */
    public static final String DERIVED_GRAPH = SG.DATA + "graph/derived";

    private Iris() {}

    /** The graph of what is derived from the statements on {@code topic}: utterances and actor edges. */
    public static String derivedGraph(String topic) {
        return DERIVED_GRAPH + "/" + digest(topic);
    }

    public static String article(String articleId) {
        return SG.DATA + "article/" + segment(articleId);
    }

    /** The named graph that holds everything one article says. */
    public static String articleGraph(String articleId) {
        return SG.DATA + "graph/article/" + segment(articleId);
    }

    public static String actor(String key) {
        return SG.DATA + "actor/" + key;
    }

    /** A statement, named by its article and a digest of what it says and where. */
    public static String statement(Statement s) {
        String identity = String.join(
                "|",
                s.speaker().key(),
                s.act().name(),
                s.topic().iri(),
                s.stance().name(),
                s.sentence().span().toString(),
                s.quote() == null ? "" : s.quote().span().toString());
        return SG.DATA + "statement/" + segment(s.articleId()) + "/" + digest(identity);
    }

    private static String digest(String text) {
        return Digests.sha256Hex(text, 8);
    }

    /** {@code text} as one IRI path segment: unreserved characters kept, the rest percent-encoded. */
    static String segment(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return out.toString();
    }
}
