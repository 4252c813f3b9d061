package org.stancegraph.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import org.stancegraph.model.Article;
import org.stancegraph.model.ArticleMetadata;

/**
 * The digest that tells a build whether an article needs converting again: its id, text and
 * metadata, and what it is converted with (the codebooks' fingerprint and the product version).
 */
final class ContentHash {

    private ContentHash() {}

    static String of(Article article, String convertedWith) {
        ArticleMetadata meta = article.metadata();
        MessageDigest digest = sha256();
        for (Object part : new Object[] {
            article.id(),
            article.text(),
            meta.title(),
            meta.publisher(),
            meta.published(),
            meta.url(),
            meta.language(),
            meta.authors(),
            convertedWith
        }) {
            digest.update(Objects.toString(part, "").getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
