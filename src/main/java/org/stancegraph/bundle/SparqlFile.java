package org.stancegraph.bundle;

import java.util.Objects;

/** One shipped SPARQL file: what it is for, its name without suffix, and its text. */
public record SparqlFile(Kind kind, String name, String text) {

    /** What a file is for, and where it is shipped. */
    public enum Kind {
        /** A named query users run ({@code queries/NAME.rq}). */
        NAMED_QUERY("queries", ".rq"),
        /** A query that reads one network for the exports. */
        EXPORT("sparql/export", ".rq"),
        /** A query the product runs to look things up (names to terms, statement facts, contradiction pairs). */
        LOOKUP("sparql/lookup", ".rq");

        private final String folder;
        private final String suffix;

        Kind(String folder, String suffix) {
            this.folder = folder;
            this.suffix = suffix;
        }

        public String folder() {
            return folder;
        }

        public String suffix() {
            return suffix;
        }
    }

    public SparqlFile {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }

    /** Where the file lives on the class path, for messages. */
    public String path() {
        return kind.folder() + "/" + name + kind.suffix();
    }
}
