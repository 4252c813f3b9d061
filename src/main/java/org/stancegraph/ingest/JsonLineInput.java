package org.stancegraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.stancegraph.model.Article;
import org.stancegraph.model.InputException;

/** One line of a JSON Lines file: {@code {"id", "text", "title", "published", "url", "publisher"}}. */
final class JsonLineInput implements ArticleInput {

    static final Set<String> FIELDS =
            Set.of("id", "text", "title", "published", "url", "publisher", "language", "authors");

    private final String file;
    private final int line;
    private final String json;

    JsonLineInput(String file, int line, String json) {
        this.file = file;
        this.line = line;
        this.json = json;
    }

    @Override
    public String location() {
        return file + ":" + line;
    }

    @Override
    public Article read() throws InputException {
        List<String> warnings = new ArrayList<>();
        JsonRecord record = JsonRecord.parse(json, file, line, FIELDS, warnings::add);
        String id = record.string("id");
        String text = record.string("text");
        if (id == null || id.isBlank()) {
            throw new InputException(file, line, 1, "record has no \"id\"");
        }
        if (text == null || text.isBlank()) {
            throw new InputException(file, line, 1, "record \"" + id + "\" has no \"text\"");
        }
        if (text.indexOf('\0') >= 0) {
            throw new InputException(file, line, 1, "record \"" + id + "\" holds binary text (NUL character)");
        }
        return new Article(id, text, record.metadata(), location(), warnings);
    }
}
