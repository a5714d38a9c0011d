package org.persona4j.validation.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.persona4j.Diagnostic;
import org.persona4j.Severity;
import org.persona4j.SourceSpan;

/**
 * Any text gives directives without an exception, and a code is suppressed only when the text names it after a
 * directive; the parser reads each character a bounded number of times, so no text makes it slow.
 */
// A quadratic regression fails here rather than passing slowly.
@org.junit.jupiter.api.Timeout(value = 2, unit = java.util.concurrent.TimeUnit.MINUTES)
class SuppressionsFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void anyTextGivesDirectivesThatItHolds(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        Suppressions s = Suppressions.of(text);
        for (String code : new String[] {"text.bidi-control", "metadata.placeholder", "a", "x-y"}) {
            for (int line = 1; line <= 4; line++) {
                Diagnostic d = new Diagnostic(Severity.WARNING, code, "m", "f.md", SourceSpan.at(line, 1));
                if (s.suppresses(d)) {
                    assertTrue(text.contains("persona-lint-disable") && text.contains(code), code + " in " + text);
                }
            }
        }
    }
}
