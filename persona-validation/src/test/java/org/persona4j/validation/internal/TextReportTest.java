package org.persona4j.validation.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class TextReportTest {

    @Test
    void theCaretLinePadsToTheColumnAndShowsInvisibleCharacters() {
        assertArrayEquals(new String[] {"title: x", "       "}, TextReport.shown("title: x", 8));
        // A zero-width space takes the eight columns of its <U+200B>; a tab stays a tab, in the padding too.
        assertArrayEquals(
                new String[] {"a<U+200B>b\tc", " " + " ".repeat(8) + " \t"}, TextReport.shown("a\u200Bb\tc", 5));
        // Text past 400 characters is cut; a column beyond it pads only to the cut.
        assertArrayEquals(new String[] {"é".repeat(400), " ".repeat(400)}, TextReport.shown("é".repeat(500), 450));
    }
}
