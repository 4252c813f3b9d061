package org.stancegraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.DEF;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.stancegraph.graph.Prefixes;
import org.stancegraph.graph.Store;
import org.stancegraph.vocab.OA;
import org.stancegraph.vocab.PROV;
import org.stancegraph.vocab.SG;

/**
 * What the endpoint serves, described for machines: a VoID description of the dataset (its SPARQL
 * endpoint, size, URI space and the vocabularies it uses) and a SPARQL 1.1 service description
 * (the languages and result formats, the default graph being the union of the named graphs). It is
 * answered at {@code /stancegraph/void} and, as the service description recommendation asks, to a
 * GET of the endpoint itself without a query. Counted once, when first asked (the server is
 * read-only); its URLs are those the client reached the server by.
 */
final class ServiceDescription implements Filter {

    static final String VOID = "http://rdfs.org/ns/void#";
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";

    private final Store store;
    /** Triples and statements, counted when first asked. */
    private long[] counts;

    ServiceDescription(Store store) {
        this.store = store;
    }

    private synchronized long[] counts() {
        if (counts == null) {
            counts = new long[] {store.size(), store.read(ServiceDescription::statements)};
        }
        return counts;
    }

    private static long statements(Dataset dataset) {
        try (QueryExecution count = QueryExecution.dataset(dataset)
                .query("SELECT (COUNT(*) AS ?n) WHERE { ?s a <" + SG.Statement.getURI() + "> }")
                .build()) {
            return count.execSelect().next().getLiteral("n").getLong();
        }
    }

    private static Model describe(String datasetUrl, long triples, long statements) {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefixes(Prefixes.ALL)
                .setNsPrefix("void", VOID)
                .setNsPrefix("sd", SD)
                .setNsPrefix("dcterms", DCTerms.NS);
        Resource dataset = model.createResource(datasetUrl)
                .addProperty(RDF.type, model.createResource(VOID + "Dataset"))
                .addProperty(DCTerms.title, "Stancegraph")
                .addProperty(
                        DCTerms.description, "Political actors and the positions they take, read from news articles.")
                .addProperty(property(VOID, "sparqlEndpoint"), model.createResource(datasetUrl + "/sparql"))
                .addProperty(property(VOID, "uriSpace"), SG.DATA)
                .addLiteral(property(VOID, "triples"), triples);
        for (String vocabulary :
                List.of(SG.NS, "https://schema.org/", PROV.NS, "http://www.w3.org/2004/02/skos/core#", OA.NS)) {
            dataset.addProperty(property(VOID, "vocabulary"), model.createResource(vocabulary));
        }
        dataset.addProperty(
                property(VOID, "classPartition"),
                model.createResource()
                        .addProperty(property(VOID, "class"), SG.Statement)
                        .addLiteral(property(VOID, "entities"), statements));
        Resource service = model.createResource(datasetUrl + "/sparql")
                .addProperty(RDF.type, model.createResource(SD + "Service"))
                .addProperty(property(SD, "endpoint"), model.createResource(datasetUrl + "/sparql"))
                .addProperty(property(SD, "supportedLanguage"), model.createResource(SD + "SPARQL11Query"))
                .addProperty(property(SD, "feature"), model.createResource(SD + "UnionDefaultGraph"))
                .addProperty(
                        property(SD, "defaultDataset"),
                        model.createResource()
                                .addProperty(RDF.type, model.createResource(SD + "Dataset"))
                                .addProperty(
                                        property(SD, "defaultGraph"),
                                        model.createResource()
                                                .addProperty(RDF.type, model.createResource(SD + "Graph"))
                                                .addProperty(DCTerms.source, dataset)));
        for (String format : List.of(
                "SPARQL_Results_JSON",
                "SPARQL_Results_XML",
                "SPARQL_Results_CSV",
                "SPARQL_Results_TSV",
                "Turtle",
                "N-Triples",
                "JSON-LD",
                "RDF_XML")) {
            service.addProperty(
                    property(SD, "resultFormat"), model.createResource("http://www.w3.org/ns/formats/" + format));
        }
        return model;
    }

    /** The description alone, for {@code /stancegraph/void}. */
    HttpServlet servlet() {
        return new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                write(request, response);
            }
        };
    }

    private static Property property(String namespace, String name) {
        return ResourceFactory.createProperty(namespace + name);
    }

    /** A GET of the endpoint without a query gets the description; everything else goes on. */
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http
                && http.getMethod().equals("GET")
                && http.getParameter("query") == null) {
            write(http, (HttpServletResponse) response);
        } else {
            chain.doFilter(request, response);
        }
    }

    /** The description as the request accepts it best: Turtle, N-Triples, JSON-LD or RDF/XML. */
    void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
        MediaType type = ConNeg.chooseContentType(
                request,
                DEF.constructOffer,
                MediaType.create(Lang.TURTLE.getContentType().getContentTypeStr()));
        Lang lang = RDFLanguages.contentTypeToLang(type.getContentTypeStr());
        lang = lang == null ? Lang.TURTLE : lang;
        response.setContentType(lang.getContentType().getContentTypeStr());
        response.setCharacterEncoding("UTF-8");
        // The URLs are the ones the client used to reach the server.
        String host =
                request.getServerName().contains(":") ? "[" + request.getServerName() + "]" : request.getServerName();
        String datasetUrl = request.getScheme() + "://" + host + ":" + request.getServerPort() + ServerSettings.DATASET;
        long[] counted = counts();
        RDFDataMgr.write(response.getOutputStream(), describe(datasetUrl, counted[0], counted[1]), lang);
    }
}
