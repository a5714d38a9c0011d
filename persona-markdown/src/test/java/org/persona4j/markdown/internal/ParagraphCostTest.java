package org.persona4j.markdown.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The cost pre-scan, which finds delimiters with indexOf, counts what a character-by-character scan counts. */
class ParagraphCostTest {

    private static final String[] PIECES = {
        "*",
        "**",
        "_",
        "__",
        "a",
        "word ",
        " ",
        "\n",
        "\n\n",
        "- ",
        "1. ",
        "```",
        "~~~",
        "    ",
        "\t",
        "*a*",
        "_b_",
        "x_y_z",
        "\n```\n",
        "\n- item *x*\n"
    };

    @Test
    void countsEqualACharacterByCharacterScan() {
        Random r = new Random(21);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int k = r.nextInt(60); k > 0; k--) {
                s.append(PIECES[r.nextInt(PIECES.length)]);
            }
            String text = s.toString();
            long limit = r.nextBoolean() ? Long.MAX_VALUE : r.nextInt(50);
            assertEquals(plain(text, limit), ParagraphCost.of(text, limit), () -> text.replace("\n", "\\n"));
        }
    }

    @Test
    void exceedsAgreesWithTheCountForEveryLimit() {
        Random r = new Random(22);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int k = r.nextInt(60); k > 0; k--) {
                s.append(PIECES[r.nextInt(PIECES.length)]);
            }
            String text = s.toString();
            long limit = r.nextInt(80);
            assertEquals(
                    plain(text, Long.MAX_VALUE) > limit,
                    ParagraphCost.exceeds(text, limit),
                    () -> limit + " " + text.replace("\n", "\\n"));
        }
    }

    /** The definition, one character at a time. */
    private static long plain(String text, long limit) {
        long cost = 0;
        long delimiters = 0;
        char fence = 0;
        int fenceLength = 0;
        int pos = 0;
        int n = text.length();
        while (pos < n && cost <= limit) {
            int end = text.indexOf('\n', pos);
            end = end < 0 ? n : end;
            int i = pos;
            while (i < end && i - pos < 4 && text.charAt(i) == ' ') {
                i++;
            }
            int markerLength = 0;
            char c = i < end ? text.charAt(i) : 0;
            if ((c == '`' || c == '~') && i - pos < 4) {
                while (i + markerLength < end && text.charAt(i + markerLength) == c) {
                    markerLength++;
                }
            }
            if (fence != 0) {
                if (c == fence && markerLength >= fenceLength) {
                    fence = 0;
                }
            } else if (markerLength >= 3) {
                fence = c;
                fenceLength = markerLength;
                delimiters = 0;
            } else if (text.substring(pos, end).chars().allMatch(ch -> ch == ' ' || ch == '\t')) {
                delimiters = 0;
            } else {
                if (listItem(text.substring(pos, end))) {
                    delimiters = 0;
                }
                for (int k = pos; k < end; k++) {
                    char d = text.charAt(k);
                    if ((d == '*' || d == '_') && (k == pos || text.charAt(k - 1) != d)) {
                        cost += delimiters++;
                    }
                }
            }
            pos = end + 1;
        }
        return cost;
    }

    private static boolean listItem(String line) {
        return line.strip().matches("(?s)(?:[-*+]|\\d{1,9}[.)])(?:[ \\t].*)?") && !line.isBlank();
    }
}
