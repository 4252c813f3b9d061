package org.stancegraph.graph;

import static java.util.Map.entry;

import java.util.Map;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.stancegraph.vocab.OA;
import org.stancegraph.vocab.PROV;
import org.stancegraph.vocab.SG;

/** The prefixes every file we write declares, so that Turtle and TriG read well. */
public final class Prefixes {

    public static final Map<String, String> ALL = Map.ofEntries(
            entry("sg", SG.NS),
            entry("actor", SG.DATA + "actor/"),
            entry("topic", SG.DATA + "topic/"),
            entry("article", SG.DATA + "article/"),
            entry("stmt", SG.DATA + "statement/"),
            entry("utterance", SG.DATA + "utterance/"),
            entry("schema", "https://schema.org/"),
            entry("prov", PROV.NS),
            entry("owl", OWL.NS),
            entry("oa", OA.NS),
            entry("skos", SKOS.uri),
            entry("rdfs", RDFS.uri),
            entry("rdf", RDF.uri),
            entry("xsd", XSD.NS));

    private Prefixes() {}
}
