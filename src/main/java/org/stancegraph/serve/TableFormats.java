package org.stancegraph.serve;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * The formats the rows of a named query come in, chosen by {@code ?format=} (so that a link or
 * {@code pandas.read_csv(url)} gets CSV) or else by the Accept header; JSON when the request says
 * nothing or takes anything. Every media type offered maps to a writer of result sets: a type none
 * of them writes is refused, never handed to a writer of graphs.
 *
 * <pre>{@code
 * Optional<Lang> lang = TableFormats.choose(request.getParameter("format"), request.getHeader("Accept"));
 * }</pre>
 */
final class TableFormats {

    /** The request parameter naming a format; no named query may have a parameter of this name. */
    static final String PARAMETER = "format";

    private static final Map<String, Lang> BY_NAME = new LinkedHashMap<>();
    private static final Map<String, Lang> BY_MEDIA_TYPE = new LinkedHashMap<>();

    static {
        BY_NAME.put("json", ResultSetLang.RS_JSON);
        BY_NAME.put("xml", ResultSetLang.RS_XML);
        BY_NAME.put("csv", ResultSetLang.RS_CSV);
        BY_NAME.put("tsv", ResultSetLang.RS_TSV);
        BY_NAME.put("text", ResultSetLang.RS_Text);
        // In order of preference: the first is what "*/*" gets.
        BY_MEDIA_TYPE.put("application/sparql-results+json", ResultSetLang.RS_JSON);
        BY_MEDIA_TYPE.put("application/json", ResultSetLang.RS_JSON);
        BY_MEDIA_TYPE.put("application/sparql-results+xml", ResultSetLang.RS_XML);
        BY_MEDIA_TYPE.put("application/xml", ResultSetLang.RS_XML);
        BY_MEDIA_TYPE.put("text/xml", ResultSetLang.RS_XML);
        BY_MEDIA_TYPE.put("text/csv", ResultSetLang.RS_CSV);
        BY_MEDIA_TYPE.put("text/tab-separated-values", ResultSetLang.RS_TSV);
        BY_MEDIA_TYPE.put("text/plain", ResultSetLang.RS_Text);
    }

    private static final AcceptList OFFER =
            AcceptList.create(BY_MEDIA_TYPE.keySet().toArray(String[]::new));

    private TableFormats() {}

    /**
     * The format named {@code name} when given, else the one {@code accept} (an Accept header, or
     * null) prefers among those offered; empty when the header accepts none of them.
     *
     * @throws IllegalArgumentException for a name that is not a format
     */
    static Optional<Lang> choose(String name, String accept) {
        if (name != null) {
            Lang named = BY_NAME.get(name.toLowerCase(java.util.Locale.ROOT));
            if (named == null) {
                throw new IllegalArgumentException(
                        "unknown format \"" + name + "\": use one of " + String.join(", ", BY_NAME.keySet()));
            }
            return Optional.of(named);
        }
        if (accept == null || accept.isBlank()) {
            return Optional.of(ResultSetLang.RS_JSON);
        }
        MediaType match = AcceptList.match(new AcceptList(accept), OFFER);
        return match == null ? Optional.empty() : Optional.of(BY_MEDIA_TYPE.get(match.getContentTypeStr()));
    }

    /** What a client may ask for, for the message of a refused request. */
    static String offered() {
        return String.join(", ", BY_MEDIA_TYPE.keySet()) + " (or ?" + PARAMETER + "="
                + String.join("|", BY_NAME.keySet()) + ")";
    }
}
