/** Benchmarks run by hand (such as {@code bin/loadcheck}), not tests: test code, so that they stay out of the jar. */
package org.stancegraph.bench;
