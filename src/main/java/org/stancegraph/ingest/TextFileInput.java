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
        List<String> warnings = new ArrayList<>();
        ArticleMetadata metadata = ArticleMetadata.none();
        Path sidecar = sidecarOf(file);
        if (Files.exists(sidecar)) {
            String json = TextDecoder.read(sidecar);
            metadata = JsonRecord.parse(json, sidecar.toString(), 1, SIDECAR_FIELDS, warnings::add)
                    .metadata();
        }
        return new Article(idOf(file), text, metadata, location(), warnings);
    }

    /** The article id: the file name without its extension. */
    static String idOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static Path sidecarOf(Path file) {
        return file.resolveSibling(idOf(file) + ".json");
    }
}
