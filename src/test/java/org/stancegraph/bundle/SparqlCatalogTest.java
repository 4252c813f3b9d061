package org.stancegraph.bundle;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every SPARQL file the product ships parses: named queries, export queries and lookups. */
class SparqlCatalogTest {

    @TestFactory
    Stream<DynamicTest> everyShippedSparqlFileParses() {
        return SparqlCatalog.shipped().all().stream()
                .map(file -> DynamicTest.dynamicTest(
                        file.path(), () -> assertDoesNotThrow(() -> QueryFactory.create(file.text()), file.path())));
    }

    @Test
    void theCatalogueHoldsEveryFileOfTheFoldersItShips() throws IOException {
        assertEquals(
                count(Path.of("queries"), ".rq"),
                SparqlCatalog.shipped().of(SparqlFile.Kind.NAMED_QUERY).size());
        assertEquals(
                count(Path.of("src/main/resources/sparql/export"), ".rq"),
                SparqlCatalog.shipped().of(SparqlFile.Kind.EXPORT).size());
        assertFalse(SparqlCatalog.shipped().of(SparqlFile.Kind.LOOKUP).isEmpty());
    }

    @Test
    void filesComeInNameOrderAndAMissingFileIsNamed() {
        var names = SparqlCatalog.shipped().of(SparqlFile.Kind.EXPORT).stream()
                .map(SparqlFile::name)
                .toList();
        assertEquals(names.stream().sorted().toList(), names);
        IllegalStateException missing = assertThrows(
                IllegalStateException.class, () -> SparqlCatalog.shipped().text(SparqlFile.Kind.EXPORT, "nope"));
        assertEquals("sparql/export/nope.rq is missing", missing.getMessage());
    }

    private static long count(Path folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(suffix)).count();
        }
    }
}
