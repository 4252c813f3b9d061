/** Records that flow between the pipeline stages; free of Jena, OpenNLP and picocli. */
package org.stancegraph.model;
