package org.stancegraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.stancegraph.SeedCorpus;
import org.stancegraph.vocab.SG;

/** A database is validated graph by graph, each with the registry and the ontology: faults in an article or a derived graph are found. */
class GraphValidatorIT {

    @Test
    void theSeedsAreValidAndABrokenStatementAndABrokenEdgeAreNamed() {
        try (Store store = Store.inMemory()) {
            SeedCorpus.buildInto(store);
            assertEquals(List.of(), GraphValidator.standard().validate(store));
            Txn.executeWrite(store.dataset(), () -> {
                var dsg = store.dataset().asDatasetGraph();
                Node statement = dsg.find(Node.ANY, Node.ANY, SG.topic.asNode(), Node.ANY)
                        .next()
                        .getSubject();
                Node articleGraph = dsg.find(Node.ANY, statement, SG.speaker.asNode(), Node.ANY)
                        .next()
                        .getGraph();
                dsg.delete(
                        articleGraph,
                        statement,
                        SG.speaker.asNode(),
                        dsg.find(articleGraph, statement, SG.speaker.asNode(), Node.ANY)
                                .next()
                                .getObject());
                var edge = dsg.find(Node.ANY, Node.ANY, SG.pairCount.asNode(), Node.ANY)
                        .next();
                dsg.delete(edge);
                dsg.add(
                        edge.getGraph(),
                        edge.getSubject(),
                        SG.pairCount.asNode(),
                        NodeFactory.createLiteralDT("0", XSDDatatype.XSDinteger));
            });
            List<String> violations = GraphValidator.standard().validate(store);
            assertTrue(violations.stream().anyMatch(v -> v.contains("speaker")), violations.toString());
            assertTrue(violations.stream().anyMatch(v -> v.contains("pairCount")), violations.toString());
        }
    }
}
