/** Networks for graph visualizers (GraphML, GEXF, Cytoscape.js, DOT, CSV) and RDF in every syntax via Rio. */
package org.stancegraph.export;
