package org.stancegraph.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Stable, readable slugs for IRIs. Latin script is folded to lower-case ASCII ("Zoë Ångström" →
 * "zoe-angstrom"); letters and digits of other scripts are kept as they are ("Анна Петрова" →
 * "анна-петрова"), since IRIs carry Unicode and folding them all away merged different names into
 * one. A name with no letter or digit at all gets a short hash of itself, so it is never merged
 * either.
 */
public final class Slugs {

    /** What a slug keeps: ASCII letters and digits, and letters and digits of scripts other than Latin. */
    private static final String DROPPED = "[^a-z0-9[\\p{L}&&[^\\p{IsLatin}]][\\p{N}&&[^\\p{ASCII}]]]+";

    private Slugs() {}

    public static String slug(String text) {
        String folded = Normalizer.normalize(
                Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("(?<=\\p{IsLatin})\\p{M}+", ""),
                Normalizer.Form.NFC);
        String slug = folded.toLowerCase(Locale.ROOT).replaceAll(DROPPED, "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "x-" + shortHash(text) : slug;
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }
}
