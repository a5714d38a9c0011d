package org.persona4j.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The scanner must give exactly the terms of the plain definition (fold with {@link Words#normalise}, split into
 * words, drop stop words, stem with Porter2), which queries and the index both rely on.
 */
class TermScannerTest {

    private static final String[] PIECES = {
        "the",
        "Caching",
        "indexes",
        "databases",
        "responses",
        "ÉCOLE",
        "naïve",
        "café",
        "ﬁle",
        "½",
        "C++",
        "C#",
        "日本語",
        "データ",
        "🚀",
        "straße",
        "İstanbul",
        "ǅemal",
        "under",
        "Which",
        "classes",
        "boxes",
        "status",
        "analysis",
        "quickly",
        "used",
        "ties",
        "ing",
        "e",
        "ss",
        "x",
        "42",
        "v1.2.3",
        "**bold**",
        "`code`",
        "\u200B",
        "\uFFFD",
        "—",
        "\t",
        "\n",
        " ",
        "-",
        "_",
        "'s",
        "ａｂｃ",
        "Ⅻ"
    };

    @Test
    void termsEqualThePlainDefinitionOnSeededTexts() {
        Random r = new Random(6);
        for (int i = 0; i < 2_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = r.nextInt(30); k > 0; k--) {
                text.append(r.nextInt(4) == 0 ? randomChars(r) : PIECES[r.nextInt(PIECES.length)]);
                text.append(" ,.;\n".charAt(r.nextInt(5)));
            }
            assertEquals(plainTerms(text.toString()), Words.terms(text.toString()), text::toString);
        }
    }

    @Test
    void malformedBytesBreakWordsAndNeverFail() {
        byte[] bytes = "abc\u00e9def".getBytes(StandardCharsets.UTF_8);
        byte[] broken = {'a', 'b', 'c', (byte) 0xC3, 'd', 'e', 'f', (byte) 0xF0, (byte) 0x9F, 'x', 'y', 'z', 'q'};
        assertEquals(List.of("abcedef"), scan(bytes));
        assertEquals(List.of("abc", "def", "xyzq"), scan(broken));
    }

    @Test
    void wordsLongerThanAnyBufferAreKeptWhole() {
        String longWord = "ab".repeat(5_000);
        assertEquals(List.of("x", longWord, "y"), scan(("x " + longWord + " y").getBytes(StandardCharsets.UTF_8)));
        String mixed = "é".repeat(300) + "a".repeat(300);
        assertEquals(plainTerms(mixed + " " + mixed), Words.terms(mixed + " " + mixed));
    }

    @Test
    void stemmingJoinsWordForms() {
        assertEquals(
                List.of("cach", "cach", "index", "index", "queri", "queri", "class", "box", "run", "run", "spring"),
                Words.terms("caching cache indexes indexing queries query classes boxes running runs spring"));
    }

    private static List<String> scan(byte[] bytes) {
        List<String> out = new ArrayList<>();
        new TermScanner().scan(bytes, 0, bytes.length, (w, n, h) -> {
            assertEquals(new String(w, 0, n).hashCode(), h);
            out.add(new String(w, 0, n));
        });
        return out;
    }

    private static String randomChars(Random r) {
        StringBuilder s = new StringBuilder();
        for (int k = 1 + r.nextInt(8); k > 0; k--) {
            int cp = switch (r.nextInt(4)) {
                case 0 -> 'a' + r.nextInt(26);
                case 1 -> 'A' + r.nextInt(26);
                case 2 -> 0x80 + r.nextInt(0x3000);
                default -> r.nextInt(0x11000);
            };
            if (Character.isValidCodePoint(cp)) {
                s.appendCodePoint(cp);
            }
        }
        return s.toString();
    }

    /** The definition: normalise, split, drop stop words, stem with string operations. */
    private static List<String> plainTerms(String text) {
        List<String> out = new ArrayList<>();
        String n = Words.normalise(text);
        if (n.isEmpty()) {
            return out;
        }
        for (String w : n.split(" ")) {
            if (!Words.STOP_WORDS.contains(w)) {
                out.add(stem(w));
            }
        }
        return out;
    }

    /** Porter2 as Apache Lucene's Snowball English stemmer has it. */
    private static String stem(String w) {
        org.tartarus.snowball.ext.EnglishStemmer s = new org.tartarus.snowball.ext.EnglishStemmer();
        s.setCurrent(w);
        s.stem();
        return s.getCurrent();
    }
}
