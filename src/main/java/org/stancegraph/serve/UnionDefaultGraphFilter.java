package org.stancegraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Makes the Graph Store Protocol's default graph ({@code GET /stancegraph/get?default}) the union
 * of the named graphs, as it is for SPARQL queries: the store keeps everything in named graphs, so
 * the real default graph is empty. The request is read as one for Jena's union graph,
 * {@code ?graph=urn:x-arq:UnionGraph}.
 */
final class UnionDefaultGraphFilter implements Filter {

    static final String UNION_GRAPH = "urn:x-arq:UnionGraph";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && http.getParameter("default") != null) {
            chain.doFilter(new UnionRequest(http), response);
        } else {
            chain.doFilter(request, response);
        }
    }

    /** The request with {@code default} replaced by {@code graph=urn:x-arq:UnionGraph}. */
    private static final class UnionRequest extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters = new LinkedHashMap<>();

        UnionRequest(HttpServletRequest request) {
            super(request);
            parameters.putAll(request.getParameterMap());
            parameters.remove("default");
            parameters.put("graph", new String[] {UNION_GRAPH});
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Collections.unmodifiableMap(parameters);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }

        @Override
        public String getQueryString() {
            return "graph=" + UNION_GRAPH;
        }
    }
}
