package org.persona4j.markdown.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The quick counts that let most bodies skip the line scan never skip one the scan would change: for bodies built
 * near every limit, breaking up gives what the full scan gives.
 */
class LongRunsTest {

    private static final String[] LINES = {
        "[a]: /b", "| a | b |", "text &amp; more", "plain words", "", "```", "  [x]: y", "&", "|", "x", "=b", "1b", "<b"
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

    @Test
    void aRunOfMarkedLinesIsBrokenWhereItsCostPassesTheBoundAndListsAndProseAreLeftWhole() {
        assertEquals(1, LongRuns.scan("=b\n".repeat(1001)).blanked(), "1,000 marked lines cost 500,500");
        assertEquals(0, LongRuns.scan("=b\n".repeat(1000)).blanked());
        assertEquals(0, LongRuns.scan("- item\n".repeat(4_000)).blanked(), "each item is a paragraph of its own");
        assertEquals(0, LongRuns.scan("plain words\n".repeat(4_000)).blanked(), "letters lead: no block is asked");
        assertEquals(1, LongRuns.scan("> plain words\n".repeat(1001)).blanked(), "in a quote every line is asked");
        // Past the body's budget, runs are cut short: sixteen 1,000-line runs fit, the rest are broken often.
        String runs = ("=b\n".repeat(1000) + "\n").repeat(40);
        int blanked = LongRuns.scan(runs).blanked();
        assertTrue(blanked > 24 * 20 && blanked < 24 * 1000, () -> blanked + " lines blanked");
    }
}
