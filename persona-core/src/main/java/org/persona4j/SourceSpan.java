package org.persona4j;

/**
 * A region of a source file: 1-based lines and columns, start inclusive, end exclusive. Columns count Unicode
 * code points, so a span points at the same place an editor shows.
 *
 * @param startLine   first line, at least 1
 * @param startColumn first column, at least 1
 * @param endLine     last line, at least {@code startLine}
 * @param endColumn   column just past the end; on {@code startLine} it is at least {@code startColumn}
 */
public record SourceSpan(int startLine, int startColumn, int endLine, int endColumn) {

    /** The span used when a finding concerns the whole file rather than a place in it. */
    public static final SourceSpan FILE = new SourceSpan(1, 1, 1, 1);

    /**
     * Checks the components and keeps unmodifiable copies of its lists.
     *
     * @param startLine   first line, at least 1
     * @param startColumn first column, at least 1
     * @param endLine     last line, at least {@code startLine}
     * @param endColumn   column just past the end; on {@code startLine} it is at least {@code startColumn}
     */
    public SourceSpan {
        if (startLine < 1
                || startColumn < 1
                || endLine < startLine
                || endColumn < 1
                || (endLine == startLine && endColumn < startColumn)) {
            throw new IllegalArgumentException(
                    "invalid span " + startLine + ":" + startColumn + "-" + endLine + ":" + endColumn);
        }
    }

    /**
     * {@return an empty span at one position}
     *
     * @param line   the line, from 1
     * @param column the column, from 1
     */
    public static SourceSpan at(int line, int column) {
        return new SourceSpan(line, column, line, column);
    }

    /**
     * {@return whole lines {@code fromLine} to {@code toLine}, both inclusive}
     *
     * @param fromLine the first line, from 1
     * @param toLine   the last line, at least {@code fromLine}
     */
    public static SourceSpan lines(int fromLine, int toLine) {
        return new SourceSpan(fromLine, 1, toLine + 1, 1);
    }

    @Override
    public String toString() {
        return startLine + ":" + startColumn + "-" + endLine + ":" + endColumn;
    }
}
