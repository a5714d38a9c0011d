package org.persona4j.markdown.internal;

/**
 * Predicts the work flexmark does that its character reads do not show, so that such a body can be refused before
 * it is parsed: for every emphasis closer, flexmark scans back over the delimiter runs before it, so {@code d} runs
 * of {@code *} or {@code _} in one paragraph cost about {@code d²/2} steps ({@code a**b} then {@code c* } repeated to
 * 1 MiB runs for a quarter of an hour). Long runs of lines, the other quadratic case, are broken up instead of
 * refused ({@link LongRuns}), since ordinary content (big tables, many link definitions) has them.
 */
final class ParagraphCost {

    private ParagraphCost() {}

    /**
     * Whether the predicted cost exceeds {@code limit}. {@code d} delimiter runs cost at most {@code d(d-1)/2}, and
     * there are no more runs than {@code *} and {@code _} characters, so a text with few of them is answered by
     * counting those alone, which is what nearly every persona gets.
     */
    static boolean exceeds(String text, long limit) {
        long marks = 0;
        for (char c : new char[] {'*', '_'}) {
            for (int i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
                if (++marks * (marks - 1) / 2 > limit) {
                    return of(text, limit) > limit;
                }
            }
        }
        return false;
    }

    /** The predicted cost; stops counting once it exceeds {@code limit}. */
    static long of(String text, long limit) {
        long cost = 0;
        long delimiters = 0;
        char fence = 0;
        int fenceLength = 0;
        int pos = 0;
        int n = text.length();
        // The next '*' and '_' at or after a point, found with String.indexOf (vectorised) and only moved forward,
        // so finding every delimiter costs one pass over the text; -1 when none remain.
        int star = text.indexOf('*');
        int under = text.indexOf('_');
        while (pos < n && cost <= limit) {
            int end = text.indexOf('\n', pos);
            if (end < 0) {
                end = n;
            }
            int i = pos;
            while (i < end && i - pos < 4 && text.charAt(i) == ' ') {
                i++;
            }
            int markerLength = 0;
            char c = i < end ? text.charAt(i) : 0;
            if ((c == '`' || c == '~') && i - pos < 4) {
                while (i + markerLength < end && text.charAt(i + markerLength) == c) {
                    markerLength++;
                }
            }
            if (fence != 0) {
                if (c == fence && markerLength >= fenceLength) {
                    fence = 0;
                }
            } else if (markerLength >= 3) {
                fence = c;
                fenceLength = markerLength;
                delimiters = 0;
            } else if (isBlank(text, pos, end)) {
                delimiters = 0;
            } else {
                if (startsListItem(text, pos, end)) {
                    delimiters = 0; // a list item starts a new paragraph, with delimiters of its own
                }
                if (star >= 0 && star < pos) {
                    star = text.indexOf('*', pos);
                }
                if (under >= 0 && under < pos) {
                    under = text.indexOf('_', pos);
                }
                while (true) {
                    int k = star < 0 ? under : under < 0 ? star : Math.min(star, under);
                    if (k < 0 || k >= end) {
                        break;
                    }
                    char d = text.charAt(k);
                    if (k == pos || text.charAt(k - 1) != d) {
                        cost += delimiters++; // the first of a run of '*' or '_'
                    }
                    if (d == '*') {
                        star = text.indexOf('*', k + 1);
                    } else {
                        under = text.indexOf('_', k + 1);
                    }
                }
            }
            pos = end + 1;
        }
        return cost;
    }

    private static boolean startsListItem(String text, int from, int to) {
        int i = from;
        while (i < to && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        int digits = 0;
        while (i < to && digits < 10 && Character.isDigit(text.charAt(i))) {
            i++;
            digits++;
        }
        if (i >= to) {
            return false;
        }
        char c = text.charAt(i);
        boolean marker = digits == 0 ? c == '-' || c == '*' || c == '+' : digits < 10 && (c == '.' || c == ')');
        return marker && (i + 1 == to || text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\t');
    }

    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }
}
