package org.stancegraph.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.DEF;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.stancegraph.query.NamedQuery;
import org.stancegraph.query.QueryCatalog;
import org.stancegraph.query.QueryException;
import org.stancegraph.query.QueryRunner;
import org.stancegraph.query.ResultSink;

/**
 * The named queries over HTTP. {@code GET /stancegraph/queries} lists them as JSON (name,
 * description, parameters, SPARQL text); {@code GET /stancegraph/queries/NAME?param=value} runs one, with the
 * rows as JSON, XML, CSV, TSV or text, by {@code ?format=} or the Accept header (406 for a type
 * it cannot give). A bad parameter is a 400 with a message; a query stopped by the timeout is a 503.
 * The rows of an answer are kept (see {@link AnswerCache}), so asking again only writes them.
 */
final class NamedQueryServlet extends HttpServlet {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final QueryCatalog catalog;
    private final QueryRunner runner;
    private final int maxRows;
    private final AnswerCache answers;

    NamedQueryServlet(QueryCatalog catalog, QueryRunner runner, int maxRows, AnswerCache answers) {
        this.catalog = catalog;
        this.runner = runner;
        this.maxRows = maxRows;
        this.answers = answers;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || path.equals("/")) {
            list(response);
            return;
        }
        Optional<NamedQuery> query = catalog.get(path.substring(1));
        if (query.isEmpty()) {
            fail(
                    response,
                    404,
                    "no query named \"" + path.substring(1) + "\"; GET " + ServerSettings.DATASET
                            + "/queries lists them");
            return;
        }
        Map<String, String> params = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> params.put(name, values[values.length - 1]));
        Optional<Lang> table;
        try {
            table = TableFormats.choose(params.remove(TableFormats.PARAMETER), request.getHeader("Accept"));
        } catch (IllegalArgumentException e) {
            fail(response, 400, e.getMessage());
            return;
        }
        if (table.isEmpty()) {
            fail(
                    response,
                    406,
                    "cannot give the results as " + request.getHeader("Accept") + "; ask for "
                            + TableFormats.offered());
            return;
        }
        Negotiated sink = new Negotiated(request, response, table.get());
        AnswerCache.Key key = new AnswerCache.Key(query.get().name(), params);
        Optional<ResultSet> kept = answers.get(key);
        if (kept.isPresent()) {
            sink.select(kept.get());
            return;
        }
        try {
            runner.run(query.get(), params, maxRows, new ResultSink() {
                @Override
                public void select(ResultSet results) {
                    sink.select(answers.keep(key, results));
                }

                @Override
                public void ask(boolean answer) {
                    sink.ask(answer);
                }

                @Override
                public void graph(Model graph) {
                    sink.graph(graph);
                }
            });
        } catch (QueryException e) {
            fail(response, 400, e.getMessage());
        } catch (QueryCancelledException e) {
            fail(response, 503, "the query was stopped by its timeout");
        }
    }

    /** An error as one line of plain text, which a script can show as it is. */
    private static void fail(HttpServletResponse response, int status, String message) throws IOException {
        if (response.isCommitted()) {
            return; // the rows already sent cannot be taken back; the connection just ends
        }
        response.reset();
        response.setStatus(status);
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().println(message);
    }

    private void list(HttpServletResponse response) throws IOException {
        ArrayNode list = JSON.createArrayNode();
        for (NamedQuery query : catalog.all()) {
            ObjectNode entry = list.addObject()
                    .put("name", query.name())
                    .put("description", query.description())
                    .put("sparql", query.sparql());
            ArrayNode params = entry.putArray("params");
            query.params().forEach(p -> params.addObject()
                    .put("name", p.name())
                    .put("type", p.type())
                    .put("description", p.description()));
        }
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        JSON.writerWithDefaultPrettyPrinter().writeValue(response.getOutputStream(), list);
    }

    /** Writes rows and answers in the format chosen for tables, and graphs in the media type the request accepts best. */
    private record Negotiated(HttpServletRequest request, HttpServletResponse response, Lang table)
            implements ResultSink {

        @Override
        public void select(ResultSet results) {
            ResultsWriter.create().lang(table).write(out(table), results);
        }

        @Override
        public void ask(boolean answer) {
            ResultsWriter.create().lang(table).write(out(table), answer);
        }

        @Override
        public void graph(Model graph) {
            Lang lang = choose(DEF.constructOffer, Lang.TURTLE);
            RDFDataMgr.write(out(lang), graph, lang);
        }

        private Lang choose(AcceptList offer, Lang fallback) {
            MediaType type = ConNeg.chooseContentType(
                    request, offer, MediaType.create(fallback.getContentType().getContentTypeStr()));
            Lang lang = RDFLanguages.contentTypeToLang(type.getContentTypeStr());
            return lang == null ? fallback : lang;
        }

        private OutputStream out(Lang lang) {
            response.setContentType(lang.getContentType().getContentTypeStr());
            response.setCharacterEncoding("UTF-8");
            try {
                return response.getOutputStream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
