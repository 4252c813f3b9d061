package org.stancegraph.bundle;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every SPARQL file the product ships, in one catalogue: the named queries of {@code queries/},
 * the queries behind the network exports, and the lookups the product runs (names to terms,
 * statement facts for derivation). Loaded once; a test parses every file of it.
 *
 * <pre>{@code
 * String conflict = SparqlCatalog.shipped().text(SparqlFile.Kind.EXPORT, "conflict");
 * List<SparqlFile> named = SparqlCatalog.shipped().of(SparqlFile.Kind.NAMED_QUERY);
 * }</pre>
 */
public final class SparqlCatalog {

    private static final class Holder {
        static final SparqlCatalog SHIPPED = load();
    }

    private final List<SparqlFile> files;

    private SparqlCatalog(List<SparqlFile> files) {
        this.files = List.copyOf(files);
    }

    /** The files on the class path. */
    public static SparqlCatalog shipped() {
        return Holder.SHIPPED;
    }

    /** Every file, by kind, then by name. */
    public List<SparqlFile> all() {
        return files;
    }

    /** The files of one kind, in name order. */
    public List<SparqlFile> of(SparqlFile.Kind kind) {
        return files.stream().filter(f -> f.kind() == kind).toList();
    }

    /** The file of {@code kind} named {@code name} (without its suffix). */
    public Optional<SparqlFile> find(SparqlFile.Kind kind, String name) {
        return of(kind).stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The text of a file that must exist: a missing one is a packaging error. */
    public String text(SparqlFile.Kind kind, String name) {
        return find(kind, name)
                .orElseThrow(
                        () -> new IllegalStateException(kind.folder() + "/" + name + kind.suffix() + " is missing"))
                .text();
    }

    private static SparqlCatalog load() {
        List<SparqlFile> files = new ArrayList<>();
        for (SparqlFile.Kind kind : SparqlFile.Kind.values()) {
            BundledFiles.folder(kind.folder(), kind.suffix())
                    .forEach((file, text) -> files.add(new SparqlFile(
                            kind,
                            file.substring(0, file.length() - kind.suffix().length()),
                            text)));
        }
        return new SparqlCatalog(files);
    }
}
