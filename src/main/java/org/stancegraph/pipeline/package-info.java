/** The pipeline facade: articles in, statements and graphs out, built into a store, derived and validated. */
package org.stancegraph.pipeline;
