package org.persona4j.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.persona4j.Diagnostic;
import org.persona4j.Severity;

/** One fixture per class of hidden text in docs/SECURITY.md, flagged where it is, with its code point and name. */
class HiddenCharacterTest {

    private static final Path FIXTURES = Path.of("src", "test", "resources", "hidden");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "bidi-control.md,       text.bidi-control,       ERROR,   23, U+202E RIGHT-TO-LEFT OVERRIDE",
        "bidi-isolate.md,       text.bidi-control,       ERROR,   12, U+2067 RIGHT-TO-LEFT ISOLATE",
        "tag-characters.md,     text.tag-character,      ERROR,   12, U+E0049 TAG LATIN CAPITAL LETTER I",
        "control-escape.md,     text.control-character,  ERROR,    8, U+001B",
        "control-c1.md,         text.control-character,  ERROR,   10, U+0085",
        "zero-width-space.md,   text.zero-width,         WARNING,  7, U+200B ZERO WIDTH SPACE",
        "direction-mark.md,     text.direction-mark,     WARNING,  6, U+200E LEFT-TO-RIGHT MARK",
        "variation-selector.md, text.variation-selector, WARNING,  8, U+FE0F VARIATION SELECTOR-16",
        "private-use.md,        text.private-use,        WARNING,  7, U+E000",
        "html-comment.md,       text.html-comment,       WARNING, 15, HTML comment",
    })
    void everyClassOfHiddenTextIsFlaggedAtItsPosition(
            String fixture, String code, Severity severity, int column, String named) throws IOException {
        List<Diagnostic> all = lint(fixture);
        List<Diagnostic> found = LintTesting.withCode(all, code);
        assertTrue(!found.isEmpty(), () -> code + " not reported for " + fixture + ": " + all);
        Diagnostic first = found.get(0);
        assertEquals(severity, first.severity());
        assertEquals(6, first.line());
        assertEquals(column, first.column());
        assertTrue(first.message().contains(named), first.message());
    }

    @Test
    void anHtmlCommentInCodeIsCodeWhereverTheMarkdownReaderSaysCodeIs() throws IOException {
        // Fenced with backticks and tildes, and indented: the reader's code areas, not a fence tracker of the rule's.
        assertEquals(List.of(), LintTesting.withCode(lint("html-comment-in-code.md"), "text.html-comment"));
    }

    @Test
    void realMultilingualAndEmojiTextIsNotFlagged() throws IOException {
        List<Diagnostic> found = lint("multilingual.md");
        assertEquals(
                List.of(),
                found.stream().filter(d -> d.code().startsWith("text.")).toList());
    }

    @Test
    void theTextReportShowsHiddenCharactersInsteadOfPrintingThem() throws IOException {
        String report = LintReports.text(LintTesting.REFERENCE.lint(List.of(FIXTURES.resolve("bidi-control.md"))));
        assertTrue(report.contains("<U+202E>"), report);
        assertTrue(!report.contains("\u202E"), "the report must not carry the control itself");
    }

    private static List<Diagnostic> lint(String fixture) throws IOException {
        return LintTesting.lint(Files.readString(FIXTURES.resolve(fixture)));
    }
}
