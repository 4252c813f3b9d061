package org.stancegraph.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.stancegraph.model.Article;
import org.stancegraph.model.ArticleMetadata;
import org.stancegraph.model.InputException;

/** An article as a UTF-8 text file {@code ID.txt} with an optional sidecar {@code ID.json}. */
final class TextFileInput implements ArticleInput {

    static final Set<String> SIDECAR_FIELDS = Set.of("title", "publisher", "published", "url", "language", "authors");

    private final Path file;

    TextFileInput(Path file) {
        this.file = file;
    }

    @Override
    public String location() {
        return file.toString();
    }

    @Override
    public Article read() throws InputException {
        String text = TextDecoder.read(file);
        Path sidecar = sidecarOf(file);
        return Files.exists(sidecar)
                ? article(location(), idOf(file), text, sidecar.toString(), TextDecoder.read(sidecar))
                : article(location(), idOf(file), text, null, null);
    }

    /**
     * The article of a text file, however it was read: its text, and its sidecar's name and text
     * (both null without one).
     */
    static Article article(String location, String id, String text, String sidecarName, String sidecarJson)
            throws InputException {
        List<String> warnings = new ArrayList<>();
        ArticleMetadata metadata = sidecarJson == null
                ? ArticleMetadata.none()
                : JsonRecord.parse(sidecarJson, sidecarName, 1, SIDECAR_FIELDS, warnings::add)
                        .metadata();
        return new Article(id, text, metadata, location, warnings);
    }

    /** The article id: the file name without its extension. */
    static String idOf(Path file) {
        return idOf(file.getFileName().toString());
    }

    /** The article id of the file named {@code name} (a path or URI: its last segment counts). */
    static String idOf(String name) {
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static Path sidecarOf(Path file) {
        return file.resolveSibling(idOf(file) + ".json");
    }
}
