package org.persona4j.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * HTML comments by the tens of thousands, in and out of code: the rule's work grows with the comments and the code
 * areas together, not with their product, and a long line of them costs no more than many short ones.
 */
@Tag("adversarial")
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileCommentsTest {

    private static final String HEAD = "---\nname: c\ndescription: Comments.\n---\n## Role Summary\n\n";

    @Test
    void fiftyThousandCommentsInCodeSpansAreCodeAndLintInLinearTime() {
        String body = "`<!-- in code -->` and text\n".repeat(50_000);
        List<org.persona4j.Diagnostic> found = LintTesting.lint(HEAD + body);
        assertEquals(0, LintTesting.withCode(found, "text.html-comment").size());
    }

    @Test
    void oneLongLineOfCommentsIsReportedCommentByComment() {
        String body = "x <!-- c --> ".repeat(20_000) + "\n";
        List<org.persona4j.Diagnostic> found = LintTesting.lint(HEAD + body);
        List<org.persona4j.Diagnostic> comments = LintTesting.withCode(found, "text.html-comment").stream()
                .filter(d -> d.message().startsWith("HTML comment"))
                .sorted(java.util.Comparator.comparingInt(org.persona4j.Diagnostic::column))
                .toList();
        // The linter caps the findings of one code in a file (a note says how many more); the first ones are right.
        org.junit.jupiter.api.Assertions.assertTrue(comments.size() >= 50, "reported: " + comments.size());
        assertEquals(3, comments.get(0).column());
        assertEquals(3 + 13, comments.get(1).column());
    }
}
