package org.persona4j.internal.catalog;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Pattern;

/**
 * Text as the catalog compares it: case and accents folded, punctuation as word breaks. Matching is by whole
 * words, so {@code "sql"} finds {@code "PostgreSQL 16+"} only if written as a word of its own.
 */
public final class Words {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern BREAKS = Pattern.compile("[^\\p{L}\\p{N}+#]+");
    /**
     * Words too common to help a search: the Snowball project's English stop list
     * (snowballstem.org/algorithms/english/stop.txt, read 2026-12-07) with its contractions as this class breaks them
     * ("can't" gives {@code can} and {@code t}, "we're" gives {@code re}), less the words that carry a need in
     * software and business tasks: {@code no}, {@code not} and {@code nor} ("no-code", "not null"), the particles of "scale up",
     * "scale out", "the site is down", "opt out", "log off", "fail over", {@code where} and {@code between} (SQL),
     * {@code can} (CAN bus), {@code m} (M&amp;A, Power Query's M) and {@code d} (the D language). A task written as
     * people write one ("how should each of these be set so I find them") is otherwise ranked by its small words, which
     * long bodies have many of. Measured on both routing sets of routing/: recall@3 126 → 129 of 160 tasks, recall@1
     * 108 → 111, with the body's length weighed as in {@link SearchIndex}; keeping the words listed above in the index
     * changed one task either way. {@link NearDuplicates} drops the same words from descriptions for
     * {@code set.description-overlap}, which reports the same 47 pairs of the shared corpus with the list as with the
     * 39 words before it (only the shared words it names differ).
     */
    static final Set<String> STOP_WORDS = Set.of("""
            a about above after again against all am an and any are aren as at be because been before being
            below both but by cannot could couldn did didn do does doesn doing don during each few for from
            further had hadn has hasn have haven having he her here hers herself him himself his how i if in
            into is isn it its itself let ll me more most mustn my myself of on once only or other ought our
            ours ourselves own re s same shan she should shouldn so some such t than that the their theirs them
            themselves then there these they this those through to too under until ve very was wasn we were
            weren what when which while who whom why with won would wouldn you your yours yourself yourselves
            """.strip().split("\\s+"));

    private Words() {}

    /**
     * Lower case, no accents, words separated by single spaces. One pass over the text: ASCII is handled inline and
     * every other code point is folded once (decomposed, marks dropped, lower-cased) and remembered.
     */
    public static String normalise(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 128) {
                char c = (char) (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
                if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '#') {
                    if (gap && out.length() > 0) {
                        out.append(' ');
                    }
                    gap = false;
                    out.append(c);
                } else {
                    gap = true;
                }
                continue;
            }
            char[] folded = folded(cp);
            for (char c : folded) {
                if (c == ' ') {
                    gap = true;
                } else {
                    if (gap && out.length() > 0) {
                        out.append(' ');
                    }
                    gap = false;
                    out.append(c);
                }
            }
        }
        return out.toString();
    }

    /** Folded code points of the Basic Multilingual Plane, in pages of 256 filled on first use. */
    private static final AtomicReferenceArray<AtomicReferenceArray<char[]>> PAGES = new AtomicReferenceArray<>(256);

    private static final ConcurrentHashMap<Integer, char[]> ASTRAL = new ConcurrentHashMap<>();

    /**
     * One code point beyond ASCII folded: its letters and digits, lower case without marks, and a space for
     * anything else (so {@code 'é'} is {@code "e"}, {@code 'ﬁ'} is {@code "fi"}, {@code '—'} is {@code " "}).
     * Remembered, so each code point is folded once per process. The array must not be changed.
     */
    static char[] folded(int cp) {
        if (cp > 0xFFFF) {
            return ASTRAL.computeIfAbsent(cp, Words::fold);
        }
        AtomicReferenceArray<char[]> page = PAGES.get(cp >>> 8);
        if (page == null) {
            PAGES.compareAndSet(cp >>> 8, null, new AtomicReferenceArray<>(256));
            page = PAGES.get(cp >>> 8);
        }
        char[] f = page.get(cp & 0xFF);
        if (f == null) {
            f = fold(cp); // a race only folds the same code point twice, to equal arrays
            page.set(cp & 0xFF, f);
        }
        return f;
    }

    private static char[] fold(int cp) {
        if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
            return new char[] {' '};
        }
        String s = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
        return BREAKS.matcher(s).replaceAll(" ").toCharArray();
    }

    /** The words of a text, normalised. */
    public static List<String> words(String text) {
        String n = normalise(text);
        return n.isEmpty() ? List.of() : List.of(n.split(" "));
    }

    /** {@code true} when {@code needle}'s words occur in {@code haystack} as a run of whole words. */
    public static boolean containsPhrase(String haystack, String needle) {
        String n = normalise(needle);
        if (n.isEmpty()) {
            return false;
        }
        return (" " + normalise(haystack) + " ").contains(" " + n + " ");
    }

    /** Search terms: words without stop words, lightly stemmed so that "caching" meets "cache". */
    public static List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        if (text != null && !text.isEmpty()) {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            new TermScanner().scan(utf8, 0, utf8.length, (word, length, hash) -> {
                int term = TermScanner.term(word, length, hash);
                if (term >= 0) {
                    out.add(new String(word, 0, term));
                }
            });
        }
        return out;
    }
}
