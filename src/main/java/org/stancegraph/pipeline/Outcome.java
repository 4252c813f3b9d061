package org.stancegraph.pipeline;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.stancegraph.model.Article;
import org.stancegraph.model.Statement;

/** What became of one input of a run. */
public sealed interface Outcome permits Outcome.Converted, Outcome.Unchanged, Outcome.Failed {

    /** Where the input came from, for messages. */
    String location();

    /** An article converted: its statements, its named graph, and that graph's SHACL violations (empty when valid). */
    record Converted(Article article, List<Statement> statements, Model graph, List<String> violations)
            implements Outcome {
        @Override
        public String location() {
            return article.location();
        }
    }

    /** An article the store already holds as it is now (same content, same codebooks): not converted again. */
    record Unchanged(Article article) implements Outcome {
        @Override
        public String location() {
            return article.location();
        }
    }

    /** An input that could not be converted, with one line saying why; {@code cause} for --debug. */
    record Failed(String location, String problem, Throwable cause) implements Outcome {}
}
