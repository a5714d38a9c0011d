package org.persona4j.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The vocabulary gives each distinct word one id and finds it again, as a map of strings would, at every length. */
class VocabularyTest {

    @Test
    void everyWordGetsOneIdAndIsFoundAgainAsAMapOfStringsWould() {
        Random r = new Random(11);
        Vocabulary v = new Vocabulary();
        Map<String, Integer> expected = new HashMap<>();
        char[] alphabet = {'a', 'b', 'c', '\0', 'é', '\uFFFF'};
        for (int i = 0; i < 50_000; i++) {
            char[] w = new char[r.nextInt(13)];
            for (int k = 0; k < w.length; k++) {
                w[k] = alphabet[r.nextInt(alphabet.length)];
            }
            String s = new String(w);
            int id = v.add(w, w.length, Vocabulary.hash(w, w.length));
            assertEquals(expected.computeIfAbsent(s, k -> expected.size()), id, s);
            assertEquals(id, v.find(w, w.length, s.hashCode()));
            assertEquals(s, v.word(id));
        }
        assertEquals(expected.size(), v.size());
        char[] absent = "abcabcabcabcabc".toCharArray();
        assertEquals(-1, v.find(absent, absent.length, Vocabulary.hash(absent, absent.length)));
    }
}
