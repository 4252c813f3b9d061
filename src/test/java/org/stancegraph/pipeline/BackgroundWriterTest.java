package org.stancegraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.IntStream;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.stancegraph.graph.Store;

class BackgroundWriterTest {

    private static Model labelled(String label) {
        Model model = ModelFactory.createDefaultModel();
        model.createResource("urn:x:thing").addProperty(RDFS.label, label);
        return model;
    }

    @Test
    void everyGraphAddedIsWrittenInOrderAndALaterOneReplacesAnEarlier() {
        try (Store store = Store.inMemory();
                BackgroundWriter writer = new BackgroundWriter(store, 2, 3)) {
            IntStream.range(0, 5).forEach(i -> writer.add("urn:x:graph" + i, labelled("first " + i)));
            writer.add("urn:x:graph0", labelled("second 0"));
            writer.finish();
            List<String> labels = store.read(dataset -> IntStream.range(0, 5)
                    .mapToObj(i -> dataset.getNamedModel("urn:x:graph" + i)
                            .listObjectsOfProperty(RDFS.label)
                            .next()
                            .toString())
                    .toList());
            assertEquals(List.of("second 0", "first 1", "first 2", "first 3", "first 4"), labels);
            assertEquals(5, store.size());
        }
    }

    @Test
    void aFailedWriteSurfacesAtTheNextCall() {
        Model unreadable = ModelFactory.createModelForGraph(new GraphBase() {
            @Override
            protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
                throw new IllegalStateException("unreadable graph");
            }
        });
        try (Store store = Store.inMemory();
                BackgroundWriter writer = new BackgroundWriter(store, 1, 1)) {
            writer.add("urn:x:graph", unreadable);
            IllegalStateException failure = assertThrows(IllegalStateException.class, writer::finish);
            assertEquals("unreadable graph", failure.getMessage());
        }
    }
}
