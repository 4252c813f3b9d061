package org.stancegraph.graph;

/** The database is held by another process (a running {@code serve} or {@code build}): TDB2 allows one at a time. */
public final class StoreInUseException extends RuntimeException {

    StoreInUseException(String message, Throwable cause) {
        super(message, cause);
    }
}
