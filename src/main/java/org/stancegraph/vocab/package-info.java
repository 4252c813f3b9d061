/** Constants for the terms of our ontology and of the vocabularies it reuses. */
package org.stancegraph.vocab;
