/** Benchmarks and their inputs, outside the product jar: the synthetic corpus, the load check. */
package org.stancegraph.bench;
