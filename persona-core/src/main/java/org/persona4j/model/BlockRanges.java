package org.persona4j.model;

/** The range check every {@link Block} makes. */
final class BlockRanges {

    private BlockRanges() {}

    static void check(int start, int end) {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("a block's range must be 0 <= start <= end, was " + start + ".." + end);
        }
    }
}
