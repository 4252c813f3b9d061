package org.stancegraph.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How the endpoint runs. The defaults are the safe ones: loopback only, read-only, a 30-second
 * query timeout, at most 10,000 rows from a named query, requests of at most 1 MiB.
 *
 * @param passwordFile a Jetty realm file ({@code user: password}); required when {@code allowUpdate}
 */
public record ServerSettings(
        String host,
        int port,
        Duration timeout,
        int maxRows,
        long maxRequestBytes,
        boolean allowUpdate,
        Path passwordFile) {

    public static final String DATASET = "/stancegraph";

    public ServerSettings {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the query timeout must be positive");
        }
        if (allowUpdate && passwordFile == null) {
            throw new IllegalArgumentException("updates need a password file for HTTP basic authentication");
        }
    }

    /** The safe defaults on {@code port} (0 for any free port). */
    public static ServerSettings defaults(int port) {
        return new ServerSettings("127.0.0.1", port, Duration.ofSeconds(30), 10_000, 1024 * 1024, false, null);
    }

    public ServerSettings withUpdate(Path passwords) {
        return new ServerSettings(host, port, timeout, maxRows, maxRequestBytes, true, passwords);
    }

    public ServerSettings withTimeout(Duration limit) {
        return new ServerSettings(host, port, limit, maxRows, maxRequestBytes, allowUpdate, passwordFile);
    }

    public ServerSettings withHost(String address) {
        return new ServerSettings(address, port, timeout, maxRows, maxRequestBytes, allowUpdate, passwordFile);
    }

    public ServerSettings withMaxRows(int rows) {
        return new ServerSettings(host, port, timeout, rows, maxRequestBytes, allowUpdate, passwordFile);
    }
}
