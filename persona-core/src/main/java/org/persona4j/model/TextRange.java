package org.persona4j.model;

/**
 * A stretch of a text: {@code [start, end)} in chars.
 *
 * @param start the first char
 * @param end   just past the last char; at least {@code start}
 */
public record TextRange(int start, int end) {

    /**
     * Checks the components and keeps unmodifiable copies of its lists.
     *
     * @param start the first char
     * @param end   just past the last char; at least {@code start}
     */
    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid range [" + start + ", " + end + ")");
        }
    }

    /**
     * {@return whether {@code offset} is inside}
     *
     * @param offset a char offset
     */
    public boolean contains(int offset) {
        return start <= offset && offset < end;
    }
}
