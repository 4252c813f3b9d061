/** Benchmark support: a deterministic generator of synthetic articles and their topic codebook. */
package org.stancegraph.bench;
