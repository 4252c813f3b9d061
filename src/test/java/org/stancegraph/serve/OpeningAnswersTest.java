package org.stancegraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.stancegraph.query.NamedQuery;
import org.stancegraph.query.QueryRunner;

class OpeningAnswersTest {

    private static final String EX = "https://example.org/";

    /** A default graph of {@code people} people, each knowing the next. */
    private static Dataset acquaintances(int people) {
        Dataset dataset = DatasetFactory.createTxnMem();
        Txn.executeWrite(dataset, () -> {
            Model model = dataset.getDefaultModel();
            for (int i = 0; i < people; i++) {
                Resource person = model.createResource(EX + "p" + i);
                person.addProperty(model.createProperty(EX, "knows"), model.createResource(EX + "p" + (i + 1)));
            }
        });
        return dataset;
    }

    private static NamedQuery query(String name, String sparql) {
        return NamedQuery.parse(name, sparql);
    }

    private static final NamedQuery KNOWS =
            query("knows", "SELECT ?a ?b WHERE { ?a <" + EX + "knows> ?b } ORDER BY ?a");
    /** Every triple with every other, twice over: billions of rows, sorted before the first. */
    private static final NamedQuery ENDLESS =
            query("endless", "SELECT * WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f } ORDER BY ?a ?c ?e");

    private static List<String> firstColumn(ResultSet rows) {
        List<String> values = new ArrayList<>();
        rows.forEachRemaining(row -> values.add(row.getResource("a").getURI()));
        return values;
    }

    @Test
    void theAnswersAreKeptWithoutARequestCappedAsTheServerCapsThem() throws InterruptedException {
        Dataset dataset = acquaintances(5);
        AnswerCache answers = new AnswerCache(100);
        OpeningAnswers opening =
                OpeningAnswers.start(List.of(KNOWS), new QueryRunner(dataset, Duration.ofMinutes(1)), 3, answers);
        assertTrue(opening.awaitDone(60_000));
        ResultSet kept = answers.get(new AnswerCache.Key("knows", Map.of())).orElseThrow();
        assertEquals(List.of(EX + "p0", EX + "p1", EX + "p2"), firstColumn(kept));
    }

    @Test
    void closingGivesUpTheQueryUnderWayAndWhatIsLeft() throws InterruptedException {
        Dataset dataset = acquaintances(2_000);
        AnswerCache answers = new AnswerCache(100);
        OpeningAnswers opening = OpeningAnswers.start(
                List.of(ENDLESS, KNOWS), new QueryRunner(dataset, Duration.ofHours(1)), 10, answers);
        assertTrue(!opening.awaitDone(200), "the endless query is under way");
        assertTimeoutPreemptively(Duration.ofSeconds(20), opening::close);
        assertTrue(opening.awaitDone(0));
        assertTrue(answers.get(new AnswerCache.Key("endless", Map.of())).isEmpty());
        assertTrue(answers.get(new AnswerCache.Key("knows", Map.of())).isEmpty(), "not begun after closing");
    }
}
