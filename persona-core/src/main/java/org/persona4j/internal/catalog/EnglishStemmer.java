package org.persona4j.internal.catalog;

/**
 * The Porter2 ("Snowball English") stemmer, written from the algorithm's published definition
 * (snowballstem.org/algorithms/english/stemmer.html) to work in place on a word's characters, as the search index
 * needs. Its tests check it word for word against the Snowball stemmer Apache Lucene ships, over every word of the
 * shared corpus. Unlike a bare suffix stripper it keeps words whole where a suffix is only spelling ("spring",
 * "string", "game" stay themselves) and joins forms that belong together ("running" and "runs" give "run").
 *
 * <p>Words are lower case; characters other than {@code a}–{@code z} count as consonants. A stem is never longer than
 * its word.
 */
final class EnglishStemmer {

    private EnglishStemmer() {}

    /** Words whose stem is not what the rules would make of them, and the stems they have; words kept as they are. */
    private static final String[][] EXCEPTIONS = {
        {"skis", "ski"}, {"skies", "sky"}, {"idly", "idl"}, {"gently", "gentl"}, {"ugly", "ugli"},
        {"early", "earli"}, {"only", "onli"}, {"singly", "singl"}, {"sky", "sky"}, {"news", "news"},
        {"howe", "howe"}, {"atlas", "atlas"}, {"cosmos", "cosmos"}, {"bias", "bias"}, {"andes", "andes"},
        {"dying", "die"}, {"lying", "lie"}, {"tying", "tie"}
    };

    /** Words left alone once step 1a has run. */
    private static final String[] AFTER_1A = {
        "inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed"
    };

    /** Prefixes after which R1 begins, whatever their letters. */
    private static final String[] R1_PREFIXES = {"gener", "commun", "arsen"};

    /** Step 2's suffixes (longest first where one ends another) and their replacements. */
    private static final String[][] STEP2 = {
        {"ization", "ize"},
        {"ational", "ate"},
        {"fulness", "ful"},
        {"ousness", "ous"},
        {"iveness", "ive"},
        {"tional", "tion"},
        {"biliti", "ble"},
        {"lessli", "less"},
        {"entli", "ent"},
        {"ation", "ate"},
        {"alism", "al"},
        {"aliti", "al"},
        {"ousli", "ous"},
        {"iviti", "ive"},
        {"fulli", "ful"},
        {"enci", "ence"},
        {"anci", "ance"},
        {"abli", "able"},
        {"izer", "ize"},
        {"ator", "ate"},
        {"alli", "al"},
        {"bli", "ble"},
        {"ogi", "og"},
        {"li", ""}
    };

    /** Step 3's suffixes and replacements ({@code ative} is deleted in R2 only). */
    private static final String[][] STEP3 = {
        {"ational", "ate"},
        {"tional", "tion"},
        {"alize", "al"},
        {"icate", "ic"},
        {"iciti", "ic"},
        {"ative", ""},
        {"ical", "ic"},
        {"ness", ""},
        {"ful", ""}
    };

    /** Step 4's suffixes, deleted in R2 ({@code ion} after s or t only). */
    private static final String[] STEP4 = {
        "ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism", "ate", "iti", "ous", "ive", "ize", "ion",
        "al", "er", "ic"
    };

    /** A word and the regions the rules look at. */
    private static final class Word {
        char[] w;
        int n;
        int r1;
        int r2;

        boolean endsWith(String s) {
            int k = s.length();
            if (k > n) {
                return false;
            }
            for (int i = 0; i < k; i++) {
                if (w[n - k + i] != s.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        boolean equals(String s) {
            return n == s.length() && endsWith(s);
        }

        /** Replaces the last {@code cut} characters by {@code by} (never longer than what it replaces plus one). */
        void replace(int cut, String by) {
            n -= cut;
            for (int i = 0; i < by.length(); i++) {
                w[n++] = by.charAt(i);
            }
        }

        boolean vowel(int i) {
            char c = w[i];
            return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
        }

        /** Whether {@code w[0..to)} has a vowel. */
        boolean hasVowel(int to) {
            for (int i = 0; i < to; i++) {
                if (vowel(i)) {
                    return true;
                }
            }
            return false;
        }

        /** The first position after a non-vowel that follows a vowel, from {@code from}; {@code n} when none. */
        int regionAfter(int from) {
            for (int i = from + 1; i < n; i++) {
                if (!vowel(i) && vowel(i - 1)) {
                    return i + 1;
                }
            }
            return n;
        }

        /** Whether the word ends in a short syllable at {@code end} (exclusive). */
        boolean shortSyllable(int end) {
            if (end == 2) {
                return vowel(0) && !vowel(1);
            }
            if (end < 3) {
                return false;
            }
            char last = w[end - 1];
            return !vowel(end - 3) && vowel(end - 2) && !vowel(end - 1) && last != 'w' && last != 'x' && last != 'Y';
        }

        boolean isShort() {
            return r1 >= n && shortSyllable(n);
        }
    }

    /**
     * Stems {@code w[0..n)} in place.
     *
     * @return the stem's length
     */
    static int stem(char[] w, int n) {
        if (n <= 2) {
            return n;
        }
        Word x = new Word();
        x.w = w;
        x.n = n;
        for (String[] e : EXCEPTIONS) {
            if (x.equals(e[0])) {
                x.n = 0;
                x.replace(0, e[1]);
                return x.n;
            }
        }
        if (w[0] == '\'') {
            System.arraycopy(w, 1, w, 0, --x.n);
            if (x.n <= 2) {
                return x.n;
            }
        }
        // y at the start or after a vowel is a consonant: marked Y while the rules run.
        if (w[0] == 'y') {
            w[0] = 'Y';
        }
        for (int i = 1; i < x.n; i++) {
            if (w[i] == 'y' && x.vowel(i - 1)) {
                w[i] = 'Y';
            }
        }
        x.r1 = x.n;
        for (String p : R1_PREFIXES) {
            if (x.n >= p.length() && new String(w, 0, p.length()).equals(p)) {
                x.r1 = p.length();
                break;
            }
        }
        if (x.r1 == x.n) {
            x.r1 = x.regionAfter(0);
        }
        x.r2 = x.r1 >= x.n ? x.n : x.regionAfter(x.r1);
        step0(x);
        step1a(x);
        for (String s : AFTER_1A) {
            if (x.equals(s)) {
                return unmark(x);
            }
        }
        step1b(x);
        step1c(x);
        step2(x);
        step3(x);
        step4(x);
        step5(x);
        return unmark(x);
    }

    private static int unmark(Word x) {
        for (int i = 0; i < x.n; i++) {
            if (x.w[i] == 'Y') {
                x.w[i] = 'y';
            }
        }
        return x.n;
    }

    private static void step0(Word x) {
        if (x.endsWith("'s'")) {
            x.n -= 3;
        } else if (x.endsWith("'s")) {
            x.n -= 2;
        } else if (x.endsWith("'")) {
            x.n -= 1;
        }
    }

    private static void step1a(Word x) {
        if (x.endsWith("sses")) {
            x.replace(4, "ss");
        } else if (x.endsWith("ied") || x.endsWith("ies")) {
            x.replace(3, x.n > 4 ? "i" : "ie");
        } else if (x.endsWith("us") || x.endsWith("ss")) {
            // kept
        } else if (x.endsWith("s") && x.n >= 2 && x.hasVowel(x.n - 2)) {
            x.n -= 1;
        }
    }

    private static void step1b(Word x) {
        if (x.endsWith("eedly")) {
            if (x.n - 5 >= x.r1) {
                x.replace(5, "ee");
            }
            return;
        }
        if (x.endsWith("eed")) {
            if (x.n - 3 >= x.r1) {
                x.replace(3, "ee");
            }
            return;
        }
        int cut = x.endsWith("ingly") ? 5 : x.endsWith("edly") ? 4 : x.endsWith("ing") ? 3 : x.endsWith("ed") ? 2 : 0;
        if (cut == 0 || !x.hasVowel(x.n - cut)) {
            return;
        }
        x.n -= cut;
        if (x.endsWith("at") || x.endsWith("bl") || x.endsWith("iz")) {
            x.replace(0, "e");
        } else if (doubled(x)) {
            x.n -= 1;
        } else if (x.isShort()) {
            x.replace(0, "e");
        }
    }

    private static boolean doubled(Word x) {
        if (x.n < 2 || x.w[x.n - 1] != x.w[x.n - 2]) {
            return false;
        }
        char c = x.w[x.n - 1];
        return c == 'b' || c == 'd' || c == 'f' || c == 'g' || c == 'm' || c == 'n' || c == 'p' || c == 'r' || c == 't';
    }

    private static void step1c(Word x) {
        char last = x.w[x.n - 1];
        if ((last == 'y' || last == 'Y') && x.n > 2 && !x.vowel(x.n - 2)) {
            x.w[x.n - 1] = 'i';
        }
    }

    private static void step2(Word x) {
        for (String[] s : STEP2) {
            if (!x.endsWith(s[0])) {
                continue;
            }
            int at = x.n - s[0].length();
            if (at >= x.r1) {
                if (s[0].equals("ogi")) {
                    if (at > 0 && x.w[at - 1] == 'l') {
                        x.replace(3, "og");
                    }
                } else if (s[0].equals("li")) {
                    if (at > 0 && "cdeghkmnrt".indexOf(x.w[at - 1]) >= 0) {
                        x.n -= 2;
                    }
                } else {
                    x.replace(s[0].length(), s[1]);
                }
            }
            return; // the longest suffix decides, whether or not it is in R1
        }
    }

    private static void step3(Word x) {
        for (String[] s : STEP3) {
            if (!x.endsWith(s[0])) {
                continue;
            }
            int at = x.n - s[0].length();
            if (s[0].equals("ative") ? at >= x.r2 : at >= x.r1) {
                x.replace(s[0].length(), s[1]);
            }
            return;
        }
    }

    private static void step4(Word x) {
        for (String s : STEP4) {
            if (!x.endsWith(s)) {
                continue;
            }
            int at = x.n - s.length();
            if (at >= x.r2 && (!s.equals("ion") || (at > 0 && (x.w[at - 1] == 's' || x.w[at - 1] == 't')))) {
                x.n = at;
            }
            return;
        }
    }

    private static void step5(Word x) {
        char last = x.w[x.n - 1];
        if (last == 'e') {
            int at = x.n - 1;
            if (at >= x.r2 || (at >= x.r1 && !x.shortSyllable(at))) {
                x.n = at;
            }
        } else if (last == 'l' && x.n - 1 >= x.r2 && x.n >= 2 && x.w[x.n - 2] == 'l') {
            x.n -= 1;
        }
    }
}
