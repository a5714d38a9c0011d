package org.persona4j.markdown;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.persona4j.Diagnostic;
import org.persona4j.Persona;
import org.persona4j.Personas;
import org.persona4j.ReadResult;

/**
 * A megabyte of lines that flexmark-java asks every block parser about, each of which copies out the paragraph so far:
 * table rows, lines led by {@code =}, {@code #}, {@code <}, a digit or a backtick, and any line inside a quote, nested
 * or not. Before runs were bounded by their cost over the whole body, each took from 6 s to minutes; each now parses,
 * keeps its text and says what the parser was spared, or is refused by the work budget.
 */
@Tag("adversarial")
class HostileMarkdownRunsTest {

    private static final int MIB = 1 << 20;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "|b|\n",
                "|\n",
                "=b\n",
                "-b\n",
                "#b\n",
                "<b\n",
                "1b\n",
                "+b\n",
                "`b\n",
                ":b\n",
                "> =b\n",
                "> a\n> =b\n",
                "> > > > =b\n",
                "- a\n  b\n  =c\n",
                "> a\n"
            })
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aMegabyteOfLinesTheParserAsksAboutIsReadWithItsTextKept(String line) {
        String head = "---\ntitle: Dense\n---\n## Role Summary\n\nX.\n\n## Knowledge\n\n";
        String body = line.repeat((MIB - head.length()) / line.length());
        ReadResult r = Personas.parse(head + body, "dense.md");
        Persona p = r.expectPersona();
        if (r.diagnostics().stream().anyMatch(d -> d.code().equals("markdown.work-budget"))) {
            return; // the other defence: inline work past the budget (a megabyte of code-span openers) is refused
        }
        assertTrue(
                r.diagnostics().stream().noneMatch(Diagnostic::isError),
                r.diagnostics().toString());
        assertTrue(
                p.sections().get(1).text().length() >= body.strip().length() - 2,
                "the section keeps every character of its text");
    }
}
