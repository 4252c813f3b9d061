/** Sentences, tokens, parts of speech and lemmas over OpenNLP; the only package importing opennlp. */
package org.stancegraph.nlp;
