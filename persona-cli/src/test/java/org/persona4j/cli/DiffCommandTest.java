package org.persona4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code persona diff} and {@code show --layers} on fixtures, two directories, and a repository made by the test. */
class DiffCommandTest {

    private static final Path FIXTURES = Path.of("..", "persona-markdown", "src", "test", "resources");
    private static final Path BEFORE = FIXTURES.resolve("diff/before/code-reviewer.md");
    private static final Path AFTER = FIXTURES.resolve("diff/after/code-reviewer.md");
    private static final Path REWORDED = FIXTURES.resolve("diff/reworded/code-reviewer.md");

    @Test
    void namesEachChangeWithItsLineAndAGateOnRemovedConstraintsFails() {
        ShowCommandTest.Run run = ShowCommandTest.persona(
                "diff", BEFORE.toString(), AFTER.toString(), "--fail-on", "removed:constraints,removed:directives");
        assertEquals(1, run.exit(), run.err());
        assertTrue(
                run.out()
                        .contains("! line 51: diff.item-removed  a list item was removed in constraints: "
                                + "'Must flag any secret"),
                run.out());
        assertTrue(run.out().contains("(was line 55)"), run.out());
        assertTrue(
                run.out()
                        .contains("line 41: diff.group-renamed  a capability group was renamed in "
                                + "capabilities: 'Review Aids' → 'Review Tooling'"),
                run.out());
        assertTrue(run.out().contains("line 3: diff.version-unchanged"), run.out());
        assertTrue(run.err().contains("1 change(s) fire --fail-on removed:constraints,removed:directives"), run.err());
        assertEquals(
                0,
                ShowCommandTest.persona("diff", BEFORE.toString(), AFTER.toString())
                        .exit(),
                "without gates a diff is a report");
    }

    @Test
    void anExampleRewordingPassesTheGatesAndVersionUnchangedCatchesIt() {
        ShowCommandTest.Run run = ShowCommandTest.persona(
                "diff", BEFORE.toString(), REWORDED.toString(), "--fail-on", "removed:constraints,removed:directives");
        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("diff.example-changed"), run.out());
        assertEquals(
                1,
                ShowCommandTest.persona(
                                "diff", BEFORE.toString(), REWORDED.toString(), "--fail-on", "version-unchanged")
                        .exit());
        ShowCommandTest.Run typo = ShowCommandTest.persona(
                "diff", BEFORE.toString(), REWORDED.toString(), "--fail-on", "removed:constraint");
        assertEquals(2, typo.exit());
        assertTrue(typo.err().contains("did you mean 'removed:constraints'"), typo.err());
    }

    @Test
    void jsonAndSarifCarryEveryChangeOnTheNewFilesLines() throws IOException {
        ShowCommandTest.Run json = ShowCommandTest.persona(
                "diff", BEFORE.toString(), AFTER.toString(), "-f", "json", "--fail-on", "removed:constraints");
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertEquals(1, root.get("fired").asInt());
        JsonNode removed = root.at("/diffs/0/changes/1");
        assertEquals("diff.item-removed", removed.get("code").asText());
        assertEquals("CONSTRAINTS", removed.get("kind").asText());
        assertEquals(55, removed.get("oldLine").asInt());
        assertTrue(removed.get("fires").asBoolean());
        assertEquals(
                root.at("/diffs/0/tokensAfter").asInt()
                        - root.at("/diffs/0/tokensBefore").asInt(),
                root.at("/diffs/0/tokenDelta").asInt());

        ShowCommandTest.Run sarif = ShowCommandTest.persona(
                "diff", BEFORE.toString(), AFTER.toString(), "-f", "sarif", "--fail-on", "removed:constraints");
        JsonNode results =
                org.persona4j.testing.SarifSchema.assertValid(sarif.out()).at("/runs/0/results");
        assertEquals(4, results.size());
        JsonNode error = results.get(1);
        assertEquals("error", error.get("level").asText(), "a change that fires a gate is an error");
        assertEquals(
                51, error.at("/locations/0/physicalLocation/region/startLine").asInt());
        assertTrue(error.at("/locations/0/physicalLocation/artifactLocation/uri")
                .asText()
                .endsWith("diff/after/code-reviewer.md"));
    }

    @Test
    void directoriesArePairedByPathWithPersonasAddedAndRemoved(@TempDir Path dir) throws IOException {
        Path a = Files.createDirectories(dir.resolve("a/team"));
        Path b = Files.createDirectories(dir.resolve("b/team"));
        Files.copy(BEFORE, a.resolve("reviewer.md"));
        Files.copy(AFTER, b.resolve("reviewer.md"));
        Files.writeString(a.resolve("gone.md"), "---\ntitle: Gone\n---\n## Role Summary\n\nX.\n");
        Files.writeString(b.resolve("new.md"), "---\ntitle: New\n---\n## Role Summary\n\nY.\n");
        ShowCommandTest.Run run = ShowCommandTest.persona(
                "diff", dir.resolve("a").toString(), dir.resolve("b").toString(), "--fail-on", "removed:personas");
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.out().contains("diff.persona-removed"), run.out());
        assertTrue(run.out().contains("diff.persona-added"), run.out());
        assertTrue(run.out().contains("3 personas compared, 3 changed"), run.out());
        assertEquals(
                2,
                ShowCommandTest.persona("diff", dir.resolve("a").toString(), BEFORE.toString())
                        .exit(),
                "a directory against a file is a usage error");
    }

    @Test
    void aGateOnRemovedConstraintsHoldsAcrossARenameAndAWholeRemoval(@TempDir Path dir) throws IOException {
        String constraints = "---\ntitle: Guard\nversion: 1.0.0\n---\n## Role Summary\n\nGuards.\n\n"
                + "## Constraints\n\n- Never push to main.\n- Never print secrets.\n- Never skip review.\n";
        Path a = Files.createDirectories(dir.resolve("a"));
        Path b = Files.createDirectories(dir.resolve("b"));
        Files.writeString(a.resolve("guard.md"), constraints);
        // Renamed, one constraint dropped on the way.
        Files.writeString(b.resolve("guardian.md"), constraints.replace("- Never print secrets.\n", ""));
        ShowCommandTest.Run renamed =
                ShowCommandTest.persona("diff", a.toString(), b.toString(), "--fail-on", "removed:constraints");
        assertEquals(1, renamed.exit(), renamed.out());
        assertTrue(renamed.out().contains("Never print secrets"), renamed.out());
        assertTrue(!renamed.out().contains("diff.persona-removed"), "paired as a rename: " + renamed.out());

        // Removed whole, with another file added: the gate fires on the constraints that went with it.
        Files.delete(b.resolve("guardian.md"));
        Files.writeString(b.resolve("other.md"), "---\ntitle: Other\n---\n## Role Summary\n\nDifferent.\n");
        ShowCommandTest.Run removed =
                ShowCommandTest.persona("diff", a.toString(), b.toString(), "--fail-on", "removed:constraints");
        assertEquals(1, removed.exit(), removed.out());

        // The positive control: an unchanged rename passes.
        Files.delete(b.resolve("other.md"));
        Files.writeString(b.resolve("guardian.md"), constraints);
        assertEquals(
                0,
                ShowCommandTest.persona("diff", a.toString(), b.toString(), "--fail-on", "removed:constraints")
                        .exit());
    }

    @Test
    void againstAGitRevisionTheWorkingTreeIsComparedWithThatCommit(@TempDir Path repo) throws Exception {
        Assumptions.assumeTrue(git(repo, "--version") == 0, "git is not installed");
        Path personas = Files.createDirectories(repo.resolve("personas"));
        assertEquals(0, git(repo, "init", "-q"));
        Files.copy(BEFORE, personas.resolve("code-reviewer.md"));
        Files.writeString(personas.resolve("gone.md"), "---\ntitle: Gone\n---\n## Role Summary\n\nX.\n");
        assertEquals(0, git(repo, "add", "."));
        assertEquals(0, git(repo, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "one"));
        Files.copy(AFTER, personas.resolve("code-reviewer.md"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertEquals(0, git(repo, "add", "."));
        assertEquals(0, git(repo, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "two"));
        Files.delete(personas.resolve("gone.md")); // deleted in the working tree only

        ShowCommandTest.Run run = ShowCommandTest.persona(
                "diff", "--git", "HEAD~1", personas.toString(), "--fail-on", "removed:constraints");
        assertEquals(1, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("--- HEAD~1:personas/code-reviewer.md"), run.out());
        assertTrue(run.out().contains("diff.item-removed"), run.out());
        assertTrue(run.out().contains("--- HEAD~1:personas/gone.md"), run.out());
        assertTrue(run.out().contains("diff.persona-removed"), run.out());
        ShowCommandTest.Run head = ShowCommandTest.persona("diff", "--git", "HEAD", personas.toString());
        assertEquals(0, head.exit(), head.err());
        assertTrue(head.out().contains("diff.persona-removed") && !head.out().contains("item-removed"), head.out());
        assertEquals(
                2,
                ShowCommandTest.persona("diff", "--git", "--output=x", personas.toString())
                        .exit(),
                "a revision that git would take for an option is refused");
        assertEquals(
                2,
                ShowCommandTest.persona("diff", "--git", "no-such-branch", personas.toString())
                        .exit());
    }

    @Test
    void aPluginsCommandWithoutFrontMatterIsTheSameCommandAtARevision(@TempDir Path repo) throws Exception {
        Assumptions.assumeTrue(git(repo, "--version") == 0, "git is not installed");
        Path plugin = Files.createDirectories(repo.resolve("plugins/a11y"));
        Files.createDirectories(plugin.resolve(".claude-plugin"));
        Files.writeString(plugin.resolve(".claude-plugin/plugin.json"), "{\"name\": \"a11y\"}\n");
        Path command = Files.createDirectories(plugin.resolve("commands")).resolve("audit.md");
        Files.writeString(command, "Audit the page for WCAG problems: $ARGUMENTS.\n");
        assertEquals(0, git(repo, "init", "-q"));
        assertEquals(0, git(repo, "add", "."));
        assertEquals(0, git(repo, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "one"));
        Files.writeString(command, "Audit the page for WCAG 2.2 problems: $ARGUMENTS.\n");
        ShowCommandTest.Run run = ShowCommandTest.persona(
                "diff", "--git", "HEAD", repo.resolve("plugins").toString());
        assertTrue(!run.out().contains("diff.persona-added"), "the command is on both sides: " + run.out() + run.err());
    }

    @Test
    void showLayersMarksEverySectionOfAChain() {
        ShowCommandTest.Run run = ShowCommandTest.persona(
                "show", "--layers", FIXTURES.resolve("layers/payments.md").toString());
        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("payments → backend → base", lines.get(0));
        assertTrue(
                lines.get(1).matches("  overridden  Role Summary  .*payments\\.md:5  replaces .*base\\.md:4"),
                lines.get(1));
        assertTrue(lines.get(6).matches("  added       Examples  .*payments\\.md:8"), lines.get(6));
        assertTrue(
                lines.get(9).matches("  masked      Working Notes  .*base\\.md:13  by .*backend\\.md:12"),
                lines.get(9));
    }

    private static int git(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return p.waitFor();
        } catch (IOException e) {
            return -1;
        }
    }
}
