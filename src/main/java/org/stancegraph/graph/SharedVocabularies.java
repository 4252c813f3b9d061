package org.stancegraph.graph;

import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.stancegraph.vocab.SG;

/**
 * States in the vocabularies everyone queries what the graph says in its own: actors are also
 * {@code schema:Person} or {@code schema:Organization} (a government also a
 * {@code schema:GovernmentOrganization}), and an actor's Wikidata item is also its
 * {@code owl:sameAs} and {@code schema:sameAs}. Written out, not left to inference, so that plain
 * SPARQL finds them.
 *
 * <pre>{@code
 * SharedVocabularies.addTo(model);
 * }</pre>
 */
public final class SharedVocabularies {

    private static final Map<Resource, List<Resource>> ACTOR_TYPES = Map.of(
            SG.Person, List.of(SchemaDO.Person),
            SG.Organization, List.of(SchemaDO.Organization),
            SG.Government, List.of(SchemaDO.Organization, SchemaDO.GovernmentOrganization));

    private SharedVocabularies() {}

    /** Adds to {@code model} the shared terms for the actors it describes. */
    public static Model addTo(Model model) {
        ACTOR_TYPES.forEach((ours, shared) -> model.listSubjectsWithProperty(RDF.type, ours)
                .toList()
                .forEach(actor -> shared.forEach(type -> actor.addProperty(RDF.type, type))));
        model.listStatements(null, SG.wikidata, (RDFNode) null).toList().forEach(link -> {
            if (link.getObject().isURIResource()) {
                link.getSubject().addProperty(OWL.sameAs, link.getObject());
                link.getSubject().addProperty(SchemaDO.sameAs, link.getObject());
            }
        });
        return model;
    }
}
