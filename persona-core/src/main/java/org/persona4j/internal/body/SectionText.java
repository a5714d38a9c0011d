package org.persona4j.internal.body;

import java.util.Arrays;
import org.persona4j.SourceSpan;
import org.persona4j.model.Block;
import org.persona4j.model.Section;

/**
 * A section's text with the means to turn its offsets into file positions (through an index of its line starts, so
 * that each position costs a binary search) and its ranges into trimmed Markdown.
 */
final class SectionText {

    private final Section section;
    private final String text;
    private final int[] lineStarts;

    SectionText(Section section) {
        this.section = section;
        this.text = section.text();
        int n = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            n++;
        }
        lineStarts = new int[n];
        int k = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            lineStarts[k++] = i + 1;
        }
    }

    String body() {
        return text;
    }

    /** The file span of a range of the text. */
    SourceSpan span(int start, int end) {
        int s = clamp(start);
        int e = Math.max(s, clamp(end));
        int sl = line(s);
        int el = line(e);
        return new SourceSpan(section.textLine() + sl, column(s, sl), section.textLine() + el, column(e, el));
    }

    private int clamp(int offset) {
        return Math.max(0, Math.min(offset, text.length()));
    }

    private int line(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i : -i - 2;
    }

    private int column(int offset, int line) {
        return text.codePointCount(lineStarts[line], offset) + 1;
    }

    /** The offset of the line after the one a block ends on. */
    int afterLine(Block block) {
        int nl = text.indexOf('\n', Math.max(block.start(), block.end() - 1));
        return nl < 0 ? text.length() : nl + 1;
    }

    /** A range as Markdown, without leading blank lines or trailing whitespace. */
    String raw(int start, int end) {
        int s = clamp(start);
        int e = clamp(end);
        return s >= e ? "" : trimBlock(text.substring(s, e));
    }

    /** Without leading blank lines (the first kept line keeps its indent) and without trailing whitespace. */
    static String trimBlock(String s) {
        int start = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\n') {
                start = i + 1;
            } else if (c != ' ' && c != '\t') {
                break;
            }
            i++;
        }
        if (i == s.length()) {
            return "";
        }
        int end = s.length();
        while (end > start && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\t' || s.charAt(end - 1) == '\n')) {
            end--;
        }
        return s.substring(start, end);
    }
}
