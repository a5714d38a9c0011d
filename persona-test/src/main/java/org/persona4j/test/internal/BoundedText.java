package org.persona4j.test.internal;

/**
 * A text that counts the characters read from it and stops a reader past a budget: a regular expression that
 * backtracks without end over a response throws {@link Exhausted} instead of hanging the test.
 */
final class BoundedText implements CharSequence {

    /** Thrown when the budget is spent. */
    static final class Exhausted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Exhausted() {
            super(null, null, false, false);
        }
    }

    private final String text;
    private final long[] left;
    private final int start;
    private final int end;

    BoundedText(String text, long budget) {
        this(text, new long[] {budget}, 0, text.length());
    }

    private BoundedText(String text, long[] left, int start, int end) {
        this.text = text;
        this.left = left;
        this.start = start;
        this.end = end;
    }

    @Override
    public char charAt(int index) {
        if (--left[0] < 0) {
            throw new Exhausted();
        }
        return text.charAt(start + index);
    }

    @Override
    public int length() {
        return end - start;
    }

    @Override
    public CharSequence subSequence(int from, int to) {
        return new BoundedText(text, left, start + from, start + to);
    }

    @Override
    public String toString() {
        return text.substring(start, end);
    }
}
