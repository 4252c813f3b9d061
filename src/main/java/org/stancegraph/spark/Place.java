package org.stancegraph.spark;

import java.io.Serializable;
import java.util.Comparator;

/**
 * Where a record stands in a run, as {@code build} would meet it: the input's number, the file's
 * place within it (in path order, 0 for a single file), the line's within that file (0 for a
 * text file). Among records of one article id, the first place is kept.
 */
record Place(int input, long file, long line) implements Comparable<Place>, Serializable {

    private static final Comparator<Place> ORDER =
            Comparator.comparingInt(Place::input).thenComparingLong(Place::file).thenComparingLong(Place::line);

    @Override
    public int compareTo(Place other) {
        return ORDER.compare(this, other);
    }
}
