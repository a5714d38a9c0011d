package org.persona4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SourceSpanTest {

    @Test
    void spansAreOneBasedAndEndExclusive() {
        SourceSpan span = new SourceSpan(3, 1, 3, 5);
        assertEquals(3, span.startLine());
        assertEquals("3:1-3:5", span.toString());
    }

    @Test
    void invalidSpansAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SourceSpan(0, 1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new SourceSpan(2, 1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new SourceSpan(1, 5, 1, 4));
    }

    @Test
    void wholeLinesEndAtTheStartOfTheNextLine() {
        assertEquals(new SourceSpan(2, 1, 5, 1), SourceSpan.lines(2, 4));
    }
}
