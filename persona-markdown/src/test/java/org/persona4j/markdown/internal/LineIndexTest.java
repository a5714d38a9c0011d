package org.persona4j.markdown.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Lines and code-point columns equal the plain definition at every offset, surrogate pairs and broken ones too,
 * whether positions are asked for in file order or in any other.
 */
class LineIndexTest {

    private static final String[] PIECES = {
        "a", "é", "日", "🚀", "👩‍💻", "\n", "\n\n", " ", "\uD83D", "\uDE80", "x\uD83Dy"
    };

    @Test
    void everyOffsetHasThePlainLineAndColumn() {
        Random r = new Random(9);
        for (int i = 0; i < 2_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int k = r.nextInt(30); k > 0; k--) {
                s.append(PIECES[r.nextInt(PIECES.length)]);
            }
            String text = s.toString();
            int firstLine = 1 + r.nextInt(5);
            LineIndex index = new LineIndex(text, firstLine);
            LineIndex shuffled = new LineIndex(text, firstLine);
            java.util.List<Integer> order = new java.util.ArrayList<>();
            for (int offset = 0; offset <= text.length(); offset++) {
                order.add(offset);
            }
            java.util.Collections.shuffle(order, r);
            for (int offset : order) {
                int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
                int at = offset;
                assertEquals(
                        firstLine
                                + (int) text.substring(0, offset)
                                        .chars()
                                        .filter(c -> c == '\n')
                                        .count(),
                        shuffled.line(offset),
                        () -> text + " @" + at);
                assertEquals(
                        text.codePointCount(lineStart, offset) + 1, shuffled.column(offset), () -> text + " @" + at);
            }
            for (int offset = 0; offset <= text.length(); offset++) {
                int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
                int line = firstLine
                        + (int) text.substring(0, offset)
                                .chars()
                                .filter(c -> c == '\n')
                                .count();
                int column = text.codePointCount(lineStart, offset) + 1;
                int at = offset;
                assertEquals(line, index.line(offset), () -> text + " @" + at);
                assertEquals(column, index.column(offset), () -> text + " @" + at);
            }
        }
    }
}
