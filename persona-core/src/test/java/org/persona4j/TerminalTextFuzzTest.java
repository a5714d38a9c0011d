package org.persona4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/** Whatever the text, no character a terminal acts on survives escaping, and escaping twice changes nothing more. */
// A quadratic regression fails here rather than passing slowly.
@org.junit.jupiter.api.Timeout(value = 2, unit = java.util.concurrent.TimeUnit.MINUTES)
class TerminalTextFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void noControlCharacterSurvives(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8) + new String(data, StandardCharsets.UTF_16LE);
        String line = TerminalText.escape(text);
        assertFalse(line.codePoints().anyMatch(TerminalText::needsEscape), line);
        String lines = TerminalText.escapeLines(text);
        assertFalse(lines.codePoints().anyMatch(cp -> cp != '\n' && TerminalText.needsEscape(cp)), lines);
        assertEquals(line, TerminalText.escape(line), "escaping is idempotent");
    }
}
