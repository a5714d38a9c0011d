package org.persona4j.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The search's Porter2 stemmer gives, word for word, what the Snowball English stemmer of Apache Lucene gives: over
 * every word of the shared corpus, and over words made of English endings at random.
 */
class EnglishStemmerTest {

    private static String ours(String word) {
        char[] w = word.toCharArray();
        return new String(w, 0, EnglishStemmer.stem(w, w.length));
    }

    private static String lucenes(String word) {
        org.tartarus.snowball.ext.EnglishStemmer s = new org.tartarus.snowball.ext.EnglishStemmer();
        s.setCurrent(word);
        s.stem();
        return s.getCurrent();
    }

    @Test
    void wordsThatOnlyLookSuffixedStayWholeAndFormsOfOneWordMeet() {
        assertEquals("spring", ours("spring"));
        assertEquals("string", ours("string"));
        assertEquals("game", ours("game"));
        assertEquals("run", ours("running"));
        assertEquals("run", ours("runs"));
        assertEquals(ours("caching"), ours("cached"));
        assertEquals(ours("migrate"), ours("migration"));
        assertEquals(ours("test"), ours("testing"));
        assertEquals("generous", lucenes("generous"));
    }

    @Test
    void everyWordOfTheSharedCorpusStemsAsLucenesSnowballEnglish() throws IOException {
        Path corpus = Path.of("..", "..", "shared", "corpus");
        Assumptions.assumeTrue(Files.isDirectory(corpus), "the shared corpus is not here: " + corpus);
        TreeSet<String> words = new TreeSet<>();
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path f : files.filter(
                            p -> p.toString().endsWith(".md") || p.toString().endsWith(".mdc"))
                    .toList()) {
                String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
                for (String w : text.split("[^a-z]+")) {
                    if (!w.isEmpty() && w.length() < 40) {
                        words.add(w);
                    }
                }
            }
        }
        assertTrue(words.size() > 10_000, "words: " + words.size());
        assertEquals(List.of(), differences(words));
    }

    @Test
    void wordsMadeOfEnglishEndingsStemAsLucenesSnowballEnglish() {
        String[] stems = {
            "gener", "commun", "hop", "luxuri", "cr", "ti", "sky", "bl", "y", "happ", "relat", "organ", "past",
            "univers", "emerg", "later", "tap", "fizz", "ow", "kn", "a", "e", "ion", "ful", "eed", "proc"
        };
        String[] endings = {
            "", "s", "es", "ies", "ied", "ed", "ing", "ingly", "edly", "eed", "eedly", "ly", "li", "ation", "ational",
            "tional", "ization", "izer", "fulness", "ousness", "iveness", "biliti", "bli", "logi", "ogi", "alism",
            "aliti", "alli", "ousli", "iviti", "fulli", "lessli", "entli", "enci", "anci", "abli", "alize", "icate",
            "iciti", "ative", "ical", "ness", "ful", "ement", "ment", "ance", "ence", "able", "ible", "ant", "ent",
            "ism", "ate", "iti", "ous", "ive", "ize", "sion", "tion", "ion", "al", "er", "ic", "e", "ll", "y", "ay",
            "oy", "sses", "us", "ss", "at", "bl", "iz"
        };
        Random random = new Random(16);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            StringBuilder w = new StringBuilder(stems[random.nextInt(stems.length)]);
            for (int k = random.nextInt(3); k >= 0; k--) {
                w.append(endings[random.nextInt(endings.length)]);
            }
            words.add(w.toString());
        }
        assertEquals(List.of(), differences(words));
    }

    private static List<String> differences(Iterable<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            String expected = lucenes(w);
            String actual = ours(w);
            if (!expected.equals(actual) && out.size() < 40) {
                out.add(w + ": " + expected + " but was " + actual);
            }
        }
        return out;
    }
}
