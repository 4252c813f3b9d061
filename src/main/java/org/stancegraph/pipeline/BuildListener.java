package org.stancegraph.pipeline;

import java.util.function.Consumer;

/**
 * Hears what a build does: how many inputs it will read when that is known, each outcome as it
 * arrives, and the phases after conversion, so that a progress display can show all of it.
 */
@FunctionalInterface
public interface BuildListener extends Consumer<Outcome> {

    /** The number of inputs the build will read, known before it starts. */
    default void total(long inputs) {}

    /** A phase begins: "derive and validate", then "compact". */
    default void phase(String name) {}
}
