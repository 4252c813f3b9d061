/** Statements to RDF, the TDB2 store, the conversion pipeline and the SHACL check. */
package org.stancegraph.graph;
