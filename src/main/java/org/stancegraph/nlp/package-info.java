/** Sentences, tokens, parts of speech and lemmas over OpenNLP (the only package importing it), and calendar words. */
package org.stancegraph.nlp;
