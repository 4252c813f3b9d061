/**
 * The build as an Apache Spark job, for corpora beyond one machine: articles converted with the
 * same pipeline as the command line, statements as Parquet, article graphs and derived graphs as
 * N-Quads, which {@code stancegraph load} puts into a TDB2 database to serve.
 */
package org.stancegraph.spark;
