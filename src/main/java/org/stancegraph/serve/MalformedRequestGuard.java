package org.stancegraph.serve;

import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Base64;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers a request the client got wrong before anything else reads it, where Fuseki or its
 * authentication took the mistake for a server error (a 500 and a stack trace in the log): Basic
 * credentials that cannot be read (not base64, no {@code user:password}) and a query string that
 * is not percent-encoded UTF-8 get a 400; a body in a character set this machine does not know
 * gets a 415.
 */
final class MalformedRequestGuard extends Handler.Wrapper {

    MalformedRequestGuard(Handler handler) {
        super(handler);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String mistake = basicCredentialsMistake(request);
        if (mistake == null) {
            mistake = queryStringMistake(request);
        }
        if (mistake != null) {
            Response.writeError(request, response, callback, 400, mistake);
            return true;
        }
        if (!knownCharset(request)) {
            Response.writeError(request, response, callback, 415, "unknown character set in the Content-Type header");
            return true;
        }
        return super.handle(request, response, callback);
    }

    private static String basicCredentialsMistake(Request request) {
        String authorization = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
        return basic && !readable(authorization.substring(6))
                ? "malformed Basic credentials in the Authorization header"
                : null;
    }

    private static boolean readable(String credentials) {
        try {
            return new String(Base64.getDecoder().decode(credentials.strip()), StandardCharsets.UTF_8).contains(":");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String queryStringMistake(Request request) {
        try {
            Request.extractQueryParameters(request);
            return null;
        } catch (BadMessageException | IllegalArgumentException e) {
            return "the query string is not percent-encoded UTF-8";
        }
    }

    private static boolean knownCharset(Request request) {
        try {
            Request.getCharset(request);
            return true;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return false;
        }
    }
}
