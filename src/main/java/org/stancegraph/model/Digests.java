package org.stancegraph.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Short digests of text, for names that must be stable and distinct (IRI segments, slugs). */
public final class Digests {

    private Digests() {}

    /** The first {@code bytes} bytes of the SHA-256 of {@code text} (UTF-8), in lower-case hexadecimal. */
    public static String sha256Hex(String text, int bytes) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
