/** From analysed text to statements: speakers, quotes, speech acts, stance, topics and dates. */
package org.stancegraph.extract;
