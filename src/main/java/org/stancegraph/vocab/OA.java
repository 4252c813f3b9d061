package org.stancegraph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The Web Annotation terms we use: text selectors with character offsets and exact text. */
public final class OA {

    public static final String NS = "http://www.w3.org/ns/oa#";

    public static final Resource TextPositionSelector = ResourceFactory.createResource(NS + "TextPositionSelector");
    public static final Resource TextQuoteSelector = ResourceFactory.createResource(NS + "TextQuoteSelector");
    public static final Property start = ResourceFactory.createProperty(NS + "start");
    public static final Property end = ResourceFactory.createProperty(NS + "end");
    public static final Property exact = ResourceFactory.createProperty(NS + "exact");

    private OA() {}
}
