package org.persona4j.validation.internal;

import java.util.Locale;
import org.persona4j.Severity;
import org.persona4j.SourceSpan;
import org.persona4j.validation.Findings;
import org.persona4j.validation.LintRule;
import org.persona4j.validation.LintTarget;

/**
 * {@code text.trailing-whitespace}: spaces and tabs at the end of a line, reported only where removing them cannot
 * change what the file means, so that {@code --fix} can remove them. Left alone: a Markdown hard line break (two or
 * more spaces before a line that goes on with the paragraph), a backslash before the whitespace (an escaped space
 * in YAML, a literal backslash in Markdown), fenced and indented code, the content of raw HTML blocks that keep
 * their text as written ({@code <pre>}, {@code <script>}, {@code <style>}, {@code <textarea>}), YAML block scalars
 * ({@code |}, {@code >}), which keep trailing spaces, and the front-matter fences themselves. The rule is off unless
 * configured: trailing whitespace is harmless to a model, and a third of the files in the wild have some.
 */
public final class TrailingWhitespace implements LintRule {

    /** The rule's code. */
    public static final String CODE = "text.trailing-whitespace";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.INFO;
    }

    @Override
    public String description() {
        return "no line ends in spaces or tabs that mean nothing (hard line breaks, code and YAML block scalars aside)";
    }

    @Override
    public String help() {
        return "Remove the spaces and tabs at the end of the line, or run persona lint --fix. The rule is off "
                + "unless .persona-lint.yaml or --rule gives it a level; it never reports whitespace that "
                + "means something: a Markdown hard line break, code, or a YAML block scalar.";
    }

    @Override
    public boolean onByDefault() {
        return false;
    }

    @Override
    public void check(LintTarget target, Findings findings) {
        String text = target.text();
        if (text.indexOf(" \n") < 0 && text.indexOf("\t\n") < 0 && !text.endsWith(" ") && !text.endsWith("\t")) {
            return; // most files have none
        }
        int lines = target.lineCount();
        int n = 1;
        if (lines > 0 && isFence(target.line(1))) {
            n = frontMatter(target, findings, lines);
        }
        body(target, findings, n, lines);
    }

    /** Checks the front matter from line 2; returns the first line of the body. */
    private static int frontMatter(LintTarget target, Findings findings, int lines) {
        int blockIndent = -1; // the indentation of the key that opened a block scalar, or -1 outside one
        for (int n = 2; n <= lines; n++) {
            String line = target.line(n);
            String stripped = line.strip();
            String closing = line.stripTrailing();
            if (closing.equals("---") || closing.equals("...")) {
                return n + 1; // the fence is left alone, as the reader allows spaces after it
            }
            int indent = indent(line);
            if (blockIndent >= 0) {
                if (stripped.isEmpty() || indent > blockIndent) {
                    continue; // content of the block scalar, whose spaces are kept
                }
                blockIndent = -1;
            }
            if (opensBlockScalar(stripped)) {
                blockIndent = indent;
            }
            report(findings, n, line);
        }
        return lines + 1;
    }

    private static void body(LintTarget target, Findings findings, int from, int lines) {
        char fence = 0;
        int fenceLength = 0;
        String htmlEnd = null;
        boolean previousIndentedCode = false;
        for (int n = from; n <= lines; n++) {
            String line = target.line(n);
            String stripped = line.stripLeading();
            int indent = indent(line);
            if (fence != 0) {
                int marker = run(stripped);
                if (marker >= fenceLength
                        && indent < 4
                        && stripped.charAt(0) == fence
                        && stripped.strip().length() == marker) {
                    fence = 0;
                }
                continue;
            }
            if (htmlEnd != null) {
                if (line.toLowerCase(Locale.ROOT).contains(htmlEnd)) {
                    htmlEnd = null;
                }
                continue;
            }
            if (stripped.isBlank()) {
                if (!previousIndentedCode && indent < 4) {
                    report(findings, n, line);
                }
                continue;
            }
            if (indent >= 4) {
                previousIndentedCode = true; // indented code, or a nested list's text: left as it is
                continue;
            }
            previousIndentedCode = false;
            int marker = run(stripped);
            if (marker >= 3 && (stripped.charAt(0) == '`' || stripped.charAt(0) == '~')) {
                fence = stripped.charAt(0);
                fenceLength = marker;
                continue;
            }
            String opened = rawHtmlEnd(stripped);
            if (opened != null) {
                if (!stripped.toLowerCase(Locale.ROOT).contains(opened)) {
                    htmlEnd = opened;
                }
                continue;
            }
            if (isHardBreak(line, stripped, n < lines ? target.line(n + 1) : "")) {
                continue;
            }
            report(findings, n, line);
        }
    }

    /** Reports the trailing spaces and tabs of a line, unless a backslash escapes the first of them. */
    private static void report(Findings findings, int n, String line) {
        int end = line.length();
        int start = end;
        while (start > 0 && (line.charAt(start - 1) == ' ' || line.charAt(start - 1) == '\t')) {
            start--;
        }
        if (start == end || (start > 0 && line.charAt(start - 1) == '\\')) {
            return;
        }
        int count = end - start;
        findings.report(
                SourceSpan.at(n, line.codePointCount(0, start) + 1),
                count + (count == 1 ? " space or tab" : " spaces or tabs") + " at the end of the line; remove "
                        + (count == 1 ? "it" : "them"));
    }

    /**
     * Whether the line's trailing spaces may make a hard line break: two or more spaces before a line that goes on
     * with the paragraph. They do not before a blank line, after a heading, or before a line that starts a block of
     * its own at no deeper indentation (a list item, a heading, a quote, a fence, a thematic break or setext
     * underline), since a hard break never ends a block.
     */
    private static boolean isHardBreak(String line, String stripped, String next) {
        if (!line.endsWith("  ") || next.isBlank() || isHeading(stripped)) {
            return false;
        }
        return indent(next) > indent(line) || !startsBlock(next.stripLeading());
    }

    private static boolean isHeading(String stripped) {
        int hashes = stripped.isEmpty() || stripped.charAt(0) != '#' ? 0 : run(stripped);
        return hashes >= 1 && hashes <= 6 && (stripped.length() == hashes || stripped.charAt(hashes) == ' ');
    }

    /** Whether a line, without its indentation, opens a block that ends the paragraph before it. */
    private static boolean startsBlock(String s) {
        char c = s.charAt(0);
        if (isHeading(s) || c == '>') {
            return true;
        }
        if ((c == '`' || c == '~') && run(s) >= 3) {
            return true;
        }
        if ((c == '-' || c == '*' || c == '_' || c == '=')
                && s.strip().replace(" ", "").chars().allMatch(ch -> ch == c)
                && s.strip().length() >= (c == '=' ? 1 : 3)) {
            return true; // a thematic break, or a setext underline that makes the line before a heading
        }
        if ((c == '-' || c == '*' || c == '+')
                && s.length() > 2
                && s.charAt(1) == ' '
                && !s.substring(2).isBlank()) {
            return true; // a bullet item with text, which may interrupt a paragraph
        }
        // An ordered item interrupts a paragraph only when it starts at 1.
        return (s.startsWith("1. ") || s.startsWith("1) ")) && !s.substring(3).isBlank();
    }

    /** Whether a front-matter line's value opens a block scalar: {@code key: |}, {@code - >-}, {@code key: |2 # c}. */
    private static boolean opensBlockScalar(String stripped) {
        String value = stripped;
        int comment = value.indexOf(" #");
        if (comment >= 0) {
            value = value.substring(0, comment).strip();
        }
        int at = value.length() - 1;
        while (at >= 0 && (Character.isDigit(value.charAt(at)) || value.charAt(at) == '+' || value.charAt(at) == '-')) {
            at--;
        }
        if (at < 0 || (value.charAt(at) != '|' && value.charAt(at) != '>')) {
            return false;
        }
        return at == 0 || value.charAt(at - 1) == ' ';
    }

    /** For a line opening an HTML block that keeps its text, the closing tag; else {@code null}. */
    private static String rawHtmlEnd(String stripped) {
        if (stripped.isEmpty() || stripped.charAt(0) != '<') {
            return null;
        }
        String lower = stripped.toLowerCase(Locale.ROOT);
        for (String tag : new String[] {"pre", "script", "style", "textarea"}) {
            if (lower.startsWith(tag, 1)
                    && (lower.length() == tag.length() + 1 || " >\t".indexOf(lower.charAt(tag.length() + 1)) >= 0)) {
                return "</" + tag + ">";
            }
        }
        return null;
    }

    /** The opening fence of front matter, as the reader finds it: {@code ---} at the start, spaces after it. */
    private static boolean isFence(String line) {
        return line.stripTrailing().equals("---");
    }

    /** The width of a line's leading whitespace, a tab counting to the next multiple of four. */
    private static int indent(String line) {
        int width = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                width++;
            } else if (c == '\t') {
                width += 4 - width % 4;
            } else {
                break;
            }
        }
        return width;
    }

    /** How many times the first character repeats at the start. */
    private static int run(String s) {
        int n = 0;
        while (n < s.length() && s.charAt(n) == s.charAt(0)) {
            n++;
        }
        return n;
    }
}
