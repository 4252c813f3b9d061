/** The named-query catalogue (queries/*.rq), parameter binding and result formats. */
package org.stancegraph.query;
