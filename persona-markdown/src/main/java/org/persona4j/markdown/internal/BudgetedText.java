package org.persona4j.markdown.internal;

/**
 * The body text as flexmark sees it: every {@code charAt} is counted, and once the count passes the budget the
 * next read throws {@link Exhausted}. A parser that backtracks exponentially on a small input therefore stops after
 * a bounded amount of work. flexmark keeps a reference to this sequence instead of copying it, which is what makes
 * the count see every read.
 */
final class BudgetedText implements CharSequence {

    /**
     * Characters of a bulk copy or view ({@code toString}, {@code subSequence}) per counted read: a copy moves a
     * character in a small fraction of a {@code charAt} call's time, and flexmark copies a paragraph once per entity
     * in it, so counting copies at full weight refused paragraphs with a few hundred entities.
     */
    static final int BULK = 16;

    private final String text;
    private final int offset;
    private final int length;
    private final Counter counter;

    BudgetedText(String text, long budget) {
        this(text, 0, text.length(), new Counter(budget));
    }

    private BudgetedText(String text, int offset, int length, Counter counter) {
        this.text = text;
        this.offset = offset;
        this.length = length;
        this.counter = counter;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        if (++counter.reads > counter.budget) {
            throw new Exhausted();
        }
        if (index < 0 || index >= length) {
            throw new StringIndexOutOfBoundsException(index);
        }
        return text.charAt(offset + index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        if (start < 0 || end > length || start > end) {
            throw new StringIndexOutOfBoundsException("[" + start + ", " + end + ") of " + length);
        }
        counter.reads += 1 + (end - start) / BULK;
        return new BudgetedText(text, offset + start, end - start, counter);
    }

    @Override
    public String toString() {
        counter.reads += 1 + length / BULK;
        if (counter.reads > counter.budget) {
            throw new Exhausted();
        }
        return text.substring(offset, offset + length);
    }

    /**
     * The text, read without counting, when this is the whole of it (offsets into this sequence are offsets into
     * the string), else {@code null}: for this module's own pre-checks, which search it with
     * {@code String.indexOf} and are bounded on their own.
     */
    String uncounted() {
        return offset == 0 && length == text.length() ? text : null;
    }

    long reads() {
        return counter.reads;
    }

    /** Shared by a sequence and its sub-sequences; a parse runs on one thread. */
    private static final class Counter {
        final long budget;
        long reads;

        Counter(long budget) {
            this.budget = budget;
        }
    }

    /** Thrown inside the parser when the budget is spent; caught at the parse boundary. */
    static final class Exhausted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Exhausted() {
            super("work budget exhausted", null, false, false);
        }
    }
}
