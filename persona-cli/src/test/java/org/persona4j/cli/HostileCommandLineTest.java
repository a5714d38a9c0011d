package org.persona4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input, round 2, through the whole command (docs/SECURITY.md): terminal output stays inert, nothing is lost
 * silently, and links are followed where a person named them.
 */
@Tag("adversarial")
@Timeout(value = 120, unit = TimeUnit.SECONDS) // a hang fails the test rather than the build
class HostileCommandLineTest {

    /** A title with an OSC sequence, a screen clear and a bidi override, written as YAML escapes. */
    private static final String HOSTILE_TITLE = "Evil\\e]0;pwned\\a\\e[2J\\u202Eoof";

    @Test
    void nothingFromAFileReachesTheTerminalRaw(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("x\u001B[31mred\nforged.md:1:1: error fake.md");
        try {
            Files.writeString(
                    file,
                    "---\ntitle: \"" + HOSTILE_TITLE + "\"\nversion: 1.0.0\n---\n## Role Summary\n"
                            + "Fine \u001B[5m blink.\n");
        } catch (java.nio.file.InvalidPathException | IOException e) {
            file = Files.writeString(
                    dir.resolve("plain.md"),
                    "---\ntitle: \"" + HOSTILE_TITLE
                            + "\"\nversion: 1.0.0\n---\n## Role Summary\nFine \u001B[5m blink.\n");
        }
        for (List<String> args : List.of(
                List.of("show", file.toString()),
                List.of("lint", dir.toString()),
                List.of("query", dir.toString(), "--explain"),
                List.of("show", dir.resolve("missing\u001B[2J").toString()))) {
            ShowCommandTest.Run run = ShowCommandTest.persona(args.toArray(new String[0]));
            for (String shown : List.of(run.out(), run.err())) {
                assertFalse(shown.chars().anyMatch(c -> c == 0x1B || c == 0x07 || c == 0x202E), args + ": " + shown);
            }
            assertTrue((run.out() + run.err()).contains("<U+001B>"), args + ": " + run.out() + run.err());
        }
    }

    @Test
    void theJsonFormsStayExact(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(
                dir.resolve("a.md"), "---\ntitle: \"" + HOSTILE_TITLE + "\"\n---\n" + "## Role Summary\nFine.\n");
        ShowCommandTest.Run run = ShowCommandTest.persona("show", file.toString(), "--format", "json");
        assertTrue(run.out().contains("\\u001B]0;pwned\\u0007"), run.out());
    }

    @Test
    void noCommandIsAUsageError() {
        ShowCommandTest.Run run = ShowCommandTest.persona();
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("Usage"), run.err());
    }

    @Test
    void outputThatCannotBeWrittenIsAnIoError() {
        Writer broken = new Writer() {
            @Override
            public void write(char[] chars, int off, int len) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void flush() throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void close() {}
        };
        StringWriter err = new StringWriter();
        int exit = PersonaCommand.run(
                new String[] {"show", "code-reviewer"}, new PrintWriter(broken), new PrintWriter(err));
        assertEquals(2, exit, err.toString());
        assertTrue(err.toString().contains("could not be written"), err.toString());
    }

    @Test
    void aLinkToADirectoryNamedOnTheCommandLineIsLintedAsThatDirectory(@TempDir Path dir) throws IOException {
        Path real = Files.createDirectories(dir.resolve("real"));
        Files.writeString(real.resolve("a.md"), "---\ntitle: A\nversion: 1.0.0\n---\n## Role Summary\nA.\n");
        Path link = dir.resolve("link");
        try {
            Files.createSymbolicLink(link, real);
        } catch (UnsupportedOperationException | IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no symbolic links on this file system: " + e);
            return;
        }
        ShowCommandTest.Run run = ShowCommandTest.persona("lint", link.toString(), "--profile", "permissive");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("1 file linted"), run.out());
    }
}
