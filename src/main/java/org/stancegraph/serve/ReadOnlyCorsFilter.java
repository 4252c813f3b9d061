package org.stancegraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * CORS for reading only, so that browser SPARQL editors on other origins can query the endpoint
 * but no page can act with a user's credentials: any origin may read ({@code *}, never the caller's
 * origin echoed, never credentials), and only queries, named queries, the description and Graph
 * Store reads are open across origins; update and Graph Store writes get no CORS headers, so a
 * browser refuses them cross-origin (and, without credentials, could not authenticate them anyway).
 */
final class ReadOnlyCorsFilter implements Filter {

    private static final Set<String> READ_ENDPOINTS = Set.of("sparql", "query", "queries", "get", "void");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse out = (HttpServletResponse) response;
        if (http.getHeader("Origin") == null || !readable(http.getRequestURI())) {
            chain.doFilter(request, response);
            return;
        }
        out.setHeader("Access-Control-Allow-Origin", "*");
        out.setHeader("Access-Control-Expose-Headers", "Content-Type, Content-Length");
        if (http.getMethod().equals("OPTIONS") && http.getHeader("Access-Control-Request-Method") != null) {
            out.setHeader("Access-Control-Allow-Methods", "GET, POST, HEAD, OPTIONS");
            out.setHeader("Access-Control-Allow-Headers", "Accept, Content-Type, X-Requested-With");
            out.setHeader("Access-Control-Max-Age", "600");
            out.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether {@code path} is one of the dataset's read endpoints: {@code /stancegraph/sparql}, {@code /stancegraph/queries/…}. */
    private static boolean readable(String path) {
        String prefix = ServerSettings.DATASET + "/";
        if (!path.startsWith(prefix)) {
            return false;
        }
        String rest = path.substring(prefix.length());
        int slash = rest.indexOf('/');
        return READ_ENDPOINTS.contains(slash < 0 ? rest : rest.substring(0, slash));
    }
}
