package org.stancegraph.model;

import java.text.Normalizer;
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
        return slug.isEmpty() ? "x-" + Digests.sha256Hex(text, 4) : slug;
    }
}
