package org.persona4j.internal.catalog;

import java.util.Arrays;

/**
 * Words read straight from UTF-8 bytes, one at a time into a reused buffer: the words of {@link Words#normalise},
 * without a {@code String} for each. {@link #term} then drops stop words and stems, which gives the search terms.
 * The two steps are apart so that an index can remember each word's term instead of working it out again. What a
 * search index spends its time on, so it is kept to one pass and no allocation. One scanner per thread.
 */
final class TermScanner {

    /** Receives each word, folded; the buffer is reused for the next one. */
    interface Sink {
        /**
         * @param word   the buffer; the word is {@code word[0..length)}, which the sink may change
         * @param hash   {@link Vocabulary#hash} of the word
         */
        void word(char[] word, int length, int hash);
    }

    private static final Vocabulary STOP = new Vocabulary();
    private static final int LONGEST_STOP_WORD;

    static {
        int longest = 0;
        for (String w : Words.STOP_WORDS) {
            STOP.add(w.toCharArray(), w.length(), w.hashCode());
            longest = Math.max(longest, w.length());
        }
        LONGEST_STOP_WORD = longest;
    }

    /** For each ASCII byte, the character it adds to a word (lower-cased), or 0 where it breaks words. */
    private static final char[] ASCII = new char[128];

    static {
        for (int c = 0; c < 128; c++) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '#') {
                ASCII[c] = (char) c;
            } else if (c >= 'A' && c <= 'Z') {
                ASCII[c] = (char) (c + 32);
            }
        }
    }

    /** {@link #ASCII} for every byte value: 0 for the bytes of a multi-byte character, which end the ASCII run. */
    private static final char[] BYTE = java.util.Arrays.copyOf(ASCII, 256);

    private char[] word = new char[32];

    /** Calls {@code sink} with every word of {@code utf8[from..to)}. Malformed bytes are word breaks. */
    void scan(byte[] utf8, int from, int to, Sink sink) {
        char[] w = word;
        int n = 0;
        int h = 0; // String.hashCode of w[0..n), kept as the word grows
        int i = from;
        while (i < to) {
            int b = utf8[i];
            if (b >= 0) {
                i++;
                char c = ASCII[b];
                if (c != 0) {
                    if (w.length - n < 64) {
                        w = word = Arrays.copyOf(w, w.length * 2);
                    }
                    w[n++] = c;
                    h = 31 * h + c;
                    // The rest of a run of ASCII word characters, as far as the buffer has room, in a loop of its
                    // own: most bytes of a body are here.
                    int limit = Math.min(to, i + (w.length - n));
                    while (i < limit) {
                        char e = BYTE[utf8[i] & 0xFF]; // one load, no branch on the byte's sign
                        if (e == 0) {
                            break;
                        }
                        w[n++] = e;
                        h = 31 * h + e;
                        i++;
                    }
                } else if (n > 0) {
                    sink.word(w, n, h);
                    n = 0;
                    h = 0;
                }
                continue;
            }
            int cp;
            if ((b & 0xE0) == 0xC0 && i + 1 < to && continuation(utf8[i + 1])) {
                cp = (b & 0x1F) << 6 | (utf8[i + 1] & 0x3F);
                i += 2;
            } else if ((b & 0xF0) == 0xE0 && i + 2 < to && continuation(utf8[i + 1]) && continuation(utf8[i + 2])) {
                cp = (b & 0x0F) << 12 | (utf8[i + 1] & 0x3F) << 6 | (utf8[i + 2] & 0x3F);
                i += 3;
            } else if ((b & 0xF8) == 0xF0
                    && i + 3 < to
                    && continuation(utf8[i + 1])
                    && continuation(utf8[i + 2])
                    && continuation(utf8[i + 3])) {
                cp = (b & 0x07) << 18 | (utf8[i + 1] & 0x3F) << 12 | (utf8[i + 2] & 0x3F) << 6 | (utf8[i + 3] & 0x3F);
                i += 4;
            } else {
                cp = -1;
                i++;
            }
            char[] folded = cp >= 0 && cp <= Character.MAX_CODE_POINT ? Words.folded(cp) : BREAK;
            for (char c : folded) {
                if (c != ' ') {
                    if (n == w.length) {
                        w = word = Arrays.copyOf(w, n * 2);
                    }
                    w[n++] = c;
                    h = 31 * h + c;
                } else if (n > 0) {
                    sink.word(w, n, h);
                    n = 0;
                    h = 0;
                }
            }
        }
        if (n > 0) {
            sink.word(w, n, h);
        }
    }

    private static final char[] BREAK = {' '};

    private static boolean continuation(byte b) {
        return (b & 0xC0) == 0x80;
    }

    /**
     * The search term of the word {@code w[0..n)}: -1 for a stop word, else the length of its stem, made in place.
     */
    static int term(char[] w, int n, int hash) {
        if (n <= LONGEST_STOP_WORD && STOP.find(w, n, hash) >= 0) {
            return -1;
        }
        return EnglishStemmer.stem(w, n);
    }
}
