package org.stancegraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancegraph.model.Article;
import org.stancegraph.model.InputException;

class ArticleInputsTest {

    @TempDir
    Path dir;

    private List<ArticleInput> inputs(Path... paths) {
        try (Stream<ArticleInput> stream = ArticleInputs.of(List.of(paths))) {
            return stream.toList();
        }
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private InputException failure(ArticleInput input) {
        return assertThrows(InputException.class, input::read);
    }

    @Test
    void aFolderMeansItsArticlesRecursivelyInNameOrderWithoutSidecarsNotesOrGold() throws Exception {
        write("b.txt", "Second.");
        write("a.txt", "First.");
        write("a.json", "{\"title\": \"A\"}");
        write("README.md", "# notes");
        write(".hidden.txt", "hidden");
        write("sub/c.txt", "Third.");
        write("gold/a.jsonl", "{\"speaker\": \"x\"}");
        List<String> ids = new ArrayList<>();
        for (ArticleInput input : inputs(dir)) {
            ids.add(input.read().id());
        }
        assertEquals(List.of("a", "b", "c"), ids);
    }

    @Test
    void theInputsAreCountedBeforeTheyAreReadAsManyAsTheStreamGives() throws Exception {
        Files.createDirectories(dir.resolve("in/sub"));
        Files.writeString(dir.resolve("in/a.txt"), "One.");
        Files.writeString(dir.resolve("in/a.json"), "{}");
        Files.writeString(dir.resolve("in/sub/b.txt"), "Two.");
        Files.writeString(
                dir.resolve("in/c.jsonl"), "{\"id\":\"x\",\"text\":\"X.\"}\n\n  \n{\"id\":\"y\",\"text\":\"Y.\"}");
        List<Path> paths = List.of(dir.resolve("in"), dir.resolve("missing.txt"));
        try (Stream<ArticleInput> inputs = ArticleInputs.of(paths)) {
            assertEquals(inputs.count(), ArticleInputs.count(paths));
        }
        assertEquals(5, ArticleInputs.count(paths));
    }

    @Test
    void sidecarMetadataIsRead() throws Exception {
        write("x.txt", "Body.");
        write(
                "x.json",
                "{\"title\": \"T\", \"publisher\": \"P\", \"published\": \"2024-02-27T10:15:00+01:00\","
                        + " \"url\": \"https://example.org/x\", \"language\": \"en\", \"authors\": [\"A B\"]}");
        Article article = inputs(dir.resolve("x.txt")).get(0).read();
        assertEquals("T", article.metadata().title());
        assertEquals(LocalDate.of(2024, 2, 27), article.metadata().published());
        assertEquals(List.of("A B"), article.metadata().authors());
        assertTrue(article.warnings().isEmpty());
    }

    @Test
    void unknownSidecarFieldsAreIgnoredWithAWarningNamingThem() throws Exception {
        write("x.txt", "Body.");
        write("x.json", "{\"title\": \"T\",\n \"notes\": \"why\"}");
        Article article = inputs(dir.resolve("x.txt")).get(0).read();
        assertEquals(1, article.warnings().size());
        assertTrue(
                article.warnings().get(0).matches(".*x\\.json:2:\\d+: unknown field \"notes\" ignored"),
                article.warnings().get(0));
    }

    @Test
    void nonUtf8TextIsRefusedWithLineAndColumn() throws Exception {
        Files.write(dir.resolve("latin.txt"), "ok line\nCaf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        InputException e = failure(inputs(dir.resolve("latin.txt")).get(0));
        assertTrue(e.getMessage().matches(".*latin\\.txt:2:4: not UTF-8 text.*"), e.getMessage());
    }

    @Test
    void emptyAndBlankFilesAreRefused() throws Exception {
        write("empty.txt", "");
        write("blank.txt", "  \n\n ");
        for (ArticleInput input : inputs(dir)) {
            assertTrue(failure(input).getMessage().endsWith("empty article (no text)"));
        }
    }

    @Test
    void binaryFilesAreRefused() throws Exception {
        Files.write(dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
        assertTrue(failure(inputs(dir.resolve("image.txt")).get(0)).getMessage().contains("binary file"));
    }

    @Test
    void oversizedFilesAreRefusedWithoutReadingThem() throws Exception {
        Path big = dir.resolve("big.txt");
        try (var channel = Files.newByteChannel(
                big,
                java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE,
                java.nio.file.StandardOpenOption.SPARSE)) {
            channel.position(TextDecoder.MAX_BYTES + 1);
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {'x'}));
        }
        assertTrue(failure(inputs(big).get(0)).getMessage().contains("file too large"));
    }

    @Test
    void malformedSidecarFailsTheArticleWithThePositionOfTheError() throws Exception {
        write("x.txt", "Body.");
        write("x.json", "{\"title\": \"T\",\n  \"published\": }");
        InputException e = failure(inputs(dir.resolve("x.txt")).get(0));
        assertTrue(e.getMessage().matches(".*x\\.json:2:\\d+: malformed JSON: .*"), e.getMessage());
        assertTrue(!e.getMessage().contains("Source"), e.getMessage());
    }

    @Test
    void unknownDateFormatsAreNamed() throws Exception {
        write("x.txt", "Body.");
        write("x.json", "{\"published\": \"26/02/2024\"}");
        assertTrue(failure(inputs(dir.resolve("x.txt")).get(0))
                .getMessage()
                .contains("unknown date format \"26/02/2024\""));
    }

    @Test
    void missingPathsBecomeFailuresNotExceptions() {
        List<ArticleInput> found = inputs(dir.resolve("nowhere"));
        assertEquals(1, found.size());
        assertTrue(failure(found.get(0)).getMessage().endsWith("no such file or directory"));
    }

    @Test
    void jsonLinesGiveOneArticlePerLineAndReportBadLinesByNumber() throws Exception {
        write(
                "bulk.jsonl",
                "{\"id\": \"one\", \"text\": \"First.\", \"published\": \"2024-02-26\"}\n"
                        + "\n"
                        + "{\"id\": \"two\", \"text\": \"Second.\", \"title\": \"Two\"}\n"
                        + "{\"id\": \"three\"}\n"
                        + "not json\n");
        List<ArticleInput> lines = inputs(dir.resolve("bulk.jsonl"));
        assertEquals(4, lines.size());
        assertEquals("one", lines.get(0).read().id());
        assertEquals(LocalDate.of(2024, 2, 26), lines.get(0).read().metadata().published());
        assertEquals("Two", lines.get(1).read().metadata().title());
        assertTrue(failure(lines.get(2)).getMessage().contains("bulk.jsonl:4:1: record \"three\" has no \"text\""));
        assertTrue(failure(lines.get(3)).getMessage().contains("bulk.jsonl:5:"));
    }

    @Test
    void aJsonLinesLineThatIsNotUtf8IsOneErrorAndTheOtherLinesAreRead() throws Exception {
        Path file = dir.resolve("mixed.jsonl");
        try (var out = Files.newOutputStream(file)) {
            out.write("{\"id\": \"good\", \"text\": \"Before.\"}\n".getBytes(StandardCharsets.UTF_8));
            out.write(new byte[] {'{', '"', 'i', 'd', '"', ':', (byte) 0xC3, (byte) 0x28, '}', '\n'});
            out.write("{\"id\": \"after\", \"text\": \"After.\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        List<ArticleInput> lines = inputs(file);
        assertEquals(3, lines.size());
        assertEquals("good", lines.get(0).read().id());
        assertTrue(
                failure(lines.get(1)).getMessage().contains("mixed.jsonl:2: not UTF-8"),
                failure(lines.get(1)).getMessage());
        assertEquals("after", lines.get(2).read().id());
    }

    @Test
    void aByteOrderMarkBeforeTheFirstRecordIsDropped() throws Exception {
        write("bom.jsonl", "\uFEFF{\"id\": \"first\", \"text\": \"With a mark.\"}\n");
        assertEquals("first", inputs(dir.resolve("bom.jsonl")).get(0).read().id());
    }

    @Test
    void linkedArticleFilesAreReadAndALoopIsReportedNotFollowedForever() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("linked.txt"), "Linked\n\nA minister said so.\n");
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.createSymbolicLink(corpus.resolve("linked.txt"), elsewhere.resolve("linked.txt"));
        Files.createSymbolicLink(corpus.resolve("loop"), corpus);
        List<ArticleInput> found = inputs(corpus);
        assertTrue(found.stream().anyMatch(i -> i.location().endsWith("linked.txt")), "the linked article is read");
        assertEquals(
                "linked",
                found.stream()
                        .filter(i -> i.location().endsWith("linked.txt"))
                        .findFirst()
                        .orElseThrow()
                        .read()
                        .id());
        assertTrue(found.size() <= 3, "the loop is not walked forever: " + found);
    }

    @Test
    void devicesAndPipesAreRefusedWithoutBeingRead() throws Exception {
        Path fifo = dir.resolve("pipe.txt");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        for (Path notAFile : List.of(Path.of("/dev/zero"), fifo)) {
            List<ArticleInput> found = inputs(notAFile);
            assertEquals(1, found.size());
            assertTrue(failure(found.get(0)).getMessage().contains("not a regular file"), notAFile.toString());
        }
    }
}
