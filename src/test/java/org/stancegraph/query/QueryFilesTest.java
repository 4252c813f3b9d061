package org.stancegraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every file of {@code queries/} parses, has its header, and uses every parameter it declares. */
public class QueryFilesTest {

    /** The columns SPEC §5 names for the statements query, in order. */
    public static final List<String> STATEMENT_COLUMNS = List.of(
            "statement",
            "articleId",
            "speaker",
            "speakerLabel",
            "act",
            "stance",
            "topic",
            "topicLabel",
            "date",
            "dateGranularity",
            "quote",
            "sentence");

    @TestFactory
    Stream<DynamicTest> everyQueryParsesAndDocumentsItself() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            return files.filter(f -> f.toString().endsWith(".rq")).sorted().toList().stream()
                    .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                        NamedQuery query = QueryCatalog.fromFile(file);
                        assertEquals(
                                file.getFileName().toString().replace(".rq", ""),
                                query.name(),
                                "# name: matches the file");
                        assertFalse(query.description().isBlank(), "# description: is given");
                        Query parsed = QueryRunner.parse(query);
                        for (NamedQuery.Param param : query.params()) {
                            assertTrue(
                                    parsed.toString().contains("?" + param.name()),
                                    "parameter " + param.name() + " is a variable of the query");
                        }
                    }));
        }
    }

    @Test
    void theShippedCatalogueHoldsEveryFile() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            assertEquals(
                    files.filter(f -> f.toString().endsWith(".rq")).count(),
                    QueryCatalog.shipped().all().size());
        }
    }

    @Test
    void statementsReturnsTheColumnsTheSpecNames() {
        Query parsed =
                QueryRunner.parse(QueryCatalog.shipped().get("statements").orElseThrow());
        assertEquals(STATEMENT_COLUMNS, parsed.getResultVars());
    }
}
