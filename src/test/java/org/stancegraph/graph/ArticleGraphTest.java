package org.stancegraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.stancegraph.extract.Codebooks;
import org.stancegraph.model.Article;
import org.stancegraph.model.ArticleMetadata;
import org.stancegraph.model.Statement;
import org.stancegraph.pipeline.Pipeline;
import org.stancegraph.vocab.OA;
import org.stancegraph.vocab.SG;

class ArticleGraphTest {

    private static final Codebooks BOOKS = Codebooks.standard();
    private static final Pipeline PIPELINE = Pipeline.builder().codebooks(BOOKS).build();
    private static final Article ARTICLE = new Article(
            "a/b c",
            """
            Kremlin Rejects Plan
            The Kremlin said on Tuesday that sending ground troops would mean war.
            “We are not sending troops,” said Olaf Scholz, while a NATO official said there were no plans.""",
            new ArticleMetadata("T", "P", LocalDate.of(2024, 2, 28), "https://example.org/x", "en", List.of("R")),
            "x.txt",
            List.of());

    private static Model graph() {
        return ArticleGraph.of(ARTICLE, PIPELINE.extract(ARTICLE));
    }

    @Test
    void theSameInputGivesTheSameGraph() {
        Model first = graph();
        Model second = graph();
        assertTrue(first.isIsomorphicWith(second));
        assertTrue(first.listSubjects().toList().stream().noneMatch(Resource::isAnon), "no blank nodes");
    }

    @Test
    void everyStatementHasItsDirectEdgeAndItsArticle() {
        Model model = graph();
        List<Statement> statements = PIPELINE.extract(ARTICLE);
        assertEquals(3, statements.size(), statements.toString());
        model.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, SG.Statement)
                .forEach(s -> {
                    Resource speaker = s.getPropertyResourceValue(SG.speaker);
                    Resource act = s.getPropertyResourceValue(SG.act);
                    Resource topic = s.getPropertyResourceValue(SG.topic);
                    assertTrue(model.contains(speaker, model.createProperty(act.getURI()), topic));
                    assertEquals(
                            Iris.article("a/b c"),
                            s.getPropertyResourceValue(SG.reportedIn).getURI());
                });
    }

    @Test
    void theGraphWithOntologyAndRegistrySatisfiesTheShapes() {
        Model all = ModelFactory.createDefaultModel()
                .add(graph())
                .add(Pipeline.ontology())
                .add(PIPELINE.registry());
        List<String> violations = GraphValidator.standard().validate(all.getGraph());
        assertTrue(violations.isEmpty(), String.join("\n", violations));
    }

    @Test
    void theShapesCatchAStatementWithoutSpeaker() {
        Model all = ModelFactory.createDefaultModel()
                .add(graph())
                .add(Pipeline.ontology())
                .add(PIPELINE.registry());
        Resource statement = all.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, SG.Statement)
                .next();
        statement.removeAll(SG.speaker);
        assertTrue(GraphValidator.standard().validate(all.getGraph()).stream().anyMatch(v -> v.contains("speaker")));
    }

    @Test
    void theShapesCatchADateTypedAgainstItsGranularity() {
        Model all = withReferences(graph());
        Resource statement =
                all.listSubjectsWithProperty(SG.dateGranularity, SG.day).next();
        statement
                .removeAll(SG.dateSaid)
                .addLiteral(SG.dateSaid, all.createTypedLiteral("2024-02", XSDDatatype.XSDgYearMonth));
        assertTrue(
                GraphValidator.standard().validate(all.getGraph()).stream().anyMatch(v -> v.contains("typed by it")),
                "a day given as a month");
        statement.removeAll(SG.dateSaid);
        assertTrue(
                GraphValidator.standard().validate(all.getGraph()).stream().anyMatch(v -> v.contains("typed by it")),
                "a day without a date");
    }

    @Test
    void theShapesCatchAnUnlabelledSpeakerAndABackwardSelector() {
        Model all = withReferences(graph());
        Resource statement = all.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, SG.Statement)
                .next();
        Resource speaker = statement.getPropertyResourceValue(SG.speaker);
        all.removeAll(speaker, RDFS.label, null);
        Resource selector = statement.getPropertyResourceValue(SG.sentenceSelector);
        selector.removeAll(OA.end).addLiteral(OA.end, all.createTypedLiteral("0", XSDDatatype.XSDinteger));
        List<String> violations = GraphValidator.standard().validate(all.getGraph());
        assertTrue(
                violations.stream().anyMatch(v -> v.startsWith(speaker.getURI()) && v.contains("label")),
                violations.toString());
        assertTrue(
                violations.stream().anyMatch(v -> v.startsWith(selector.getURI()) && v.contains("end after it starts")),
                violations.toString());
    }

    private static Model withReferences(Model graph) {
        return ModelFactory.createDefaultModel()
                .add(graph)
                .add(Pipeline.ontology())
                .add(PIPELINE.registry());
    }

    @Test
    void articleIdsBecomeSafeIriSegments() {
        assertEquals(SG.DATA + "article/a%2Fb%20c", Iris.article("a/b c"));
    }
}
