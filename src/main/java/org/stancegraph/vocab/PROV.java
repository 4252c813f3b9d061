package org.stancegraph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The term of W3C PROV-O the graph uses: a statement is attributed to its speaker. */
public final class PROV {

    public static final String NS = "http://www.w3.org/ns/prov#";

    public static final Property wasAttributedTo = ResourceFactory.createProperty(NS + "wasAttributedTo");

    private PROV() {}
}
