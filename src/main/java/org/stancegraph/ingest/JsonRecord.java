package org.stancegraph.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.stancegraph.model.ArticleMetadata;
import org.stancegraph.model.InputException;

/**
 * One JSON object of string fields (a sidecar, or a JSON Lines record), with the position of each
 * value so that errors point at it. Fields outside {@code known} are reported as warnings.
 */
final class JsonRecord {

    private static final JsonFactory JSON = new JsonFactory();

    private final String file;
    private final int lineOffset;
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, JsonLocation> where = new LinkedHashMap<>();

    private JsonRecord(String file, int lineOffset) {
        this.file = file;
        this.lineOffset = lineOffset;
    }

    /**
     * Parses {@code json}, the text of {@code file} starting at line {@code firstLine}; unknown
     * fields go to {@code warnings}.
     */
    static JsonRecord parse(String json, String file, int firstLine, Set<String> known, Consumer<String> warnings)
            throws InputException {
        JsonRecord record = new JsonRecord(file, firstLine - 1);
        try (JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw record.error(p.currentTokenLocation(), "expected a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (!known.contains(name)) {
                    JsonLocation at = p.currentTokenLocation();
                    warnings.accept(record.position(at) + ": unknown field \"" + name + "\" ignored");
                    p.skipChildren();
                    continue;
                }
                record.where.put(name, p.currentTokenLocation());
                record.values.put(name, record.value(p, value, name));
            }
            if (p.nextToken() != null) {
                throw record.error(p.currentTokenLocation(), "unexpected content after the JSON object");
            }
        } catch (JsonProcessingException e) {
            String message = e.getOriginalMessage()
                    .replaceAll("\\s*\\(start marker at \\[Source.*$", "")
                    .strip();
            throw record.error(e.getLocation(), "malformed JSON: " + message);
        } catch (IOException e) {
            throw new InputException(file, "cannot read JSON: " + TextDecoder.describe(e));
        }
        return record;
    }

    private Object value(JsonParser p, JsonToken token, String name) throws IOException, InputException {
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        if (token == JsonToken.START_ARRAY) {
            List<String> items = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    throw error(p.currentTokenLocation(), "\"" + name + "\" must hold strings only");
                }
                items.add(p.getText());
            }
            return items;
        }
        throw error(p.currentTokenLocation(), "\"" + name + "\" must be a string");
    }

    /** The string value of {@code name}, or null. */
    String string(String name) throws InputException {
        Object value = values.get(name);
        if (value instanceof List) {
            throw error(where.get(name), "\"" + name + "\" must be a string, not a list");
        }
        return (String) value;
    }

    /** The metadata fields of this record. */
    ArticleMetadata metadata() throws InputException {
        return new ArticleMetadata(
                string("title"), string("publisher"), published(), string("url"), string("language"), authors());
    }

    private List<String> authors() throws InputException {
        Object value = values.get("authors");
        if (value == null) {
            return List.of();
        }
        if (value instanceof String s) {
            return List.of(s);
        }
        @SuppressWarnings("unchecked")
        List<String> list = (List<String>) value;
        return list;
    }

    private LocalDate published() throws InputException {
        String text = string("published");
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException notADate) {
            try {
                return OffsetDateTime.parse(value).toLocalDate();
            } catch (DateTimeParseException notAnOffsetDateTime) {
                try {
                    return LocalDateTime.parse(value).toLocalDate();
                } catch (DateTimeParseException e) {
                    throw error(
                            where.get("published"),
                            "unknown date format \"" + text
                                    + "\" in \"published\" (expected an ISO date such as 2024-02-26, or an ISO date-time)");
                }
            }
        }
    }

    private InputException error(JsonLocation at, String problem) {
        return new InputException(position(at), problem);
    }

    private String position(JsonLocation at) {
        if (at == null || at.getLineNr() < 1) {
            return file;
        }
        return file + ":" + (at.getLineNr() + lineOffset) + ":" + at.getColumnNr();
    }
}
