/** The embedded Fuseki endpoint: SPARQL Protocol, Graph Store read, named queries over HTTP. */
package org.stancegraph.serve;
