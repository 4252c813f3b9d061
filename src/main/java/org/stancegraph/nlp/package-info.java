/** Sentences, tokens and parts of speech over OpenNLP (the only package importing it), lemmas by rule, and calendar words. */
package org.stancegraph.nlp;
