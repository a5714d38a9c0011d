package org.persona4j.markdown.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.persona4j.Diagnostic;
import org.persona4j.DiagnosticCodes;
import org.persona4j.Persona;
import org.persona4j.ReadOptions;
import org.persona4j.catalog.PersonaCatalog;

/** Loading: roots and their precedence, versions, duplicates, file-system rules and failures. */
class PersonaCatalogTest {

    static String persona(String title, String version, String extra) {
        return "---\ntitle: " + title + (version == null ? "" : "\nversion: " + version) + extra
                + "\n---\n## Role Summary\n" + title + ".\n";
    }

    @Test
    void idsAreRootRelativePathsAndFailuresDoNotStopTheRest(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("engineer"));
        Files.writeString(dir.resolve("engineer/backend.md"), persona("Backend", "1.0.0", ""));
        Files.writeString(dir.resolve("broken.md"), "---\ntitle: [unclosed\n---\n");
        Files.writeString(dir.resolve("notes.txt"), "not a persona");
        PersonaCatalog catalog = PersonaCatalog.builder().directory(dir).build();
        assertEquals(
                List.of("engineer/backend"),
                catalog.personas().stream().map(Persona::id).toList());
        assertEquals(1, catalog.failures().size());
        String failed = catalog.failures().keySet().iterator().next();
        assertTrue(failed.endsWith("broken.md"), failed);
        assertEquals(
                "front-matter.syntax", catalog.failures().get(failed).get(0).code());
    }

    @Test
    void aCollectionsOwnReadmeIsNotAPersonaEvenWithHeadingsThatReadLikeOne(@TempDir Path dir) throws IOException {
        // A category README of a subagent collection: no front matter, and headings a persona could have.
        String readme = "# Data Subagents\n\n## When to Use\nPick one below.\n\n## Constraints\nNone.\n\n"
                + "## Best Practices\nRead each agent.\n";
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/README.md"), readme);
        Files.writeString(dir.resolve("data/Contributing.markdown"), readme);
        Files.createDirectories(dir.resolve(".github"));
        Files.writeString(dir.resolve(".github/PULL_REQUEST_TEMPLATE.md"), readme);
        Files.writeString(dir.resolve("data/notes.md"), readme);
        Files.writeString(dir.resolve("data/readme-writer.md"), readme);
        Files.writeString(dir.resolve("README.md"), persona("Front Matter Makes It One", null, ""));
        // A Hugging Face model card: front matter about the repository, none that names a persona.
        Files.createDirectories(dir.resolve("models/minilm"));
        Files.writeString(
                dir.resolve("models/minilm/README.md"),
                "---\nlibrary_name: transformers.js\nlicense: apache-2.0\n---\n\n## Usage\n\nInstall it.\n\n"
                        + "## Constraints\n\nNone.\n");
        PersonaCatalog catalog = PersonaCatalog.builder().directory(dir).build();
        assertEquals(
                List.of("README", "data/notes", "data/readme-writer"),
                catalog.personas().stream().map(Persona::id).sorted().toList(),
                "a README whose front matter names a persona, and other files with persona sections, are still "
                        + "personas");
        List<String> left =
                notAPersona(catalog).map(Diagnostic::source).sorted().toList();
        assertEquals(4, left.size(), left.toString());
        assertTrue(
                left.get(0).endsWith("PULL_REQUEST_TEMPLATE.md")
                        && left.get(1).endsWith("Contributing.markdown")
                        && left.get(2).endsWith("data/README.md")
                        && left.get(3).endsWith("models/minilm/README.md"),
                left.toString());
        assertTrue(
                notAPersona(catalog).allMatch(d -> d.message().startsWith("a repository's own document")),
                catalog.diagnostics().toString());
        assertTrue(readWhenNamed(dir.resolve("data/README.md")), "named explicitly, it is read");
    }

    /**
     * Without front matter, headings every guide has (an overview, examples, best practices) do not make a persona;
     * a prompt that gives its role two ways (a profile, skills, rules) does.
     */
    @Test
    void aGuideWithoutFrontMatterIsNotAPersonaButAPromptThatDescribesARoleIs(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("docs"));
        Files.writeString(
                dir.resolve("docs/hooks-guide.md"),
                "# Hooks Guide\n\n## Overview\nHooks run shell commands.\n\n## Complete Hook Examples\nSee below.\n\n"
                        + "## Best Practices\nKeep them fast.\n\n## Guidelines\nQuote paths.\n");
        Files.writeString(
                dir.resolve("docs/interviewer.md"),
                "# Interviewer\n\n## Profile\nYou interview backend engineers.\n\n## Skills\n- system design\n\n"
                        + "## Rules\n- one question at a time\n");
        Files.writeString(
                dir.resolve("docs/changelog-notes.md"), "# Notes\n\n## Constraints\nThe release is frozen.\n");
        PersonaCatalog catalog = PersonaCatalog.builder().directory(dir).build();
        assertEquals(
                List.of("docs/interviewer"),
                catalog.ids(),
                catalog.diagnostics().toString());
        assertEquals(
                List.of("changelog-notes.md", "hooks-guide.md"),
                notAPersona(catalog)
                        .map(d -> Path.of(d.source()).getFileName().toString())
                        .sorted()
                        .toList());
    }

    /** Plugin settings as Claude Code plugins keep them ({@code <plugin>.local.md}): front matter, no persona. */
    @Test
    void aPluginsSettingsFileIsNotAPersonaButClaudesLocalMemoryFileIsRead(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("examples"));
        Files.writeString(
                dir.resolve("examples/dangerous-rm.local.md"),
                "---\nname: block-dangerous-rm\nenabled: true\nevent: bash\npattern: rm -rf\n---\nBlocked.\n");
        Files.writeString(dir.resolve("CLAUDE.local.md"), "Use my sandbox database.\n");
        PersonaCatalog catalog = PersonaCatalog.builder().directory(dir).build();
        assertEquals(
                List.of("CLAUDE.local"), catalog.ids(), catalog.diagnostics().toString());
        assertTrue(
                notAPersona(catalog)
                        .anyMatch(d -> d.source().endsWith("dangerous-rm.local.md")
                                && d.message().startsWith("a Claude Code plugin's settings file")),
                catalog.diagnostics().toString());
        assertTrue(readWhenNamed(dir.resolve("examples/dangerous-rm.local.md")), "named explicitly, it is read");
    }

    /** GitHub Agentic Workflows: Markdown in .github/workflows whose front matter configures a workflow. */
    @Test
    void anAgenticWorkflowIsNotAPersona(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve(".github/workflows"));
        Files.writeString(
                dir.resolve(".github/workflows/triage.md"),
                "---\non:\n  issues:\n    types: [opened]\npermissions:\n  contents: read\n---\n"
                        + "# Triage\n\n## Role Summary\nLabel the issue.\n\n## Constraints\nNever close it.\n");
        Files.createDirectories(dir.resolve(".github/agents"));
        Files.writeString(
                dir.resolve(".github/agents/triager.agent.md"),
                "---\ndescription: Labels new issues\n---\nYou label issues.\n");
        PersonaCatalog catalog = PersonaCatalog.builder().directory(dir).build();
        assertEquals(1, catalog.size(), catalog.ids().toString());
        assertTrue(
                notAPersona(catalog).anyMatch(d -> d.message().startsWith("a GitHub Agentic Workflow")),
                catalog.diagnostics().toString());
    }

    /**
     * An edit that moves a persona's front matter down (a blank line above it) is reported on reload as what it is,
     * front-matter.misplaced, not held back forever as a half-written file that lost its front matter.
     */
    @Test
    void aReloadReportsAFrontMatterAnEditMovedDownInsteadOfHoldingItAsTorn(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("reviewer.md");
        String persona = "---\nname: reviewer\ndescription: Reviews code\n---\nYou review code.\n";
        Files.writeString(file, persona);
        PersonaCatalog catalog = PersonaCatalog.builder()
                .directory(dir)
                .settleTime(java.time.Duration.ZERO)
                .build();
        assertEquals(1, catalog.size());
        Files.writeString(file, "\n" + persona);
        PersonaCatalog reloaded = catalog.reload();
        assertTrue(
                reloaded.diagnostics().stream().noneMatch(d -> d.code().equals("catalog.torn-read")),
                reloaded.diagnostics().toString());
        assertTrue(
                reloaded.failures().values().stream()
                        .flatMap(List::stream)
                        .anyMatch(d -> d.code().equals("front-matter.misplaced")),
                reloaded.failures().toString());
    }

    /**
     * GitHub's issue and pull request templates: Markdown whose front matter (name, about, title, labels) fills in a new
     * issue, in an ISSUE_TEMPLATE or PULL_REQUEST_TEMPLATE folder of .github, docs or the root.
     */
    @Test
    void anIssueOrPullRequestTemplateIsNotAPersona(@TempDir Path dir) throws IOException {
        String template = "---\nname: Bug report\nabout: Report a problem\ntitle: ''\nlabels: bug\n---\n"
                + "## Expected behavior\n\nWhat you expected.\n\n## Actual behavior\n\nWhat happened.\n";
        for (String file : List.of(
                ".github/ISSUE_TEMPLATE/bug_report.md",
                "docs/issue_template/feature.md",
                ".github/PULL_REQUEST_TEMPLATE/release.md")) {
            Files.createDirectories(dir.resolve(file).getParent());
            Files.writeString(dir.resolve(file), template);
        }
        Files.writeString(dir.resolve("ISSUE_TEMPLATE.md"), "## Steps\n\nWhat you did.\n\n## Role Summary\n\nNone.\n");
        Files.createDirectories(dir.resolve("agents"));
        Files.writeString(
                dir.resolve("agents/triager.md"),
                "---\nname: triager\ndescription: Labels new issues\n---\nYou label.\n");
        PersonaCatalog catalog = PersonaCatalog.builder().directory(dir).build();
        assertEquals(1, catalog.size(), catalog.diagnostics().toString());
        assertEquals(
                3,
                notAPersona(catalog)
                        .filter(d -> d.message().startsWith("a GitHub issue or pull request template"))
                        .count(),
                catalog.diagnostics().toString());
        assertTrue(readWhenNamed(dir.resolve(".github/ISSUE_TEMPLATE/bug_report.md")), "named explicitly, it is read");
    }

    /**
     * A file whose front matter does not open it was meant as a persona: it is read, and fails with the error that says
     * why, instead of being left out as a Markdown page.
     */
    @Test
    void aFileWithMisplacedFrontMatterIsReadAndNotLeftOut(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("agents"));
        Files.writeString(
                dir.resolve("agents/queue-expert.md"),
                "\n    ---\n    name: queue-expert\n    description: Designs queues.\n    ---\n\n    ## Focus Areas\n");
        PersonaCatalog catalog = PersonaCatalog.builder().directory(dir).build();
        assertTrue(
                notAPersona(catalog).findAny().isEmpty(), catalog.diagnostics().toString());
        assertEquals(
                List.of("front-matter.misplaced"),
                catalog.failures().values().stream()
                        .flatMap(List::stream)
                        .map(Diagnostic::code)
                        .toList(),
                "a failure of the catalog, as a file whose front matter does not read is");
    }

    /**
     * Other coding agents' rules (Windsurf, Kiro, Continue, Cline, Roo Code, Amazon Q) and Continue's prompts, with
     * front matter of their own or none, are no persona of any dialect here: left out with a note naming the tool, not
     * read as AI-LEY personas, Claude subagents or Cursor rules for their keys.
     */
    @Test
    void otherCodingAgentsRulesAreNotPersonas(@TempDir Path dir) throws IOException {
        Map<String, String> files = new java.util.LinkedHashMap<>();
        files.put(".windsurf/rules/ts.md", "---\ntrigger: glob\nglobs: **/*.ts\n---\n\nUse strict mode.\n");
        files.put(".kiro/steering/ui.md", "---\ninclusion: fileMatch\nfileMatchPattern: \"ui/**\"\n---\n\n# UI\n");
        files.put(".continue/rules/ts.md", "---\nname: TS\nglobs: \"**/*.ts\"\nalwaysApply: false\n---\n\nStrict.\n");
        files.put(
                ".clinerules/01-pnpm.md",
                "---\npaths:\n  - \"src/**\"\n---\n\n## Role\n\nUse pnpm.\n\n## Rules\n\nNo npm.\n");
        files.put(".roo/rules-code/nested/tests.md", "---\ntitle: Tests\n---\n\nWrite tests first.\n");
        files.put(".amazonq/rules/cdk.md", "All buckets are encrypted.\n");
        files.put(
                ".continue/prompts/explain.md",
                "---\nname: Explain\ndescription: Explains the code\ninvokable: true\n---\n\nExplain it.\n");
        files.put(
                ".windsurf/skills/lint/SKILL.md",
                "---\nname: lint\ndescription: Lints the code\n---\n\nRun the linter.\n");
        for (Map.Entry<String, String> f : files.entrySet()) {
            Files.createDirectories(dir.resolve(f.getKey()).getParent());
            Files.writeString(dir.resolve(f.getKey()), f.getValue());
        }
        PersonaCatalog catalog = PersonaCatalog.builder().directory(dir).build();
        assertEquals(1, catalog.size(), "a skill is claimed by its name wherever it lies: " + catalog.diagnostics());
        List<String> notes = notAPersona(catalog).map(Diagnostic::message).toList();
        assertEquals(7, notes.size(), notes.toString());
        for (String tool : List.of("Windsurf", "Kiro", "Continue", "Cline", "Roo Code", "Amazon Q")) {
            assertTrue(notes.stream().anyMatch(m -> m.startsWith(tool)), tool + ": " + notes);
        }
    }

    @Test
    void laterRootsOverrideEarlierOnesAndSaySo(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("reviewer.md"), persona("Project Reviewer", null, ""));
        PersonaCatalog catalog = PersonaCatalog.builder()
                .source("reviewer", persona("Bundled Reviewer", "2.0.0", ""))
                .directory(dir)
                .build();
        assertEquals("Project Reviewer", catalog.expect("reviewer").title());
        assertEquals(1, catalog.versions("reviewer").size(), "every version of the earlier root is replaced");
        Diagnostic d = catalog.diagnostics().get(0);
        assertEquals(DiagnosticCodes.CATALOG_OVERRIDE.code(), d.code());
        assertTrue(d.message().contains("memory:reviewer"), d.message());
    }

    @Test
    void versionsCoexistAndTheLatestIsChosenBySemanticVersion(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.md"), persona("Reviewer 1.9", "1.9.0", "\nid: reviewer"));
        Files.writeString(dir.resolve("b.md"), persona("Reviewer 1.10", "1.10.0", "\nid: reviewer"));
        Files.writeString(dir.resolve("c.md"), persona("Reviewer 2 rc", "2.0.0-rc.1", "\nid: reviewer"));
        PersonaCatalog catalog = PersonaCatalog.builder().directory(dir).build();
        assertEquals("Reviewer 2 rc", catalog.expect("reviewer").title());
        assertEquals(
                List.of("2.0.0-rc.1", "1.10.0", "1.9.0"),
                catalog.versions("reviewer").stream()
                        .map(p -> p.metadata().version().orElseThrow())
                        .toList());
        assertEquals(
                "Reviewer 1.9", catalog.find("reviewer", "1.9.0").orElseThrow().title());
        assertEquals(1, catalog.size());
    }

    @Test
    void duplicateIdsWithinARootAreReportedAndTheFirstIsKept(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.md"), persona("First", "1.0.0", "\nid: same"));
        Files.writeString(dir.resolve("b.md"), persona("Second", "1.0.0", "\nid: same"));
        PersonaCatalog catalog = PersonaCatalog.builder().directory(dir).build();
        assertEquals("First", catalog.expect("same").title());
        assertEquals(
                DiagnosticCodes.CATALOG_DUPLICATE_ID.code(),
                catalog.diagnostics().get(0).code());
    }

    @Test
    void includeExcludeAndTheFileCap(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("drafts"));
        Files.writeString(dir.resolve("drafts/wip.md"), persona("Draft", null, ""));
        Files.writeString(dir.resolve("done.md"), persona("Done", null, ""));
        Files.writeString(dir.resolve("also.md"), persona("Also", null, ""));
        assertEquals(
                List.of("also", "done"),
                ids(PersonaCatalog.builder().directory(dir).exclude("drafts/**").build()));
        assertEquals(
                List.of("drafts/wip"),
                ids(PersonaCatalog.builder()
                        .directory(dir)
                        .include("drafts/*.md")
                        .build()));
        PersonaCatalog capped =
                PersonaCatalog.builder().directory(dir).maxFiles(2).build();
        assertEquals(2, capped.size());
        assertTrue(capped.diagnostics().stream().anyMatch(d -> d.code().equals(DiagnosticCodes.FILE_TOO_MANY.code())));
    }

    @Test
    void aRootsGlobTakesOnlyItsMatchesAndLeavesOtherRootsWhole(@TempDir Path dir) throws IOException {
        Path one = Files.createDirectories(dir.resolve("one/team"));
        Path two = Files.createDirectories(dir.resolve("two"));
        Files.writeString(one.resolve("reviewer.md"), persona("Reviewer", null, ""));
        Files.writeString(dir.resolve("one/top.md"), persona("Top", null, ""));
        Files.writeString(dir.resolve("one/notes.prompt.md"), persona("Notes", null, ""));
        Files.writeString(two.resolve("other.md"), persona("Other", null, ""));
        assertEquals(
                List.of("other", "team/reviewer", "top"),
                ids(PersonaCatalog.builder()
                        .directory(dir.resolve("one"), "**/[rt]*.md")
                        .directory(two)
                        .build()),
                "** spans no folder or several; the second root is whole");
        assertEquals(
                List.of("top"),
                ids(PersonaCatalog.builder()
                        .directory(dir.resolve("one"), "t*.md")
                        .build()),
                "a glob without a slash matches the root's own files only");
        assertEquals(
                List.of("reference-layout"),
                ids(PersonaCatalog.builder()
                        .classpath("/fixtures/", "reference-*.md")
                        .build()));
    }

    @Test
    void symbolicLinksAreSkippedAndLoopsNeverHang(@TempDir Path dir) throws IOException {
        Path outside = Files.createTempDirectory("outside");
        Files.writeString(outside.resolve("secret.md"), persona("Secret", null, ""));
        Files.writeString(dir.resolve("real.md"), persona("Real", null, ""));
        Files.createSymbolicLink(dir.resolve("link.md"), outside.resolve("secret.md"));
        Files.createSymbolicLink(dir.resolve("loop"), dir);
        PersonaCatalog catalog = PersonaCatalog.builder().directory(dir).build();
        assertEquals(List.of("real"), ids(catalog));
        assertTrue(catalog.diagnostics().stream().anyMatch(d -> d.message().contains("symbolic link")));
        PersonaCatalog following =
                PersonaCatalog.builder().directory(dir).followLinks(true).build();
        assertEquals(List.of("real"), ids(following), "a link leaving the root is not followed");
        assertTrue(following.diagnostics().stream().anyMatch(d -> d.message().contains("outside the root")));
    }

    @Test
    void aFifoIsSkippedWithoutBlocking(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("real.md"), persona("Real", null, ""));
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", dir.resolve("pipe.md").toString()).start();
        } catch (IOException noMkfifo) {
            org.junit.jupiter.api.Assumptions.abort("no mkfifo here, so no pipe to test with: " + noMkfifo);
            return;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo could not make a pipe here");
        PersonaCatalog catalog = PersonaCatalog.builder().directory(dir).build();
        assertEquals(List.of("real"), ids(catalog));
        assertTrue(catalog.diagnostics().stream().anyMatch(d -> d.message().contains("not a regular file")));
    }

    @Test
    void classPathRootsLoadPersonasPackagedWithAnApp() throws IOException {
        PersonaCatalog catalog = PersonaCatalog.builder().classpath("fixtures").build();
        assertTrue(
                catalog.find("reference-layout").isPresent(), catalog.personas().toString());
        assertTrue(catalog.expect("reference-layout").source().label().startsWith("classpath:fixtures/"));
    }

    @Test
    void expectNamesTheIdAndTheClosestOnes() throws IOException {
        PersonaCatalog catalog = PersonaCatalog.builder()
                .source("engineer/backend-engineer", persona("B", null, ""))
                .build();
        NoSuchElementException e = assertThrows(NoSuchElementException.class, () -> catalog.expect("backend"));
        assertTrue(
                e.getMessage().contains("'backend'") && e.getMessage().contains("engineer/backend-engineer"),
                e.getMessage());
    }

    @Test
    void bodiesAreNotParsedByLoadingNorByConditionsOnFrontMatter(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.md"), persona("A", null, ""));
        Files.writeString(dir.resolve("b.md"), persona("B", null, ""));
        org.persona4j.markdown.CountingParser parser = new org.persona4j.markdown.CountingParser();
        PersonaCatalog catalog = PersonaCatalog.builder()
                .directory(dir)
                .reader(org.persona4j.PersonaReader.builder().parser(parser).build())
                .build();
        assertEquals(0, parser.bodies.get(), "loading parses no body");
        catalog.query()
                .keyword("x")
                .appliesTo(Path.of("a.java"))
                .scoreAtLeast(1)
                .count();
        catalog.ids();
        assertEquals(
                List.of("A", "B"),
                catalog.summaries().stream()
                        .map(org.persona4j.catalog.PersonaSummary::title)
                        .toList());
        org.persona4j.skills.Skills.of(catalog).list();
        assertEquals(0, parser.bodies.get(), "conditions on front matter, summaries and skill lists parse no body");
        catalog.query().capability("x").list();
        assertEquals(2, parser.bodies.get(), "a capability condition parses every body, once");
        catalog.personas().forEach(Persona::sections);
        assertEquals(2, parser.bodies.get(), "and never again");
    }

    @Test
    void filesAreReadNoFurtherThanTheSizeLimit(@TempDir Path dir) throws IOException {
        String small = persona("Small", null, "");
        Files.writeString(dir.resolve("small.md"), small);
        Files.writeString(dir.resolve("big.md"), persona("Big", null, "\ndescription: " + "x".repeat(400)));
        int limit = small.getBytes(StandardCharsets.UTF_8).length;
        PersonaCatalog catalog = PersonaCatalog.builder()
                .directory(dir)
                .readOptions(ReadOptions.builder().maxFileBytes(limit).build())
                .build();
        assertEquals(List.of("small"), ids(catalog), "a file exactly at the limit loads");
        assertEquals(
                List.of(DiagnosticCodes.FILE_TOO_LARGE.code()),
                catalog.failures().get(dir.resolve("big.md").toString()).stream()
                        .map(Diagnostic::code)
                        .toList());
    }

    static List<String> ids(PersonaCatalog catalog) {
        return catalog.personas().stream().map(Persona::id).toList();
    }

    @Test
    void changingTheBuilderAfterBuildChangesNothingASnapshotOrItsReloadSees(@TempDir Path dir) throws IOException {
        Path first = Files.createDirectories(dir.resolve("first"));
        Path second = Files.createDirectories(dir.resolve("second"));
        Files.writeString(first.resolve("a.md"), persona("A", null, ""));
        Files.writeString(first.resolve("draft.md"), persona("Draft", null, ""));
        Files.writeString(second.resolve("b.md"), persona("B", null, ""));
        PersonaCatalog.Builder builder = PersonaCatalog.builder().directory(first);
        PersonaCatalog catalog = builder.build();
        builder.directory(second).exclude("draft.md").maxFiles(1).followLinks(true);
        assertEquals(List.of("a", "draft"), catalog.ids());
        assertEquals(List.of("a", "draft"), catalog.reload().ids());
        assertEquals(List.of("a", "b"), builder.build().ids(), "the builder itself did change");
    }

    @Test
    void aTextQueryRanksInsideTheOtherConditions(@TempDir Path dir) throws IOException {
        Files.writeString(
                dir.resolve("slow.md"),
                "---\ntitle: Slow Service Tuner\nkeywords: [performance]\n---\n"
                        + "## Role Summary\nFixes slow APIs under load.\n");
        Files.writeString(
                dir.resolve("slower.md"),
                "---\ntitle: Slow Load Doctor\nkeywords: [databases]\n---\n"
                        + "## Role Summary\nFixes slow APIs under heavy load, slow load, load.\n");
        Files.writeString(
                dir.resolve("other.md"),
                "---\ntitle: Writer\nkeywords: [performance]\n---\n" + "## Role Summary\nWrites prose.\n");
        PersonaCatalog catalog = PersonaCatalog.builder().directory(dir).build();
        List<org.persona4j.catalog.SearchHit> hits = catalog.query()
                .text("slow API under load")
                .keyword("performance")
                .limit(5)
                .hits();
        assertEquals(List.of("slow"), hits.stream().map(h -> h.persona().id()).toList());
        assertTrue(hits.get(0).explain().contains("slow"), hits.get(0).explain());
        assertEquals(
                List.of("slower", "slow"),
                catalog.query().text("slow API under load").list().stream()
                        .map(Persona::id)
                        .toList());
    }

    /** The catalog's {@code file.not-a-persona} notes. */
    private static java.util.stream.Stream<Diagnostic> notAPersona(PersonaCatalog catalog) {
        return catalog.diagnostics().stream().filter(d -> d.code().equals("file.not-a-persona"));
    }

    /** Whether the file, named explicitly, is read as a persona. */
    private static boolean readWhenNamed(Path file) throws IOException {
        return org.persona4j.PersonaReader.builder().build().read(file).persona() != null;
    }
}
