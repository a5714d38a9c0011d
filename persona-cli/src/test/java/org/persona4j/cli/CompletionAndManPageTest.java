package org.persona4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code persona completion} for bash, zsh and fish, and the roff man page, all made from the command's model. */
class CompletionAndManPageTest {

    private static final List<String> COMMANDS =
            List.of("show", "lint", "query", "render", "convert", "schema", "diff", "serve", "route-test");

    @Test
    void fishCompletesEveryCommandAndTheValuesOfAnEnumOption() {
        ShowCommandTest.Run run = ShowCommandTest.persona("completion", "fish");
        assertEquals(0, run.exit(), run.err());
        for (String line : run.out().lines().toList()) {
            assertTrue(line.startsWith("#") || line.startsWith("complete -c persona "), line);
        }
        for (String command : COMMANDS) {
            assertTrue(run.out().contains("-n __fish_use_subcommand -a '" + command + "' -d '"), command);
        }
        assertTrue(run.out()
                .contains("-n '__fish_seen_subcommand_from lint' -s 'f' -l 'format' -x -a "
                        + "'text json sarif github junit checkstyle gitlab'"));
        assertTrue(run.out().contains("-n '__fish_seen_subcommand_from lint' -l 'config' -r -F"), "files for a path");
        assertTrue(run.out().contains("-l 'color' -l 'no-color'"), "a negatable option's --no- form");
    }

    @Test
    void fishQuotesAWordAsFishReadsIt() {
        assertEquals("'it\\'s a \\\\ b'", FishCompletion.quote("it's a \\ b"));
    }

    @Test
    void bashAndZshGetAScriptBashAccepts(@TempDir Path dir) throws Exception {
        ShowCommandTest.Run bash = ShowCommandTest.persona("completion", "bash");
        ShowCommandTest.Run zsh = ShowCommandTest.persona("completion", "zsh");
        assertEquals(0, bash.exit());
        assertEquals(bash.out(), zsh.out(), "one script serves both");
        assertTrue(bash.out().contains("complete -F _complete_persona"), "registers the function");
        assertTrue(bash.out().contains("bashcompinit"), "loads bash completion in zsh");
        for (String command : COMMANDS) {
            assertTrue(bash.out().contains(command), command);
        }
        Path script = dir.resolve("persona.bash");
        Files.writeString(script, bash.out());
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash is here to check the syntax");
        Process p = new ProcessBuilder("/bin/bash", "-n", script.toString())
                .redirectErrorStream(true)
                .start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void anUnknownShellIsAUsageError() {
        ShowCommandTest.Run run = ShowCommandTest.persona("completion", "powershell");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("bash, zsh, fish"), run.err());
    }

    @Test
    void theManPageHasEveryCommandAndItsOptions() {
        String roff = ManPage.roff(PersonaCommand.commandLine(new String[0]).getCommandSpec());
        assertTrue(roff.startsWith(".TH PERSONA 1 \"\" "), roff.substring(0, 60));
        for (String command : COMMANDS) {
            assertTrue(roff.contains(".SS \"persona " + command.replace("-", "\\-") + "\""), command);
        }
        assertTrue(roff.contains("\\fB\\-\\-format\\fR=\\fIFORMAT\\fR"));
        assertTrue(roff.contains(".SH EXIT STATUS"));
        for (String line : roff.lines().toList()) {
            assertTrue(line.chars().allMatch(c -> c < 128), "beyond ASCII only as escapes: " + line);
        }
    }

    @Test
    void roffTextCannotStartARequestOrHideAnEscape() {
        assertEquals("\\&.SH not a request", ManPage.text(".SH not a request"));
        assertEquals("\\&'quote", ManPage.text("'quote"));
        assertEquals("a \\e b \\- c \\[u2014] d", ManPage.text("a \\ b - c \u2014 d"));
        assertEquals("bell", ManPage.text("be\u0007ll"), "control characters are left out");
    }

    @Test
    void theManPageRendersWithoutWarnings(@TempDir Path dir) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/groff")), "groff is here to render the page");
        Path page = dir.resolve("persona.1");
        Files.writeString(
                page, ManPage.roff(PersonaCommand.commandLine(new String[0]).getCommandSpec()));
        Process p = new ProcessBuilder("/usr/bin/groff", "-man", "-Tutf8", "-ww", "-z", page.toString())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        assertFalse(out.contains("warning"), out);
    }
}
