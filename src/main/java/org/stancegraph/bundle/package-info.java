/** What the product ships on its class path: ontology and codebook files, and every SPARQL file. */
package org.stancegraph.bundle;
