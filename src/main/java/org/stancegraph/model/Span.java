package org.stancegraph.model;

/** A half-open range [start, end) of character offsets into an article's text. */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    public int length() {
        return end - start;
    }

    /** The covered characters of {@code text}. */
    public String of(String text) {
        return text.substring(start, end);
    }
}
