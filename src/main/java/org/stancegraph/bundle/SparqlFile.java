package org.stancegraph.bundle;

import java.util.Objects;

/** One shipped SPARQL file: what it is for, its name without suffix, and its text. */
public record SparqlFile(Kind kind, String name, String text) {

    /** What a file is for, and where it is shipped. */
    public enum Kind {
        /** A named query users run ({@code queries/NAME.rq}). */
        NAMED_QUERY("queries", ".rq", false),
        /** A query that reads one network for the exports. */
        EXPORT("sparql/export", ".rq", false),
        /** A query the product runs to look things up (names to terms, contradiction pairs). */
        LOOKUP("sparql/lookup", ".rq", false),
        /** A derivation rule run at build time, in name order ({@code ontology/rules/*.ru}). */
        RULE("ontology/rules", ".ru", true);

        private final String folder;
        private final String suffix;
        private final boolean update;

        Kind(String folder, String suffix, boolean update) {
            this.folder = folder;
            this.suffix = suffix;
            this.update = update;
        }

        public String folder() {
            return folder;
        }

        public String suffix() {
            return suffix;
        }

        /** Whether files of this kind are SPARQL Update rather than queries. */
        public boolean update() {
            return update;
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
