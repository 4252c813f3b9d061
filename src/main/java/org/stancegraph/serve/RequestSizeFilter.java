package org.stancegraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpException;

/**
 * Refuses request bodies over a limit with 413: by their Content-Length up front; a form is parsed
 * (by Jetty, under the limit the server sets on its context) and any other body of unknown length
 * (chunked) read whole, up to the limit, before anything else sees them, so going over is a 413 and
 * a malformed body a 400, never a server error halfway through a query. No client can make the
 * server buffer without bound.
 */
final class RequestSizeFilter implements Filter {

    private final long maxBytes;

    RequestSizeFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse answer = (HttpServletResponse) response;
        if (http.getContentLengthLong() > maxBytes) {
            answer.sendError(413, tooLarge());
            return;
        }
        if (isForm(http)) {
            // Jetty parses a form itself, from the raw stream, under the limit set on the context:
            // here, where a form over it is a 413 and one that is not UTF-8 a 400, not a server error.
            try {
                http.getParameterMap();
            } catch (RuntimeException e) {
                boolean tooLarge = overLimits(e);
                answer.sendError(tooLarge ? 413 : 400, tooLarge ? tooLarge() : "the form is not percent-encoded UTF-8");
                return;
            }
            chain.doFilter(request, response);
        } else if (http.getContentLengthLong() >= 0) {
            chain.doFilter(request, response);
        } else {
            byte[] body;
            try (InputStream in = http.getInputStream()) {
                body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            } catch (IOException | HttpException.RuntimeException e) {
                answer.sendError(400, "the request body's chunks are malformed");
                return;
            }
            if (body.length > maxBytes) {
                answer.sendError(413, tooLarge());
                return;
            }
            chain.doFilter(new Buffered(http, body), response);
        }
    }

    /** Jetty says a form is over its limits (size, fields) with an IllegalStateException underneath. */
    private static boolean overLimits(RuntimeException refusal) {
        for (Throwable cause = refusal; cause != null; cause = cause.getCause()) {
            if (cause instanceof IllegalStateException) {
                return true;
            }
        }
        return false;
    }

    private String tooLarge() {
        return "request body over " + maxBytes + " bytes";
    }

    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    /** A request whose body, read already, is served from memory. */
    private static final class Buffered extends HttpServletRequestWrapper {
        private final ByteArrayInputStream body;

        Buffered(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = new ByteArrayInputStream(body);
        }

        @Override
        public ServletInputStream getInputStream() {
            return new ServletInputStream() {
                @Override
                public int read() {
                    return body.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return body.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return body.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("the body was read already; no asynchronous reading");
                }
            };
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String charset = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }
}
