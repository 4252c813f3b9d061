/** Facts derived at build time at the level of actors: utterances, contradictions, agreements, reversals. */
package org.stancegraph.graph.derive;
