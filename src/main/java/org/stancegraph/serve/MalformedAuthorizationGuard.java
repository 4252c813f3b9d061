package org.stancegraph.serve;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers a request whose Basic credentials cannot be read (not base64, no {@code user:password})
 * with a 400, before the authentication, which took them for a server error: a 500 and a stack
 * trace in the log for a client's mistake.
 */
final class MalformedAuthorizationGuard extends Handler.Wrapper {

    MalformedAuthorizationGuard(Handler handler) {
        super(handler);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String authorization = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        if (authorization != null
                && authorization.regionMatches(true, 0, "Basic ", 0, 6)
                && !readable(authorization.substring(6))) {
            Response.writeError(
                    request, response, callback, 400, "malformed Basic credentials in the Authorization header");
            return true;
        }
        return super.handle(request, response, callback);
    }

    private static boolean readable(String credentials) {
        try {
            return new String(Base64.getDecoder().decode(credentials.strip()), StandardCharsets.UTF_8).contains(":");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
