/** Extraction quality against gold annotations: precision, recall and F1 (SPEC §8). */
package org.stancegraph.evaluate;
