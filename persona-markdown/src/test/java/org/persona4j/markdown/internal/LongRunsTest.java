package org.persona4j.markdown.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The quick counts that let most bodies skip the line scan never skip one the scan would change: for bodies built
 * near every limit, breaking up gives what the full scan gives.
 */
class LongRunsTest {

    private static final String[] LINES = {
        "[a]: /b", "| a | b |", "text &amp; more", "plain words", "", "```", "  [x]: y", "&", "|", "x"
    };

    @Test
    void theQuickCountsNeverSkipABodyTheScanWouldChange() {
        Random r = new Random(5);
        int changed = 0;
        for (int i = 0; i < 400; i++) {
            StringBuilder s = new StringBuilder();
            for (int g = 1 + r.nextInt(4); g > 0; g--) {
                String line = LINES[r.nextInt(LINES.length)];
                int limit = switch (r.nextInt(4)) {
                    case 0 -> LongRuns.MAX_REFERENCES;
                    case 1 -> LongRuns.MAX_ENTITIES;
                    case 2 -> LongRuns.MAX_TABLE_LINES;
                    default -> LongRuns.MAX_LINES;
                };
                for (int k = limit - 2 + r.nextInt(5); k > 0; k--) {
                    s.append(line).append('\n');
                }
            }
            String body = s.toString();
            LongRuns.Result quick = LongRuns.breakUp(body);
            LongRuns.Result full = LongRuns.scan(body);
            assertEquals(full, quick, () -> body.length() + " chars starting " + body.substring(0, 40));
            changed += full.blanked() + full.hidden() > 0 ? 1 : 0;
        }
        int seen = changed;
        org.junit.jupiter.api.Assertions.assertTrue(seen > 50 && seen < 350, () -> seen + " of 400 bodies changed");
    }
}
