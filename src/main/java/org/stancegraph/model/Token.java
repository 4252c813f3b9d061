package org.stancegraph.model;

/** A token with its character offsets into the article, its part of speech (UD) and lemma. */
public record Token(String text, int start, int end, String pos, String lemma) {

    public Token {
        if (end - start != text.length()) {
            throw new IllegalArgumentException("token '" + text + "' does not fit [" + start + ", " + end + ")");
        }
    }

    /** A proper noun, possessive or not: the tagger gives "Berg's", kept whole, "PROPN+PART". */
    public boolean isProperNoun() {
        return "PROPN".equals(pos) || pos.startsWith("PROPN+");
    }

    public boolean isVerb() {
        return "VERB".equals(pos) || "AUX".equals(pos);
    }

    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }
}
