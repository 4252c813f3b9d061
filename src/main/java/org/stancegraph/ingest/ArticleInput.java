package org.stancegraph.ingest;

import org.stancegraph.model.Article;
import org.stancegraph.model.InputException;

/**
 * One article waiting to be read: a text file or a line of a JSON Lines file. Reading is deferred
 * so that it happens on the worker thread that converts the article.
 */
public interface ArticleInput {

    /** Where the article comes from, as error messages name it. */
    String location();

    /** Reads and checks the article. */
    Article read() throws InputException;
}
