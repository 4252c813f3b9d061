package org.stancegraph.graph.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancegraph.model.Stance;
import org.stancegraph.vocab.SG;

class FactTableTest {

    private static final String TOPIC = "https://example.org/topic/ferry-tax";
    private static final String OTHER_TOPIC = "https://example.org/topic/night-trains";

    @TempDir
    Path dir;

    private final DatasetGraph dataset = DatasetGraphFactory.createTxnMem();

    @BeforeEach
    void twoArticles() {
        dataset.addGraph(NodeFactory.createURI("https://example.org/graph/a1"), article("a1", TOPIC, true));
        dataset.addGraph(NodeFactory.createURI("https://example.org/graph/a2"), article("a2", OTHER_TOPIC, false));
    }

    /** An invented article: its mayor opposes the topic, answering the harbour board; said on a day or only in a month. */
    private static Graph article(String id, String topic, boolean saidOnADay) {
        Model model = ModelFactory.createDefaultModel();
        Resource article = model.createResource("https://example.org/article/" + id)
                .addProperty(SchemaDO.datePublished, model.createTypedLiteral("2031-05-04", XSDDatatype.XSDdate));
        model.createResource("https://example.org/statement/" + id + "/1")
                .addProperty(RDF.type, SG.Statement)
                .addProperty(SG.speaker, model.createResource("https://example.org/actor/mayor"))
                .addProperty(SG.topic, model.createResource(topic))
                .addProperty(SG.stance, SG.of(Stance.AGAINST))
                .addProperty(SG.reportedIn, article)
                .addProperty(SG.dateGranularity, saidOnADay ? SG.day : SG.month)
                .addProperty(SG.dateSaid, model.createTypedLiteral("2031-05-02", XSDDatatype.XSDdate))
                .addProperty(SG.quote, "A tax on ferries, now? No!")
                .addProperty(SG.respondsTo, model.createResource("https://example.org/actor/harbour-board"));
        return model.getGraph();
    }

    @Test
    void readsWhatDerivationNeedsOfAStatement() {
        Said said = StatementFacts.in(article("a1", TOPIC, true)).get(0);
        assertEquals(
                new Said(
                        "https://example.org/statement/a1/1",
                        "https://example.org/actor/mayor",
                        TOPIC,
                        Stance.AGAINST,
                        LocalDate.of(2031, 5, 2),
                        "https://example.org/article/a1",
                        LocalDate.of(2031, 5, 4),
                        "a tax on ferries now no ",
                        Set.of("https://example.org/actor/harbour-board")),
                said);
        assertNull(StatementFacts.in(article("a2", TOPIC, false)).get(0).day(), "a month is not a day");
    }

    @Test
    void aTableNotTrustedReadsTheGraphsAndOneSealedKeepsWhatItIsTold() {
        FactTable first = FactTable.open(dir, dataset);
        List<Said> ferry = first.topic(TOPIC).said();
        assertEquals(List.of("https://example.org/article/a1"), articles(ferry));
        first.keep(TOPIC, ferry);
        first.keep(OTHER_TOPIC, first.topic(OTHER_TOPIC).said());
        first.seal();

        // Trusted now: what it is told counts, and the graphs are not read again.
        FactTable second = FactTable.open(dir, dataset);
        dataset.addGraph(NodeFactory.createURI("https://example.org/graph/a3"), article("a3", TOPIC, true));
        second.add(article("a3", TOPIC, true));
        second.drop("https://example.org/article/a1");
        assertEquals(
                List.of("https://example.org/article/a3"),
                articles(second.topic(TOPIC).said()));
        assertEquals(
                List.of("https://example.org/article/a2"),
                articles(second.topic(OTHER_TOPIC).said()));

        // Not sealed: the next table reads the graphs, which still hold a1.
        FactTable third = FactTable.open(dir, dataset);
        assertEquals(
                Set.of("https://example.org/article/a1", "https://example.org/article/a3"),
                Set.copyOf(articles(third.topic(TOPIC).said())));
    }

    @Test
    void aDistrustedTableReadsTheGraphsAgain() {
        FactTable table = FactTable.open(dir, dataset);
        table.keep(TOPIC, table.topic(TOPIC).said());
        table.seal();
        dataset.removeGraph(NodeFactory.createURI("https://example.org/graph/a1"));
        FactTable.distrust(dir);
        assertEquals(List.of(), FactTable.open(dir, dataset).topic(TOPIC).said());
    }

    @Test
    void forgetsTopicsNoStatementIsOnAnyMore() {
        FactTable table = FactTable.open(dir, dataset);
        table.keep(TOPIC, table.topic(TOPIC).said());
        table.keep(OTHER_TOPIC, table.topic(OTHER_TOPIC).said());
        table.seal();
        FactTable again = FactTable.open(dir, dataset);
        again.retain(List.of(OTHER_TOPIC));
        assertEquals(List.of(), again.topic(TOPIC).said());
        assertEquals(
                List.of("https://example.org/article/a2"),
                articles(again.topic(OTHER_TOPIC).said()));
    }

    @Test
    void knowsWhatAStoredGraphWasDerivedFromOnlyOnceItWasKept() {
        FactTable first = FactTable.open(dir, dataset);
        TopicFacts readAgain = first.topic(TOPIC);
        assertTrue(readAgain.before().isEmpty(), "a table read again knows nothing of the stored graphs");
        first.keep(TOPIC, readAgain.said());
        first.seal();

        FactTable second = FactTable.open(dir, dataset);
        second.add(article("a3", TOPIC, true));
        second.drop("https://example.org/article/a1");
        TopicFacts ferry = second.topic(TOPIC);
        assertEquals(
                List.of("https://example.org/article/a1"),
                articles(ferry.before().orElseThrow()));
        assertEquals(List.of("https://example.org/article/a3"), articles(ferry.said()));
        assertTrue(second.topic(OTHER_TOPIC).before().isEmpty(), "never kept since the table was read again");
    }

    @Test
    void theTableOfADatabaseWithoutStatementsStartsTrustedAndIsToldOfEachOne() {
        FactTable table = FactTable.open(dir, DatasetGraphFactory.createTxnMem());
        table.add(article("a3", TOPIC, true));
        TopicFacts ferry = table.topic(TOPIC);
        assertEquals(
                List.of("https://example.org/article/a3"), articles(ferry.said()), "what it was told, no graph read");
        assertFalse(ferry.allChanged());
        assertEquals(Set.of("https://example.org/actor/mayor"), ferry.changedSpeakers());
    }

    @Test
    void aTableSealedByOtherRulesIsReadAgain() throws Exception {
        FactTable table = FactTable.open(dir, dataset);
        table.keep(TOPIC, table.topic(TOPIC).said());
        table.seal();
        Path marker = dir.resolve("trusted");
        Files.writeString(marker, Files.readString(marker).replace("rules " + DerivedTriples.RULES, "rules 0"));
        TopicFacts ferry = FactTable.open(dir, dataset).topic(TOPIC);
        assertTrue(ferry.allChanged(), "read again from the graphs");
        assertTrue(ferry.before().isEmpty());
    }

    private static List<String> articles(List<Said> said) {
        return said.stream().map(Said::article).toList();
    }
}
