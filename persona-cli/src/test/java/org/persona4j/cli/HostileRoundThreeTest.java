package org.persona4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.persona4j.Persona;
import org.persona4j.Personas;
import org.persona4j.ReadResult;
import org.persona4j.testing.Corpus;
import org.persona4j.validation.Linter;

/**
 * Hostile input, round 3, through the command (docs/SECURITY.md): a file that reads two ways, hidden keys behind line
 * separators, writes that would leave the tree or replace an input, and {@code --fix} as a transaction. Each class
 * with more than one case and a positive control.
 */
@Tag("adversarial")
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class HostileRoundThreeTest {

    private static final String HEAD = "---\ntitle: T\nversion: 1.0.0\n";

    @Test
    void aRepeatedKeyIsReadAsYamlReadersReadItAndNoFileSilencesTheError(@TempDir Path dir) throws IOException {
        List<String> files = List.of(
                HEAD + "description: Safe\n# persona-lint-disable front-matter.duplicate-key\ndescription: Evil\n---\n",
                HEAD + "variables:\n  who: string\n  who: number\ndescription: Evil\n---\n",
                "---\nname: a\ndescription: Safe\ntools: Read\ntools: Bash\n---\nEvil.\n");
        for (int i = 0; i < files.size(); i++) {
            Path f = dir.resolve(i == 2 ? ".claude/agents/a.md" : "p" + i + ".md");
            Files.createDirectories(f.getParent());
            Files.writeString(f, files.get(i) + "## Role Summary\nx\n");
            ShowCommandTest.Run run = ShowCommandTest.persona("lint", "--no-color", f.toString());
            assertEquals(1, run.exit(), run.out());
            assertTrue(run.out().contains("error front-matter.duplicate-key"), run.out());
            assertTrue(run.out().contains("YAML readers use the last value"), run.out());
        }
        Persona evil = Personas.parse(files.get(0), "p.md").expectPersona();
        assertEquals("Evil", evil.metadata().description().orElseThrow(), "the value the tool that runs it reads");
        Persona tools = Personas.parse(files.get(2), ".claude/agents/a.md").expectPersona();
        assertEquals(List.of("Bash"), tools.metadata().tools());
        Persona clean =
                Personas.parse(HEAD + "description: Safe\n---\n", "c.md").expectPersona();
        assertTrue(Personas.parse(HEAD + "description: Safe\n---\n", "c.md")
                        .diagnostics()
                        .isEmpty()
                || clean.metadata().description().isPresent());
    }

    @Test
    void everyLineSeparatorInFrontMatterIsAnErrorWhereItStandsAndFixMakesItALineBreak(@TempDir Path dir)
            throws IOException {
        for (char separator : new char[] {'\u2028', '\u2029', '\u0085'}) {
            String text =
                    HEAD + "description: Helps" + separator + "tools: Bash\nauthor: me\n---\n## Role Summary\nx\n";
            ReadResult read = Personas.parse(text, "p.md");
            assertEquals("Bash", read.expectPersona().metadata().value("tools").orElseThrow(), "read as YAML reads it");
            // Lines are YAML's: 'tools' on line 5 and 'author' on 6, before the fix and after it.
            assertEquals(
                    5,
                    read.expectPersona().metadata().span("tools").orElseThrow().startLine());
            assertEquals(
                    6,
                    read.expectPersona().metadata().span("author").orElseThrow().startLine());
            Path f = dir.resolve("p" + (int) separator + ".md");
            Files.writeString(f, text, StandardCharsets.UTF_8);
            ShowCommandTest.Run run = ShowCommandTest.persona("lint", "--no-color", f.toString());
            assertEquals(1, run.exit(), run.out());
            assertTrue(run.out().contains(":4:19: error front-matter.line-separator"), run.out());
            assertTrue(run.out().contains("'tools: Bash' after it"), run.out());

            ShowCommandTest.Run fixed = ShowCommandTest.persona("lint", "--no-color", "--fix", f.toString());
            String after = Files.readString(f, StandardCharsets.UTF_8);
            assertFalse(after.indexOf(separator) >= 0, after);
            assertFalse(fixed.out().contains("front-matter.line-separator"), fixed.out());
            Persona again = Personas.parse(after, "p.md").expectPersona();
            assertEquals(5, again.metadata().span("tools").orElseThrow().startLine(), "no key moved");
            assertEquals(6, again.metadata().span("author").orElseThrow().startLine());
            assertEquals(
                    read.expectPersona().metadata().values(), again.metadata().values());
        }
        String body = HEAD + "---\n## Role Summary\nA\u2028b\n"; // in the body it is hidden text, not a line
        ReadResult inBody = Personas.parse(body, "b.md");
        assertTrue(inBody.diagnostics().stream().noneMatch(d -> d.code().equals("front-matter.line-separator")));
    }

    @Test
    void noWriteGoesThroughALinkOrOverAnInput(@TempDir Path dir) throws IOException {
        Path persona = dir.resolve("p.md");
        Files.writeString(persona, HEAD + "---\n## Role Summary\nx\n");
        Path secret = Files.createDirectories(dir.resolve("outside")).resolve("keys");
        Files.writeString(secret, "precious");
        Path link = dir.resolve("report.sarif");
        Files.createSymbolicLink(link, secret);
        Path linkedFolder = dir.resolve("out");
        Files.createSymbolicLink(linkedFolder, secret.getParent());

        List<String[]> writes = new ArrayList<>();
        writes.add(new String[] {"lint", persona.toString(), "--format", "sarif", "-o", link.toString()});
        writes.add(new String[] {"lint", persona.toString(), "-o", persona.toString()});
        writes.add(new String[] {"lint", persona.toString(), "--baseline", link.toString(), "--update-baseline"});
        writes.add(new String[] {"convert", persona.toString(), "--to", "claude", "--out", linkedFolder.toString()});
        writes.add(
                new String[] {"schema", "--out", linkedFolder.resolve("schemas").toString()});
        for (String[] args : writes) {
            ShowCommandTest.Run run = ShowCommandTest.persona(args);
            assertEquals(2, run.exit(), String.join(" ", args) + ": " + run.out() + run.err());
            assertTrue(
                    run.err().contains("symbolic link") || run.err().contains("one of the files read"),
                    String.join(" ", args) + ": " + run.err());
        }
        assertEquals("precious", Files.readString(secret));
        assertTrue(Files.readString(persona).startsWith("---\ntitle: T"));
        try (var listing = Files.list(secret.getParent())) {
            assertEquals(1, listing.count(), "nothing was written next to it");
        }
        // The positive control: an ordinary file is written, whole.
        Path plain = dir.resolve("reports/lint.json");
        ShowCommandTest.Run ok =
                ShowCommandTest.persona("lint", persona.toString(), "--format", "json", "-o", plain.toString());
        assertTrue(ok.exit() <= 1, ok.err());
        assertTrue(Files.readString(plain).contains("\"summary\""));
    }

    @Test
    void aFixNeverTurnsACommentIntoDataOrCutsAValueThatRunsOn(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("a.md");
        String text = HEAD + "description: Note: short # a comment\nauthor: Name: Surname\n  continued\n---\n"
                + "## Role Summary\nx\n";
        Files.writeString(f, text);
        ShowCommandTest.persona("lint", "--fix", f.toString());
        assertEquals(text, Files.readString(f), "neither value can be quoted without changing it");

        Path g = dir.resolve("b.md");
        Files.writeString(g, HEAD + "description: Tips: short ones\n---\n## Role Summary\nx\u200By\n");
        ShowCommandTest.Run run = ShowCommandTest.persona("lint", "--fix", g.toString());
        assertEquals(
                HEAD + "description: 'Tips: short ones'\n---\n## Role Summary\nxy\n", Files.readString(g), run.err());
    }

    @Test
    void fixOnEveryCorpusFileChangesNoKeyAndNoValueButThoseItReports() throws IOException {
        // Trailing whitespace on, too: the one fix most corpus files have.
        Linter linter = Linter.builder()
                .serviceLoaderRules(false)
                .level("text.trailing-whitespace", org.persona4j.validation.Level.WARNING)
                .build();
        List<String> refused = new ArrayList<>();
        int fixedFiles = 0;
        for (Path file : Corpus.personaFiles(Corpus.require())) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            LintFixing.Transaction t = LintFixing.transaction(text, file, linter);
            if (t.fixes() > 0) {
                fixedFiles++;
                if (t.refusal() != null) {
                    refused.add(file + ": " + t.refusal());
                }
                assertFalse(t.unfinished(), file.toString());
            } else {
                assertEquals(text, t.text(), file.toString());
            }
        }
        assertEquals(List.of(), refused);
        assertTrue(fixedFiles > 0, "the corpus has fixable findings, so the test checks something");
    }

    @Test
    void theVerificationRefusesAFixThatWouldChangeAnotherKey() {
        String before = HEAD + "description: a\nauthor: b\n---\n";
        String after = HEAD + "description: a\nauthor: c\n---\n";
        assertNull(Verification.changedBeyond(before, after, java.nio.file.Path.of("p.md"), java.util.Set.of(5)));
        assertTrue(Verification.changedBeyond(before, after, java.nio.file.Path.of("p.md"), java.util.Set.of(4))
                .contains("'author'"));
        assertTrue(Verification.changedBeyond(
                        before, HEAD + "description: a\n---\n", java.nio.file.Path.of("p.md"), java.util.Set.of(4))
                .contains("without 'author'"));
    }
}
