package org.stancegraph.graph.derive;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.stancegraph.vocab.SG;

/**
 * The triples of what was derived, in the ontology's terms: each report points to its utterance
 * ({@code sg:utterance}), each utterance has its type and day; each position its type, holder,
 * topic, stance, counts, days and earliest report; each edge its type, actors, topic, count, days,
 * the direct actor-to-actor edge (contradictions), and its evidence pairs ({@code sg:evidence}, and
 * {@code later sg:contradicts|reverses earlier} for them).
 */
final class DerivedTriples {

    /**
     * The version of the derivation rules: a database's derived graphs are compared with what the
     * rules give of the statements they were derived from, so a change to what the rules give
     * must change this (a fingerprint test in {@code ActorLevelDerivationTest} fails until it does).
     */
    static final String RULES = "1";

    /** Where the IRIs of contradiction edges begin. */
    static final String CONTRADICTION = SG.DATA + "contradiction/";

    private DerivedTriples() {}

    static void utterance(Utterance u, Consumer<Triple> out) {
        Node node = iri(u.iri());
        out.accept(Triple.create(node, RDF.type.asNode(), node(SG.Utterance)));
        if (u.day() != null) {
            out.accept(Triple.create(node, node(SG.utteranceDate), date(u.day())));
        }
        u.reports().forEach(r -> out.accept(Triple.create(iri(r.statement()), node(SG.utterance), node)));
    }

    static void position(Position p, Consumer<Triple> out) {
        Node node = iri(SG.DATA + "position/"
                + Utterances.md5(p.holder() + "|" + p.topic() + "|" + p.stance().label()));
        out.accept(Triple.create(node, RDF.type.asNode(), node(SG.Position)));
        out.accept(Triple.create(node, node(SG.holder), iri(p.holder())));
        out.accept(Triple.create(node, node(SG.topic), iri(p.topic())));
        out.accept(Triple.create(node, node(SG.stance), node(SG.of(p.stance()))));
        out.accept(Triple.create(node, node(SG.utteranceCount), integer(p.utterances())));
        out.accept(Triple.create(node, node(SG.reportCount), integer(p.reports())));
        if (p.first() != null) {
            out.accept(Triple.create(node, node(SG.firstDate), date(p.first())));
            out.accept(Triple.create(node, node(SG.lastDate), date(p.last())));
        }
        out.accept(Triple.create(node, node(SG.evidence), iri(p.earliestReport())));
    }

    static void edge(ActorEdge e, Consumer<Triple> out) {
        Node edge = iri(edgeIri(e));
        Node from = iri(e.from());
        Node to = iri(e.to());
        out.accept(Triple.create(edge, RDF.type.asNode(), node(type(e))));
        out.accept(Triple.create(edge, node(SG.fromActor), from));
        out.accept(Triple.create(edge, node(SG.toActor), to));
        out.accept(Triple.create(edge, node(SG.topic), iri(e.topic())));
        out.accept(Triple.create(edge, node(SG.pairCount), integer(e.count())));
        if (e.first() != null) {
            out.accept(Triple.create(edge, node(SG.firstDate), date(e.first())));
            out.accept(Triple.create(edge, node(SG.lastDate), date(e.last())));
        }
        if (e.kind() == ActorEdge.Kind.CONTRADICTION) {
            out.accept(Triple.create(from, node(SG.contradictsActor), to));
        }
        Property between = e.kind() == ActorEdge.Kind.CONTRADICTION ? SG.contradicts : SG.reverses;
        for (ActorEdge.Pair pair : e.evidence()) {
            out.accept(Triple.create(edge, node(SG.evidence), iri(pair.later())));
            out.accept(Triple.create(edge, node(SG.evidence), iri(pair.earlier())));
            out.accept(Triple.create(iri(pair.later()), node(between), iri(pair.earlier())));
        }
    }

    /** The edge's IRI, named by what it relates, as the build has always named it. */
    private static String edgeIri(ActorEdge e) {
        return switch (e.kind()) {
            case CONTRADICTION -> contradictionIri(e.from(), e.to(), e.topic());
            case REVERSAL -> SG.DATA + "reversal/" + Utterances.md5(e.from() + "|" + e.topic());
        };
    }

    /** The IRI of the edge of {@code from} contradicting {@code to} on {@code topic}. */
    static String contradictionIri(String from, String to, String topic) {
        return CONTRADICTION + Utterances.md5(from + "|" + to + "|" + topic);
    }

    private static Resource type(ActorEdge e) {
        return switch (e.kind()) {
            case CONTRADICTION -> SG.Contradiction;
            case REVERSAL -> SG.Reversal;
        };
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node node(Resource resource) {
        return resource.asNode();
    }

    private static Node integer(long value) {
        return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
    }

    private static Node date(LocalDate day) {
        return NodeFactory.createLiteralDT(day.toString(), XSDDatatype.XSDdate);
    }
}
