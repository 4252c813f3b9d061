package org.stancegraph.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.stancegraph.bundle.OntologyFiles;

/** Keeps {@link SG} and {@code ontology/stancegraph.ttl} in step, and every term documented. */
class SGTest {

    private final Model ontology = OntologyFiles.bundled("stancegraph.ttl");

    @Test
    void everyConstantIsDeclaredInTheOntology() throws IllegalAccessException {
        for (Field field : SG.class.getFields()) {
            if (!Resource.class.isAssignableFrom(field.getType())) {
                continue;
            }
            Resource term = (Resource) field.get(null);
            assertEquals(SG.NS + field.getName(), term.getURI(), "constant " + field.getName() + " is misnamed");
            assertTrue(ontology.contains(term, null), "SG." + field.getName() + " is not declared in stancegraph.ttl");
        }
    }

    @Test
    void everyDeclaredTermHasAConstant() {
        Set<String> constants = new TreeSet<>();
        for (Field field : SG.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && Resource.class.isAssignableFrom(field.getType())) {
                constants.add(field.getName());
            }
        }
        Set<String> missing = new TreeSet<>();
        ontology.listSubjects().forEach(subject -> {
            if (subject.isURIResource() && subject.getURI().startsWith(SG.NS)) {
                String local = subject.getURI().substring(SG.NS.length());
                if (!constants.contains(local)) {
                    missing.add(local);
                }
            }
        });
        assertTrue(missing.isEmpty(), "terms without a constant in SG: " + missing);
    }

    @Test
    void everyTermHasALabelAndAComment() {
        Set<String> undocumented = new TreeSet<>();
        ontology.listSubjects().forEach(subject -> {
            if (subject.isURIResource()
                    && subject.getURI().startsWith(SG.NS)
                    && !(subject.hasProperty(RDFS.label) && subject.hasProperty(RDFS.comment))) {
                undocumented.add(subject.getLocalName());
            }
        });
        assertTrue(undocumented.isEmpty(), "terms without rdfs:label and rdfs:comment: " + undocumented);
    }
}
