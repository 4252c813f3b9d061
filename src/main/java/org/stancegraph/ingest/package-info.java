/** Reading articles: text files with JSON sidecars, JSON Lines, folders; every input failure named. */
package org.stancegraph.ingest;
