package org.stancegraph.model;

import java.text.Normalizer;
import java.util.Locale;

/** Lower-case ASCII slugs for stable, readable IRIs. */
public final class Slugs {

    private Slugs() {}

    /** "Zoë Ångström" → "zoe-angstrom". */
    public static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "x" : slug;
    }
}
