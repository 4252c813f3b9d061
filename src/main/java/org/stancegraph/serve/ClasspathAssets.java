package org.stancegraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

/**
 * Serves the files of one class-path folder read-only: the explorer's page and scripts, and the
 * WebJars it uses (so the page works offline, from the jar alone). A request for the folder itself
 * gets its index file. Paths that climb out of the folder, and folders, are not found.
 *
 * <pre>{@code
 * builder.addServlet("/webjars/*", new ClasspathAssets("META-INF/resources/webjars", null, true));
 * }</pre>
 */
final class ClasspathAssets extends HttpServlet {

    private final String folder;
    private final String index;
    private final boolean versioned;

    /**
     * Files under {@code folder} of the class path; {@code index} (or null) for the folder itself;
     * {@code versioned} when the paths carry a version, so browsers may keep them.
     */
    ClasspathAssets(String folder, String index, boolean versioned) {
        this.folder = folder;
        this.index = index;
        this.versioned = versioned;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if ((path == null || path.equals("/")) && index != null) {
            path = "/" + index;
        }
        URL file =
                path == null || path.contains("..") || path.contains("//") || path.contains("\\") || path.endsWith("/")
                        ? null
                        : ClasspathAssets.class.getClassLoader().getResource(folder + path);
        if (file == null) {
            response.sendError(404);
            return;
        }
        String type = request.getServletContext().getMimeType(path);
        response.setContentType(type == null ? "application/octet-stream" : type);
        if (type != null && (type.startsWith("text/") || type.contains("javascript"))) {
            response.setCharacterEncoding("UTF-8");
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", versioned ? "public, max-age=86400" : "no-cache");
        try (InputStream in = file.openStream()) {
            in.transferTo(response.getOutputStream());
        }
    }
}
