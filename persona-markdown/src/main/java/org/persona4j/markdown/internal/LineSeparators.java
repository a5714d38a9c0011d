package org.persona4j.markdown.internal;

import java.util.ArrayList;
import java.util.List;
import org.persona4j.Diagnostic;
import org.persona4j.DiagnosticCodes;
import org.persona4j.SourceSpan;
import org.persona4j.TerminalText;

/**
 * Line separators (U+2028), paragraph separators (U+2029) and next-line characters (U+0085) in front matter: line
 * breaks to YAML, one line to an editor, a diff view or a terminal, so {@code description: Helps\u2028tools: Bash}
 * hides a key. The front matter is read as YAML reads it, so the text's lines are YAML's: each such character in the
 * front matter becomes a line break before anything counts lines, and is reported where it stood
 * ({@code front-matter.line-separator}), with what follows it.
 */
final class LineSeparators {

    private LineSeparators() {}

    static boolean isSeparator(char c) {
        return c == '\u2028' || c == '\u2029' || c == '\u0085';
    }

    /** Whether UTF-8 bytes hold one of the three (E2 80 A8, E2 80 A9, C2 85). */
    static boolean inBytes(byte[] b, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            if ((b[i] & 0xFF) == 0xC2 && (b[i + 1] & 0xFF) == 0x85) {
                return true;
            }
            if (i + 2 < to
                    && (b[i] & 0xFF) == 0xE2
                    && (b[i + 1] & 0xFF) == 0x80
                    && ((b[i + 2] & 0xFF) == 0xA8 || (b[i + 2] & 0xFF) == 0xA9)) {
                return true;
            }
        }
        return false;
    }

    /** The most findings one file gets; the rest are counted in the last. */
    private static final int MAX_REPORTED = 20;

    /**
     * The decoded text with each separator of its front matter (the lines from an opening {@code ---} to the closing
     * one, lines split as YAML splits them) made a line break, and a finding for each.
     */
    static DecodedText inFrontMatter(DecodedText decoded, String label) {
        String text = decoded.text();
        if (!(text.startsWith("---\n")
                || text.startsWith("---\u2028")
                || text.startsWith("---\u2029")
                || text.startsWith("---\u0085"))) {
            return decoded;
        }
        int end = closingLineEnd(text);
        boolean any = false;
        for (int i = 0; i < end; i++) {
            if (isSeparator(text.charAt(i))) {
                any = true;
                break;
            }
        }
        if (!any) {
            return decoded;
        }
        StringBuilder out = new StringBuilder(text);
        List<Diagnostic> found = new ArrayList<>(decoded.diagnostics());
        int line = 1;
        int column = 1;
        int reported = 0;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (isSeparator(c)) {
                out.setCharAt(i, '\n');
                if (reported++ < MAX_REPORTED) {
                    found.add(DiagnosticCodes.FRONT_MATTER_LINE_SEPARATOR.at(
                            label, SourceSpan.at(line, column), message(c, text, i + 1)));
                }
            }
            if (c == '\n' || isSeparator(c)) {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(c)) {
                column++;
            }
        }
        if (reported > MAX_REPORTED) {
            found.add(DiagnosticCodes.FRONT_MATTER_LINE_SEPARATOR.at(
                    label,
                    SourceSpan.at(1, 1),
                    (reported - MAX_REPORTED) + " more line separators in the front matter were not listed"));
        }
        return new DecodedText(out.toString(), found, decoded.bytes(), decoded.bodyFrom());
    }

    private static String message(char c, String text, int next) {
        String name = c == '\u2028'
                ? "U+2028 LINE SEPARATOR"
                : c == '\u2029' ? "U+2029 PARAGRAPH SEPARATOR" : "U+0085 NEXT LINE";
        int end = next;
        while (end < text.length() && end - next < 40 && text.charAt(end) != '\n' && !isSeparator(text.charAt(end))) {
            end++;
        }
        String after = text.substring(next, end).strip();
        return name + " in the front matter: YAML reads it as a line break, but editors, diff views and terminals "
                + "show one line"
                + (after.isEmpty() ? "" : ", so '" + TerminalText.escape(after) + "' after it is read unseen")
                + "; persona4j reads it as YAML does. Replace it with a line break (persona lint --fix does)";
    }

    /** Where the line that closes the front matter ends, lines split as YAML splits them; 0 when none does. */
    private static int closingLineEnd(String text) {
        int at = 4; // after "---" and its break
        while (at < text.length()) {
            int end = at;
            while (end < text.length() && text.charAt(end) != '\n' && !isSeparator(text.charAt(end))) {
                end++;
            }
            String line = text.substring(at, end).stripTrailing();
            if (line.equals("---") || line.equals("...")) {
                return end;
            }
            at = end + 1;
        }
        return 0; // unclosed: the whole file is the body, and the body's separators are the text rules' to report
    }
}
