package org.persona4j.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.persona4j.testing.Corpus;

/** {@code persona lint} in CI: baselines, fixes, quiet, warning limits, output files, standard input, directives. */
class LintCiTest {

    private static final Path FIX = Path.of("src", "test", "resources", "fix");
    private static final String THIN = "---\ntitle: T\ndescription: D\n---\n## Role Summary\n\nX.\n";

    @Test
    void aBaselineOnTheCorpusPassesUntilOneNewFindingAppearsAndSurvivesMovedLines(@TempDir Path dir)
            throws IOException {
        Path corpus = Corpus.require();
        Path tree = dir.resolve("tree");
        copy(corpus, tree); // the whole shared corpus, as a project's tree
        Path baseline = dir.resolve("baseline.json");
        ShowCommandTest.Run made = ShowCommandTest.persona(
                "lint", tree.toString(), "--baseline", baseline.toString(), "--update-baseline");
        assertEquals(0, made.exit(), made.err());
        assertTrue(Files.readString(baseline).contains("\"fingerprint\""));
        ShowCommandTest.Run again = ShowCommandTest.persona("lint", tree.toString(), "--baseline", baseline.toString());
        assertEquals(0, again.exit(), again.out());
        assertTrue(again.out().endsWith("0 errors, 0 warnings, 0 notes\n"), again.out());

        Path some = Files.walk(tree)
                .filter(p -> p.toString().endsWith(".md"))
                .sorted()
                .filter(p -> read(p).startsWith("---\n"))
                .findFirst()
                .orElseThrow();
        String text = Files.readString(some);
        int end = text.indexOf("\n---", 3);
        // Lines added above every finding of the body: the baseline still matches them.
        Files.writeString(some, text.substring(0, end) + text.substring(end).replaceFirst("\n", "\n\n\n"));
        assertEquals(
                0,
                ShowCommandTest.persona("lint", tree.toString(), "--baseline", baseline.toString())
                        .exit());

        Files.writeString(tree.resolve("new.md"), "---\nname: new-agent\ndescription: d\ntools: Raed\n---\nHi.\n");
        ShowCommandTest.Run fresh = ShowCommandTest.persona("lint", tree.toString(), "--baseline", baseline.toString());
        assertEquals(1, fresh.exit(), fresh.out());
        assertTrue(fresh.out().contains("new.md:4:"), fresh.out());
        assertTrue(fresh.err().contains("new warning(s) beyond the baseline"), fresh.err());
    }

    @Test
    void fixChangesOnlyTheFlaggedSpansByteForByte(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mixed.md");
        Files.copy(FIX.resolve("mixed.md"), file);
        ShowCommandTest.Run dry = ShowCommandTest.persona("lint", file.toString(), "--fix-dry-run");
        assertTrue(dry.out().contains("-title: Fix me: now<U+000D>\n+title: 'Fix me: now'<U+000D>"), dry.out());
        assertArrayEquals(
                Files.readAllBytes(FIX.resolve("mixed.md")), Files.readAllBytes(file), "a dry run writes nothing");
        ShowCommandTest.Run fixed = ShowCommandTest.persona("lint", file.toString(), "--fix");
        assertArrayEquals(
                Files.readAllBytes(FIX.resolve("mixed.fixed")),
                Files.readAllBytes(file),
                "only the quoted value, the list and the three hidden characters changed; CRLF, the trailing "
                        + "blanks and the UTF-8 of é are untouched");
        assertEquals(0, fixed.exit(), fixed.out() + fixed.err());
        assertTrue(fixed.err().contains("fixed 5 findings in 1 file"), fixed.err());
        assertFalse(fixed.out().contains("text.control-character"), "the report shows what is left");
        Files.write(
                dir.resolve("latin1.md"),
                "---\ntitle: A: b\n---\n## Role Summary\n\nCaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        ShowCommandTest.Run invalid =
                ShowCommandTest.persona("lint", dir.resolve("latin1.md").toString(), "--fix");
        assertTrue(invalid.err().contains("is not valid UTF-8; not fixed"), invalid.err());
    }

    @Test
    void theOptInTrailingWhitespaceRuleIsFixedInAsManyPassesAsItTakes(@TempDir Path dir) throws IOException {
        StringBuilder text = new StringBuilder("---\ntitle: Many \ndescription: D\n---\n# Many\n\n## Role Summary\n\n");
        for (int i = 0; i < 120; i++) {
            text.append("- item ").append(i).append("   \n"); // more than one pass lists (50 per code and file)
        }
        Path file = dir.resolve("many.md");
        Files.writeString(file, text);
        ShowCommandTest.Run off = ShowCommandTest.persona("lint", file.toString(), "--fix");
        assertTrue(off.err().contains("fixed 0 findings in 0 files"), "off unless a level is given: " + off.err());
        assertEquals(text.toString(), Files.readString(file));

        ShowCommandTest.Run on =
                ShowCommandTest.persona("lint", file.toString(), "--fix", "--rule", "text.trailing-whitespace=warning");
        assertTrue(on.err().contains("fixed 121 findings in 1 file"), on.err());
        assertEquals(text.toString().replaceAll(" +\n", "\n"), Files.readString(file));
        assertFalse(on.out().contains("text.trailing-whitespace"), on.out());
        assertTrue(on.out().contains("configuration: levels given;"), on.out());

        ShowCommandTest.Run misspelt =
                ShowCommandTest.persona("lint", file.toString(), "--rule", "text.trailing-whitespaces=warning");
        assertEquals(2, misspelt.exit());
        assertTrue(misspelt.err().contains("did you mean 'text.trailing-whitespace'"), misspelt.err());
        ShowCommandTest.Run badLevel =
                ShowCommandTest.persona("lint", file.toString(), "--rule", "text.trailing-whitespace=loud");
        assertEquals(2, badLevel.exit());
        assertTrue(badLevel.err().contains("unknown level 'loud'; use off, info, warning or error"), badLevel.err());
    }

    @Test
    void quietMaxWarningsAndOutputFileWorkAsInEslint(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("thin.md");
        Files.writeString(file, THIN);
        ShowCommandTest.Run loud = ShowCommandTest.persona("lint", file.toString(), "--no-color");
        assertEquals(0, loud.exit());
        assertTrue(loud.out().contains("warning layout.missing-section"), loud.out());
        assertTrue(loud.out().contains("by rule:\n  layout.missing-section  9 warnings\n"), loud.out());
        ShowCommandTest.Run quiet = ShowCommandTest.persona("lint", file.toString(), "--quiet");
        assertFalse(quiet.out().contains("warning layout"), quiet.out());
        ShowCommandTest.Run limited = ShowCommandTest.persona("lint", file.toString(), "--max-warnings", "3");
        assertEquals(1, limited.exit());
        assertTrue(limited.err().contains("more than --max-warnings 3"), limited.err());
        assertEquals(
                0,
                ShowCommandTest.persona("lint", file.toString(), "--max-warnings", "9")
                        .exit());
        Path report = dir.resolve("report.sarif");
        ShowCommandTest.Run written =
                ShowCommandTest.persona("lint", file.toString(), "-f", "sarif", "-o", report.toString());
        assertEquals("", written.out());
        org.persona4j.testing.SarifSchema.assertValid(Files.readString(report));
        ShowCommandTest.Run coloured = ShowCommandTest.persona("lint", file.toString(), "--color");
        assertTrue(coloured.out().contains("\u001B[33mwarning\u001B[0m"), coloured.out());
        assertFalse(
                ShowCommandTest.persona("lint", file.toString()).out().contains("\u001B["),
                "no colour when the output is not a terminal");
    }

    @Test
    void standardInputIsLintedUnderTheGivenName() {
        InputStream before = System.in;
        try {
            System.setIn(new ByteArrayInputStream(
                    "---\ntitle: A: b\n---\n## Role Summary\n\nX.\n".getBytes(StandardCharsets.UTF_8)));
            ShowCommandTest.Run run = ShowCommandTest.persona("lint", "-", "--stdin-filename", "docs/agent.md");
            // An AI-LEY persona is strict YAML: the unquoted ': ' is an error there (and --fix quotes it).
            assertTrue(run.out().contains("docs/agent.md:2:8: error front-matter.syntax"), run.out());
        } finally {
            System.setIn(before);
        }
    }

    @Test
    void standardInputNamedAsAPluginsCommandIsLintedAsThatCommand(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("plugin/.claude-plugin"));
        Files.writeString(dir.resolve("plugin/.claude-plugin/plugin.json"), "{\"name\": \"p\"}\n");
        String name = dir.resolve("plugin/commands/audit.md").toString();
        InputStream before = System.in;
        try {
            System.setIn(new ByteArrayInputStream(
                    "# Audit\n\nAudit $ARGUMENTS for WCAG.\n".getBytes(StandardCharsets.UTF_8)));
            ShowCommandTest.Run run = ShowCommandTest.persona("lint", "-", "--stdin-filename", name);
            assertEquals(0, run.exit(), "a command needs no front matter or layout: " + run.out());
        } finally {
            System.setIn(before);
        }
    }

    @Test
    void directivesCoverRangesLinesAndNextLinesAndMisspeltCodesAreReported(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("d.md");
        Files.writeString(file, """
                ---
                title: T
                description: D
                ---
                ## Role Summary

                <!-- persona-lint-disable text.html-comment -->
                <!-- a -->
                <!-- persona-lint-enable text.html-comment -->
                <!-- b --> <!-- persona-lint-disable-line text.html-comment -->
                <!-- persona-lint-disable-next-line text.html-comment -->
                <!-- c -->
                <!-- d -->
                <!-- persona-lint-disable-next-line text.html-commnt -->
                <!-- persona-lint-disable-next-line metadata.comma-list -->
                Nothing here.
                <!-- persona-lint-disable-next-line text.zero-width -->
                E\u200Bf
                """);
        ShowCommandTest.Run run = ShowCommandTest.persona(
                "lint", file.toString(), "--profile", "permissive", "--report-unused-directives");
        List<String> comments = run.out()
                .lines()
                .filter(l -> l.contains("warning text.html-comment"))
                .toList();
        assertEquals(1, comments.size(), run.out());
        assertTrue(comments.get(0).contains("d.md:13:"), "after the range: " + run.out());
        assertTrue(
                run.out()
                        .contains("'text.html-commnt' in this persona-lint-disable-next-line is not a rule; did "
                                + "you mean 'text.html-comment'?"),
                run.out());
        assertTrue(
                run.out()
                        .contains("d.md:15:6: warning lint.directive-unused this "
                                + "persona-lint-disable-next-line metadata.comma-list turned nothing off"),
                run.out());
        assertTrue(run.out().contains("d.md:18:2: warning text.zero-width"), "no file switches it off: " + run.out());
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
