package org.persona4j.validation.internal;

import java.util.ArrayList;
import java.util.List;
import org.persona4j.Persona;
import org.persona4j.SourceSpan;
import org.persona4j.model.Section;
import org.persona4j.model.TextRange;

/**
 * Where a persona's body holds code (fenced and indented blocks, code spans), in file lines and code-point columns,
 * in file order: what the Markdown reader found, so that a directive written in a code example stays text.
 */
final class CodeAreas {

    private CodeAreas() {}

    static List<SourceSpan> of(Persona persona) {
        List<SourceSpan> out = new ArrayList<>();
        int preambleLine = persona.body().preambleLine();
        if (preambleLine > 0) {
            add(persona.body().preamble(), preambleLine, persona.body().preambleCode(), out);
        }
        for (Section s : persona.body().sections()) {
            add(s.text(), s.textLine(), s.code(), out);
        }
        out.sort((a, b) -> a.startLine() != b.startLine()
                ? Integer.compare(a.startLine(), b.startLine())
                : Integer.compare(a.startColumn(), b.startColumn()));
        return out;
    }

    /** The ranges of a text that starts on a file line, in one pass over it (ranges come in order). */
    private static void add(String text, int firstLine, List<TextRange> ranges, List<SourceSpan> out) {
        int line = firstLine;
        int column = 1;
        int at = 0;
        for (TextRange r : ranges) {
            int start = Math.max(0, Math.min(r.start(), text.length()));
            int end = Math.max(start, Math.min(r.end(), text.length()));
            if (start < at) {
                continue; // out of order or overlapping: the walk only goes forward
            }
            int[] from = advance(text, at, start, line, column);
            int[] to = advance(text, start, end, from[0], from[1]);
            out.add(new SourceSpan(from[0], from[1], to[0], to[1]));
            at = end;
            line = to[0];
            column = to[1];
        }
    }

    private static int[] advance(String text, int from, int to, int line, int column) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '\n') {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(c)) {
                column++;
            }
        }
        return new int[] {line, column};
    }
}
