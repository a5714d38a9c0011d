package org.persona4j.validation.internal;

import java.util.regex.Pattern;

/**
 * A version pattern from the configuration, matched within a work budget: Java's regular expressions backtrack, and
 * a pattern such as {@code (a+)+$} takes exponential time on a crafted version, so the value is read through a
 * {@link CharSequence} that counts every character read and stops the match when the budget is spent.
 */
final class VersionPattern {

    /** Character reads allowed per character of the value, plus a fixed allowance. */
    static final long READS_PER_CHAR = 200;

    static final long ALLOWANCE = 100_000;

    /** The outcome of a match. */
    enum Outcome {
        MATCHES,
        DIFFERS,
        TOO_COSTLY
    }

    private final Pattern pattern;
    private final String source;

    VersionPattern(String regex) {
        this.source = regex;
        this.pattern = Pattern.compile(regex);
    }

    String source() {
        return source;
    }

    Outcome match(String value) {
        Counted text = new Counted(value, new long[] {ALLOWANCE + READS_PER_CHAR * value.length()});
        try {
            return pattern.matcher(text).matches() ? Outcome.MATCHES : Outcome.DIFFERS;
        } catch (Exhausted e) {
            return Outcome.TOO_COSTLY;
        } catch (StackOverflowError e) {
            return Outcome.TOO_COSTLY; // deep recursion in the matcher: the same verdict, not a crash
        }
    }

    /** Thrown when the budget is spent; no stack trace, as it is control flow. */
    private static final class Exhausted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Exhausted() {
            super(null, null, false, false);
        }
    }

    /** A view of a string that spends one unit of a shared budget per character read. */
    private record Counted(String text, long[] budget, int from, int to) implements CharSequence {
        Counted(String text, long[] budget) {
            this(text, budget, 0, text.length());
        }

        @Override
        public int length() {
            return to - from;
        }

        @Override
        public char charAt(int index) {
            if (--budget[0] < 0) {
                throw new Exhausted();
            }
            return text.charAt(from + index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Counted(text, budget, from + start, from + end);
        }

        @Override
        public String toString() {
            return text.substring(from, to);
        }
    }
}
