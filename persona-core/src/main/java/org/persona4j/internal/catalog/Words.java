package org.persona4j.internal.catalog;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Text as the catalog compares it: case and accents folded, punctuation as word breaks. Matching is by whole
 * words, so {@code "sql"} finds {@code "PostgreSQL 16+"} only if written as a word of its own.
 */
public final class Words {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern BREAKS = Pattern.compile("[^\\p{L}\\p{N}+#]+");
    private static final Set<String> STOP = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by", "for",
            "from", "has", "have", "in", "into", "is", "it", "its", "my", "of", "on", "or", "our", "so", "that",
            "the", "their", "this", "to", "too", "under", "was", "we", "what", "when", "which", "with", "you", "your");

    private Words() {
    }

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
            String folded = FOLDED.computeIfAbsent(cp, Words::fold);
            for (int k = 0; k < folded.length(); k++) {
                char c = folded.charAt(k);
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

    private static final java.util.concurrent.ConcurrentHashMap<Integer, String> FOLDED =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** One code point folded: its letters and digits, lower case without marks, or a space for anything else. */
    private static String fold(int cp) {
        String s = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
        return BREAKS.matcher(s).replaceAll(" ");
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
        for (String w : words(text)) {
            if (!STOP.contains(w)) {
                out.add(stem(w));
            }
        }
        return out;
    }

    /** A small suffix stripper: plural, -ing, -ed, -ly and a final e; enough to join word forms in queries. */
    static String stem(String w) {
        if (w.length() <= 3 || !Character.isLetter(w.charAt(w.length() - 1))) {
            return w;
        }
        String s = w;
        if (s.endsWith("ies") && s.length() > 4) {
            s = s.substring(0, s.length() - 3) + "y";
        } else if (s.endsWith("sses")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("es") && s.length() > 4 && "sxz".indexOf(s.charAt(s.length() - 3)) >= 0) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.endsWith("ing") && s.length() > 5) {
            s = s.substring(0, s.length() - 3);
        } else if (s.endsWith("ed") && s.length() > 4) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("ly") && s.length() > 4) {
            s = s.substring(0, s.length() - 2);
        }
        if (s.endsWith("e") && s.length() > 3) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
