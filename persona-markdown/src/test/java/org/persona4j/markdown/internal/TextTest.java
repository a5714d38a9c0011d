package org.persona4j.markdown.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written text operations equal their plain definitions. */
class TextTest {

    private static final String ALPHABET = "ab \t\n\u000B\f\r\u2003\u00A0x.";

    @Test
    void collapseEqualsStripThenOneSpacePerRegexWhitespaceRun() {
        Random r = new Random(5);
        for (int i = 0; i < 5_000; i++) {
            String s = random(r);
            assertEquals(s.strip().replaceAll("\\s+", " "), Text.collapse(s), () -> s.replace("\n", "\\n"));
        }
    }

    @Test
    void dedentLeavesTextWithoutIndentedLinesAlone() {
        assertEquals("a\nb\n\nc", Text.dedent("a\nb\n\nc"));
        assertEquals("a\nb\n c", Text.dedent("a\n  b\n   c"));
        assertEquals("a\n  \nb", Text.dedent("a\n  \nb"));
    }

    private static String random(Random r) {
        StringBuilder s = new StringBuilder();
        for (int k = r.nextInt(12); k > 0; k--) {
            s.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }
}
