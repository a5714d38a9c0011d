package org.persona4j.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.persona4j.Diagnostic;
import org.persona4j.Dialect;
import org.persona4j.Persona;
import org.persona4j.PersonaReader;
import org.persona4j.ReadOptions;
import org.persona4j.Severity;
import org.persona4j.catalog.PersonaCatalog;
import org.persona4j.testing.Corpus;

/** Each dialect is told by the table of {@link Dialect}, gets its own ids, and is linted with its own keys. */
class DialectTest {

    @Test
    void everyClaudeSubagentOfTheCorpusIsToldByItsKeysNamedByItsNameAndHasNoUnknownKey() throws IOException {
        Path dir = Corpus.require().resolve("claude-subagents");
        PersonaCatalog catalog = PersonaCatalog.builder().directory(dir).build();
        assertEquals(202, catalog.size(), catalog.failures().toString());
        for (Persona p : catalog.personas()) {
            assertEquals(Dialect.CLAUDE_SUBAGENT, p.dialect(), p.source().label());
            assertEquals(p.metadata().name().orElseThrow(), p.id(), p.source().label());
        }
        LintReport report = Linter.builder().build().lint(List.of(dir));
        List<Diagnostic> unknown = report.files().stream()
                .flatMap(f -> f.diagnostics().stream())
                .filter(d -> d.code().equals("metadata.unknown-key"))
                .toList();
        assertEquals(List.of(), unknown);
    }

    /** A repository with a file of every tool, under test resources. */
    static final Path REPO = Path.of("src", "test", "resources", "dialect-repo");

    @Test
    void aRepositoryOfEveryToolsFilesIsReadWithTheRightDialectsAndIds() throws IOException {
        Path dir = REPO;
        Map<String, Dialect> found = new TreeMap<>();
        PersonaCatalog catalog = PersonaCatalog.builder().directory(dir).build();
        catalog.personas().forEach(p -> found.put(p.id(), p.dialect()));
        assertEquals(
                Map.of(
                        ".cursor/rules/java-style",
                        Dialect.CURSOR_RULE,
                        ".github/agents/reviewer",
                        Dialect.COPILOT_AGENT,
                        ".github/instructions/java",
                        Dialect.COPILOT_INSTRUCTIONS,
                        ".github/prompts/fix",
                        Dialect.COPILOT_PROMPT,
                        ".github/chatmodes/plan",
                        Dialect.COPILOT_CHAT_MODE,
                        "skills/pdf",
                        Dialect.AGENT_SKILL,
                        "helper-agent",
                        Dialect.CLAUDE_SUBAGENT,
                        "personas/backend",
                        Dialect.AI_LEY,
                        "researcher",
                        Dialect.CREWAI_AGENT,
                        "reporting_analyst",
                        Dialect.CREWAI_AGENT),
                found,
                catalog.diagnostics().toString());
        assertEquals(
                List.of(".cursor/rules/java-style", ".github/instructions/java"),
                catalog.query().appliesTo(Path.of("src/Main.java")).list().stream()
                        .map(Persona::id)
                        .toList(),
                "Cursor's globs match as applyTo does");
        assertEquals(
                List.of(".github/agents/reviewer"),
                catalog.query().dialect(Dialect.COPILOT_AGENT).tool("READ").list().stream()
                        .map(Persona::id)
                        .toList());
        assertEquals(
                List.of("helper-agent"),
                catalog.query().model("sonnet").list().stream().map(Persona::id).toList());
        Persona agent = catalog.find(".github/agents/reviewer").orElseThrow();
        assertEquals(List.of("read"), agent.metadata().tools());
        assertEquals(
                java.util.Optional.of(false),
                catalog.find(".cursor/rules/java-style")
                        .orElseThrow()
                        .metadata()
                        .alwaysApply());
        Persona skill = PersonaReader.builder()
                .build()
                .read(dir.resolve("skills/pdf/SKILL.md"))
                .expectPersona();
        assertEquals("pdf", skill.id(), "a skill named on its own is named by its directory");
        LintReport report = Linter.builder().build().lint(List.of(dir));
        assertTrue(
                report.files().stream()
                        .flatMap(f -> f.diagnostics().stream())
                        .noneMatch(d -> d.code().equals("metadata.unknown-key")),
                report.files().toString());
        assertEquals(10, report.files().size(), "one report per persona, two from agents.yaml");
        LintReport own = Linter.builder().serviceLoaderRules(false).build().lint(List.of(dir)); // no test rules
        assertEquals(0, own.count(org.persona4j.Severity.ERROR), own.files().toString());
    }

    @Test
    void eachAgentOfACrewAiAgentsFileIsAPersonaWithItsLinePositions() throws IOException {
        Path file = REPO.resolve("crew/config/agents.yaml");
        List<org.persona4j.ReadResult> agents = PersonaReader.builder().build().readAll(file);
        assertEquals(
                List.of("researcher", "reporting_analyst"),
                agents.stream().map(r -> r.expectPersona().id()).toList());
        Persona analyst = agents.get(1).expectPersona();
        assertEquals(Dialect.CREWAI_AGENT, analyst.dialect());
        assertEquals(
                List.of("Role", "Goal", "Backstory"),
                analyst.sections().stream()
                        .map(org.persona4j.model.Section::heading)
                        .toList());
        assertEquals(
                "Create detailed reports based on {topic} data analysis and research findings",
                analyst.sections().get(1).text());
        assertEquals(14, analyst.sections().get(1).line(), "the goal's line in agents.yaml");
        assertEquals(java.util.Optional.of(12), analyst.metadata().span("role").map(s -> s.startLine()));
        assertEquals(List.of("SerperDevTool"), analyst.metadata().tools());
        assertEquals("{topic} Reporting Analyst", analyst.roleSummary());
        org.persona4j.convert.Conversion claude = org.persona4j.Personas.convert(analyst, Dialect.CLAUDE_SUBAGENT);
        assertEquals(".claude/agents/reporting-analyst.md", claude.path());
        assertEquals(List.of(), claude.check());
        assertTrue(claude.text().contains("## Backstory"), claude.text());
        assertEquals("written as the section 'Role'", claude.ledger().get(0).note());
    }

    @Test
    void aCursorRuleThatAlwaysAppliesMatchesEveryFileAndToolsReadFromCommasToo(@TempDir Path dir) throws IOException {
        write(dir, "always.mdc", "---\ndescription: Everywhere\nalwaysApply: true\n---\nAlways.\n");
        write(dir, "agent.md", "---\nname: a\ndescription: b\ntools: Read, Grep, mcp/server_tool\n---\nBody.\n");
        PersonaCatalog catalog = PersonaCatalog.builder().directory(dir).build();
        assertEquals(
                List.of("always"),
                catalog.query().appliesTo(Path.of("any/File.txt")).list().stream()
                        .map(Persona::id)
                        .toList());
        assertEquals(
                List.of("Read", "Grep", "mcp/server_tool"),
                catalog.find("a").orElseThrow().metadata().tools());
    }

    @Test
    void eachDialectsOwnRulesApplyToItsFilesOnly(@TempDir Path dir) throws IOException {
        write(dir, "skills/Pdf Tool/SKILL.md", "---\nname: Pdf Tool\ndescription: \"\"\n---\n# PDF\n");
        write(dir, "skills/ok/SKILL.md", "---\nname: ok\ndescription: Does it.\n---\n# OK\n");
        write(dir, "rules/bad.mdc", "---\ndescription: x\nalwaysApply: sometimes\n---\nRule.\n");
        write(dir, "big.agent.md", "---\nname: big\ndescription: Big\n---\n" + "x".repeat(31_000) + "\n");
        LintReport report = Linter.builder().build().lint(List.of(dir));
        Map<String, List<String>> codes = new TreeMap<>();
        for (FileReport f : report.files()) {
            codes.put(
                    dir.relativize(Path.of(f.label())).toString(),
                    f.diagnostics().stream()
                            .map(Diagnostic::code)
                            .filter(c -> c.startsWith("dialect."))
                            .toList());
        }
        assertEquals(
                List.of("dialect.name", "dialect.required"),
                codes.get("skills/Pdf Tool/SKILL.md").stream()
                        .sorted()
                        .distinct()
                        .toList());
        assertEquals(List.of(), codes.get("skills/ok/SKILL.md"));
        assertEquals(List.of("dialect.value"), codes.get("rules/bad.mdc"));
        assertEquals(List.of("dialect.body-too-long"), codes.get("big.agent.md"));
    }

    @Test
    void toolsAreKnownToTheirDialectOrWrittenAsMcpTools(@TempDir Path dir) throws IOException {
        write(
                dir,
                ".claude/agents/a.md",
                "---\nname: a\ndescription: b\ntools: Read, Reed, mcp__x__y, Bash(git:*)\n" + "---\nBody.\n");
        write(dir, "b.agent.md", "---\nname: b\ndescription: c\ntools: [codebase, serch, github/*]\n---\nBody.\n");
        write(
                dir,
                "skills/s/SKILL.md",
                "---\nname: s\ndescription: d\nallowed-tools: Read Bash(git:*) Grap\n" + "license: MIT\n---\nBody.\n");
        LintReport report = Linter.builder().serviceLoaderRules(false).build().lint(List.of(dir));
        List<String> messages = report.files().stream()
                .flatMap(f -> f.diagnostics().stream())
                .filter(d -> d.code().equals("dialect.unknown-tool"))
                .map(Diagnostic::message)
                .sorted()
                .toList();
        assertEquals(
                List.of(
                        "'Grap' is not a tool Agent Skills know (did you mean 'Grep'?); an MCP tool is written "
                                + "mcp__server__tool or server/tool. The tool ignores names it does not know",
                        "'Reed' is not a tool Claude Code subagents know (did you mean 'Read'?); an MCP tool is "
                                + "written mcp__server__tool. The tool ignores names it does not know",
                        "'serch' is not a tool Copilot custom agents know (did you mean 'search'?); an MCP tool is "
                                + "written server/tool. The tool ignores names it does not know"),
                messages);
        Persona skill = PersonaReader.builder()
                .build()
                .read(dir.resolve("skills/s/SKILL.md"))
                .expectPersona();
        assertEquals(List.of("Read", "Bash(git:*)", "Grap"), skill.metadata().tools());
        assertEquals(java.util.Optional.of("MIT"), skill.metadata().text(org.persona4j.dialect.KeyRole.LICENSE));
    }

    @Test
    void aClaudeCommandIsLintedAsItsToolReadsIt(@TempDir Path dir) throws IOException {
        // As in a Claude Code plugin: tools with their arguments after commas, the body the prompt with $ARGUMENTS.
        write(
                dir,
                "plugins/git/commands/commit.md",
                "---\ndescription: Commit the staged changes\nargument-hint: \"[message]\"\n"
                        + "allowed-tools: Bash(git add:*), Bash(git commit:*), Raed\n---\n"
                        + "Commit with the message $ARGUMENTS.\n");
        write(dir, ".claude/commands/review.md", "Review the changes on this branch.\n");
        LintReport report = Linter.builder().serviceLoaderRules(false).build().lint(List.of(dir));
        Map<String, List<String>> codes = codesByFile(report, dir);
        assertEquals(
                List.of("dialect.unknown-tool"),
                codes.get("plugins/git/commands/commit.md"),
                "no layout, no required title or version, no unknown key: " + codes);
        assertEquals(List.of(), codes.getOrDefault(".claude/commands/review.md", List.of()), codes.toString());
        Persona commit = PersonaReader.builder()
                .build()
                .read(dir.resolve("plugins/git/commands/commit.md"))
                .expectPersona();
        assertEquals(Dialect.CLAUDE_COMMAND, commit.dialect());
        assertEquals(
                List.of("Bash(git add:*)", "Bash(git commit:*)", "Raed"),
                commit.metadata().tools());
        Persona review = PersonaReader.builder()
                .build()
                .read(dir.resolve(".claude/commands/review.md"))
                .expectPersona();
        assertEquals(Dialect.CLAUDE_COMMAND, review.dialect(), "its folder tells, front matter or not");
    }

    @Test
    void aPluginsCommandsAreCommandsFrontMatterOrNotWhereItsManifestSaysItIsAPlugin(@TempDir Path dir)
            throws IOException {
        String prompt = "# Accessibility Audit\n\nYou audit for WCAG.\n\n## Context\nAudit $ARGUMENTS.\n";
        write(dir, "plugins/a11y/.claude-plugin/plugin.json", "{\"name\": \"a11y\"}\n");
        write(dir, "plugins/a11y/commands/audit.md", prompt);
        write(dir, "plugins/a11y/commands/grouped/a/b/c/deep.md", prompt);
        write(dir, "plugins/a11y/commands/a/b/c/d/e/f/g/h/deepest.md", prompt);
        write(
                dir,
                "plugins/a11y/commands/tools.md",
                "---\ndescription: Audit\nallowed-tools: Read, Grep, Bash(git diff:*)\n---\nAudit $ARGUMENTS.\n");
        write(dir, "notes/commands/audit.md", "---\ntitle: Audit\n---\n" + prompt);
        PersonaCatalog catalog = PersonaCatalog.builder().directory(dir).build();
        Map<String, Dialect> dialects = new TreeMap<>();
        catalog.personas().forEach(p -> dialects.put(p.id(), p.dialect()));
        assertEquals(Dialect.CLAUDE_COMMAND, dialects.get("plugins/a11y/commands/audit"), dialects.toString());
        assertEquals(
                Dialect.CLAUDE_COMMAND, dialects.get("plugins/a11y/commands/grouped/a/b/c/deep"), dialects.toString());
        assertEquals(
                Dialect.CLAUDE_COMMAND,
                dialects.get("plugins/a11y/commands/a/b/c/d/e/f/g/h/deepest"),
                "eight folders below, as far as a command's keys are looked for: " + dialects);
        assertEquals(
                List.of("Read", "Grep", "Bash(git diff:*)"),
                catalog.find("plugins/a11y/commands/tools")
                        .orElseThrow()
                        .metadata()
                        .tools(),
                "tools separated by commas, as commands write them");
        assertEquals(Dialect.AI_LEY, dialects.get("notes/commands/audit"), "no manifest, no plugin: " + dialects);
        LintReport report = Linter.builder().serviceLoaderRules(false).build().lint(List.of(dir.resolve("plugins")));
        assertEquals(
                List.of(),
                report.files().stream()
                        .flatMap(f -> f.diagnostics().stream())
                        .map(Diagnostic::code)
                        .filter(c -> !c.startsWith("set."))
                        .toList(),
                "a command needs no front matter, title or layout");
    }

    /**
     * Command templates kept for several agents (github/spec-kit's {@code templates/commands}) have a description and
     * keys of their own, and a body that reads the command's arguments: read as the Claude commands they are installed
     * as, they lint clean of an AI-LEY persona's missing title and sections, in the catalog and read alone alike.
     */
    @Test
    void aCommandTemplateWhoseBodyReadsItsArgumentsIsACommand(@TempDir Path dir) throws IOException {
        write(
                dir,
                "templates/commands/plan.md",
                "---\ndescription: Plan the feature.\nscripts:\n  sh: scripts/plan.sh --json\n---\n\n"
                        + "## User Input — café\n\n```text\n$ARGUMENTS\n```\n\nPlan what the user asks for.\n");
        write(
                dir,
                "docs/commands/deploy.md",
                "---\ndescription: The deploy command\n---\n## Usage\n\nRun `deploy $1`.\n");
        write(dir, "components/commands/perf/simulate.md", "# Load Simulator\n\nSimulate the load: **$ARGUMENTS**\n");
        write(dir, "docs/commands/guide.md", "# Guide\n\n## Overview\n\nHow the commands work.\n");
        write(dir, "tools/commands/README.md", "# Commands\n\nEach command reads `$ARGUMENTS`.\n");
        PersonaCatalog catalog = PersonaCatalog.builder().directory(dir).build();
        assertEquals(
                Dialect.CLAUDE_COMMAND,
                catalog.find("templates/commands/plan").orElseThrow().dialect());
        assertEquals(
                Dialect.CLAUDE_COMMAND,
                catalog.find("components/commands/perf/simulate").orElseThrow().dialect(),
                "a command needs no front matter, with or without a plugin's manifest");
        assertTrue(catalog.find("docs/commands/guide").isEmpty(), "a guide without front matter is no persona");
        assertTrue(
                catalog.find("tools/commands/README").isEmpty(),
                "a README that documents commands is the repository's document, not a command");
        assertEquals(
                List.of(),
                PersonaCatalog.builder()
                        .directory(dir)
                        .readOptions(org.persona4j.ReadOptions.builder()
                                .dialect(Dialect.CLAUDE_SUBAGENT)
                                .build())
                        .build()
                        .personas()
                        .stream()
                        .map(org.persona4j.Persona::id)
                        .filter(id -> id.endsWith("README") || id.endsWith("guide"))
                        .toList(),
                "a dialect chosen for every file does not make a page a persona, as lint does not");
        assertEquals(
                Dialect.CLAUDE_COMMAND,
                PersonaReader.builder()
                        .build()
                        .read(dir.resolve("templates/commands/plan.md"))
                        .expectPersona()
                        .dialect());
        assertEquals(
                Dialect.AI_LEY,
                catalog.find("docs/commands/deploy").orElseThrow().dialect(),
                "a documentation page in a commands folder stays what it was");
        Map<String, List<String>> codes =
                codesByFile(Linter.builder().serviceLoaderRules(false).build().lint(List.of(dir)), dir);
        assertEquals(List.of("metadata.unknown-key"), codes.get("templates/commands/plan.md"), codes.toString());
        assertEquals(
                List.of(), codes.getOrDefault("components/commands/perf/simulate.md", List.of()), codes.toString());
    }

    /** Keys in a front matter that does not open the file are reported once, as misplaced, not each as missing. */
    @Test
    void aMisplacedFrontMatterIsOneErrorNotAlsoEachRequiredKeyMissing(@TempDir Path dir) throws IOException {
        write(dir, "agents/reviewer.md", "\n---\nname: reviewer\ndescription: Reviews code\n---\nYou review code.\n");
        Map<String, List<String>> codes =
                codesByFile(Linter.builder().serviceLoaderRules(false).build().lint(List.of(dir)), dir);
        assertEquals(List.of("front-matter.misplaced"), codes.get("agents/reviewer.md"), codes.toString());
    }

    /**
     * A front matter that is not YAML keeps no key, but its lines still name them: a command (here in a namespace
     * folder of a collection's commands) or a subagent is told by them and meets the YAML error its tool meets, not an
     * AI-LEY persona's missing title and sections as well.
     */
    @Test
    void aCommandOrSubagentWhoseYamlDoesNotReadIsToldByTheKeysItsLinesName(@TempDir Path dir) throws IOException {
        write(
                dir,
                "components/commands/automation/ci-pipeline.md",
                "---\nallowed-tools: Read, Bash\nargument-hint: [pipeline-name] | setup | status\n"
                        + "description: Manage the CI pipeline\n---\nManage the pipeline $ARGUMENTS.\n");
        write(
                dir,
                "team/reviewer.md",
                "---\nname: reviewer\ndescription: [code] reviews | security\n---\nYou review code.\n");
        write(dir, "notes/plan.md", "---\ntitle: [a] b\n---\n## Role Summary\n\nPlans.\n");
        PersonaReader reader = PersonaReader.builder().build();
        Persona command = reader.read(dir.resolve("components/commands/automation/ci-pipeline.md"))
                .expectPersona();
        assertEquals(Dialect.CLAUDE_COMMAND, command.dialect());
        assertEquals(
                Dialect.CLAUDE_SUBAGENT,
                reader.read(dir.resolve("team/reviewer.md")).expectPersona().dialect());
        assertEquals(
                Dialect.AI_LEY,
                reader.read(dir.resolve("notes/plan.md")).expectPersona().dialect(),
                "a title among its keys: an AI-LEY persona still");
        LintReport report = Linter.builder().serviceLoaderRules(false).build().lint(List.of(dir));
        Map<String, List<String>> codes = codesByFile(report, dir);
        assertEquals(
                List.of("front-matter.syntax"),
                codes.get("components/commands/automation/ci-pipeline.md"),
                codes.toString());
        assertTrue(codes.get("team/reviewer.md").stream().noneMatch(c -> c.startsWith("layout.")), codes.toString());
    }

    /**
     * A collection keeps Cursor rules as Markdown outside {@code .cursor/rules}: told by {@code globs} or
     * {@code alwaysApply}, each is read a line at a time as Cursor reads it, so unquoted globs (YAML aliases) are
     * globs, not a syntax error, and no AI-LEY title or sections are asked for.
     */
    @Test
    void aCursorRuleKeptOutsideCursorRulesIsToldByItsKeysAndReadAsCursorReadsIt(@TempDir Path dir) throws IOException {
        write(
                dir,
                "rules/vim.md",
                "---\ndescription: Vim configuration practices\nglobs: **/.vimrc, **/.vim/**\nalwaysApply: false\n"
                        + "---\n# Vim\n\nKeep mappings in one file.\n");
        write(
                dir,
                "rules/docker.md",
                "---\ndescription: Dockerfile practices\nglobs: Dockerfile,*.dockerfile\n---\n# Docker\n\nPin images.\n");
        PersonaReader reader = PersonaReader.builder().build();
        Persona vim = reader.read(dir.resolve("rules/vim.md")).expectPersona();
        assertEquals(Dialect.CURSOR_RULE, vim.dialect());
        assertEquals(
                List.of("**/.vimrc", "**/.vim/**"),
                vim.metadata().filePatterns(),
                vim.metadata().toString());
        assertEquals(
                Dialect.CURSOR_RULE,
                reader.read(dir.resolve("rules/docker.md")).expectPersona().dialect());
        LintReport report = Linter.builder().serviceLoaderRules(false).build().lint(List.of(dir));
        List<String> codes = report.files().stream()
                .flatMap(f -> f.diagnostics().stream())
                .filter(d -> d.severity() != Severity.INFO)
                .map(Diagnostic::code)
                .filter(c -> !c.startsWith("set."))
                .toList();
        assertEquals(List.of(), codes, "no syntax error, title or layout: " + report.files());
    }

    /** Text about to be written to a plugin's command (lint --fix, an editor's buffer) is told by the same manifest. */
    @Test
    void textLintedAsAPluginsCommandFileIsThatCommandWithoutTheFileBeingRead(@TempDir Path dir) throws IOException {
        // No $ARGUMENTS, which would tell a command in a commands folder without the manifest.
        String prompt = "# Accessibility Audit\n\nYou audit for WCAG.\n\n## Context\nAudit the pages named.\n";
        write(dir, "plugins/a11y/.claude-plugin/plugin.json", "{\"name\": \"a11y\"}\n");
        Path unwritten = dir.resolve("plugins/a11y/commands/audit.md");
        assertEquals(
                Dialect.CLAUDE_COMMAND,
                PersonaReader.builder()
                        .build()
                        .parse(prompt, "audit.md", unwritten)
                        .persona()
                        .dialect());
        Linter linter = Linter.builder().serviceLoaderRules(false).build();
        assertEquals(
                List.of(),
                linter.lint(prompt, "audit.md", unwritten).files().stream()
                        .flatMap(f -> f.diagnostics().stream())
                        .map(Diagnostic::code)
                        .toList());
        assertTrue(
                linter.lint(prompt, unwritten.toString()).files().stream()
                        .flatMap(f -> f.diagnostics().stream())
                        .anyMatch(d -> d.code().equals("layout.missing-section")),
                "by its name alone it is a persona with a layout to follow");
    }

    @Test
    void aMissingFrontMatterIsReportedWhereTheToolNeedsItOnly(@TempDir Path dir) throws IOException {
        String body = "Always answer in English.\n";
        write(dir, ".cursor/rules/plan.mdc", body);
        write(dir, "x.prompt.md", body);
        write(dir, ".claude/rules/english.md", body);
        write(dir, ".claude/commands/english.md", body);
        LintReport report = Linter.builder().serviceLoaderRules(false).build().lint(List.of(dir));
        List<String> missing = report.files().stream()
                .filter(f -> f.diagnostics().stream().anyMatch(d -> d.code().equals("front-matter.missing")))
                .map(f -> dir.relativize(Path.of(f.label())).toString().replace('\\', '/'))
                .sorted()
                .toList();
        assertEquals(
                List.of(".cursor/rules/plan.mdc", "x.prompt.md"),
                missing,
                "a Cursor rule without front matter is never applied; a Claude rule loads at start, a command runs");
    }

    @Test
    void aCopilotAgentsHandoffsAreTyped(@TempDir Path dir) throws IOException {
        Path file = write(
                dir,
                "plan.agent.md",
                "---\nname: plan\ndescription: Plans\nhandoffs:\n"
                        + "  - label: Start Implementation\n    agent: implement\n    prompt: Implement the plan.\n"
                        + "    send: true\n  - label: No agent\n  - label: Review\n    agent: review\n---\nPlan.\n");
        assertEquals(
                List.of(
                        new org.persona4j.model.Handoff(
                                "Start Implementation", "implement", "Implement the plan.", true),
                        new org.persona4j.model.Handoff("Review", "review", "", false)),
                PersonaReader.builder()
                        .build()
                        .read(file)
                        .expectPersona()
                        .metadata()
                        .handoffs());
    }

    /** The {@code variables.*} findings of one text, linted as {@code v.md}. */
    private static List<Diagnostic> variableFindings(String text) {
        return Linter.builder()
                .serviceLoaderRules(false)
                .build()
                .lint(text, "v.md")
                .files()
                .get(0)
                .diagnostics()
                .stream()
                .filter(d -> d.code().startsWith("variables."))
                .toList();
    }

    @Test
    void declaredVariablesAreUsedAndProsePlaceholdersDeclared() {
        String text = "---\ntitle: T\nvariables:\n  team: string\n  unused: {type: number}\n---\n"
                + "## Role Summary\n\nHelp {{team}} and {{who}}.\n\n```\n{{code}}\n```\n";
        List<Diagnostic> found = variableFindings(text);
        assertEquals(
                List.of("v.md:5:3: warning variables.unused", "v.md:9:1: warning variables.undeclared"),
                found.stream()
                        .map(d -> d.source() + ":" + d.line() + ":" + d.column() + ": "
                                + d.severity().name().toLowerCase(java.util.Locale.ROOT) + " " + d.code())
                        .toList());
        assertTrue(found.get(1).message().contains("{{who}}"), found.toString());
    }

    @Test
    void aDeclarationWithAnUnknownTypeOrADefaultOfAnotherTypeIsReportedAndItsPlaceholderStaysDeclared() {
        String text = "---\ntitle: T\nvariables:\n  size: {type: number, default: big}\n"
                + "  kind: {type: [string, number]}\n  ok: {type: boolean, default: 'true'}\n---\n"
                + "## Role Summary\n\nUse {{size}}, {{kind}} and {{ok}}.\n";
        List<Diagnostic> found = variableFindings(text);
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.stream().allMatch(d -> d.code().equals("variables.declaration")), found.toString());
        assertTrue(found.stream()
                .anyMatch(d -> d.message().contains("'size'") && d.message().contains("'big'")));
        assertTrue(found.stream()
                .anyMatch(d -> d.message().contains("'kind'") && d.message().contains("list of types")));
    }

    @Test
    void anInvisibleCharacterInANameIsAnErrorNoConfigurationSwitchesOff(@TempDir Path dir) throws IOException {
        write(dir, ".claude/agents/a.md", "---\nname: research\u200Bagent\ndescription: d\n---\nX.\n");
        write(dir, ".claude/agents/b.md", "---\nname: research-agent\ndescription: d\n---\nX.\n");
        Path config = write(dir, LintConfig.FILE_NAME, "rules:\n  dialect.hidden-name: off\n");
        List<Diagnostic> found = Linter.builder()
                .serviceLoaderRules(false)
                .foundConfig(LintConfig.load(config), config)
                .build()
                .lint(List.of(dir))
                .files()
                .stream()
                .flatMap(f -> f.diagnostics().stream())
                .filter(d -> d.code().equals("dialect.hidden-name"))
                .toList();
        assertEquals(1, found.size(), found.toString());
        assertEquals(Severity.ERROR, found.get(0).severity());
        assertTrue(
                found.get(0).source().endsWith("a.md") && found.get(0).message().contains("U+200B"), found.toString());
    }

    @Test
    void theDialectCanBeGivenInsteadOfDetected(@TempDir Path dir) throws IOException {
        Path file = write(dir, "notes.md", "---\nname: x\ndescription: y\n---\nBody.\n");
        assertEquals(
                Dialect.CLAUDE_SUBAGENT,
                PersonaReader.builder().build().read(file).expectPersona().dialect());
        Persona asIs = PersonaReader.builder()
                .options(ReadOptions.builder().dialect(Dialect.AI_LEY).build())
                .build()
                .read(file)
                .expectPersona();
        assertEquals(Dialect.AI_LEY, asIs.dialect());
        assertEquals("notes", asIs.id());
    }

    @Test
    void whatSilentlyBreaksAFileInItsVendorsToolIsReported(@TempDir Path dir) throws IOException {
        write(dir, ".claude/agents/hooked.md", "---\nname: hooked\ndescription: d\nhooks: []\n---\nX.\n");
        write(dir, ".claude/agents/gpt.md", "---\nname: gpt\ndescription: d\nmodel: GPT-4.1\n---\nX.\n");
        write(
                dir,
                ".claude/agents/both.md",
                "---\nname: both\ndescription: d\ntools: Read, Bash\ndisallowedTools: Bash\n---\nX.\n");
        write(dir, ".claude/agents/colon.md", "---\nname: \"plugin:agent\"\ndescription: d\n---\nX.\n");
        write(
                dir,
                ".cursor/rules/quoted.mdc",
                "---\ndescription: d\nglobs: \"**/*.ts\"\nalwaysApply: false\n---\nX.\n");
        write(dir, ".github/chatmodes/plan.chatmode.md", "---\ndescription: Plans\n---\nPlan.\n");
        write(dir, ".github/prompts/p.prompt.md", "---\ndescription: d\nmode: agent\n---\nDo.\n");
        write(dir, ".github/agents/sonnet.agent.md", "---\nname: s\ndescription: d\nmodel: sonnet\n---\nX.\n");
        write(dir, ".github/instructions/none.instructions.md", "---\ndescription: d\n---\nX.\n");
        LintReport report = Linter.builder().serviceLoaderRules(false).build().lint(List.of(dir));
        Map<String, List<String>> codes = new TreeMap<>();
        for (FileReport f : report.files()) {
            codes.put(
                    dir.relativize(Path.of(f.label())).toString(),
                    f.diagnostics().stream()
                            .map(Diagnostic::code)
                            .filter(c -> c.startsWith("dialect."))
                            .distinct()
                            .toList());
        }
        assertEquals(List.of("dialect.hooks", "dialect.value"), codes.get(".claude/agents/hooked.md"));
        assertEquals(List.of("dialect.model"), codes.get(".claude/agents/gpt.md"));
        assertEquals(List.of("dialect.tools-overlap"), codes.get(".claude/agents/both.md"));
        assertEquals(List.of("dialect.name"), codes.get(".claude/agents/colon.md"));
        assertEquals(List.of("dialect.quoted-glob"), codes.get(".cursor/rules/quoted.mdc"));
        assertEquals(List.of("dialect.retired"), codes.get(".github/chatmodes/plan.chatmode.md"));
        assertEquals(List.of("dialect.retired"), codes.get(".github/prompts/p.prompt.md"));
        assertEquals(List.of("dialect.model"), codes.get(".github/agents/sonnet.agent.md"));
        assertEquals(List.of("dialect.recommended"), codes.get(".github/instructions/none.instructions.md"));
    }

    @Test
    void aSkillOrAgentNamedButNotAmongTheFilesOfItsKindIsReported(@TempDir Path dir) throws IOException {
        write(dir, "skills/pdf/SKILL.md", "---\nname: pdf\ndescription: Reads PDFs.\n---\nX.\n");
        write(
                dir,
                ".claude/agents/reader.md",
                "---\nname: reader\ndescription: d\nskills:\n  - pdf\n  - docx\n---\nX.\n");
        write(
                dir,
                ".github/agents/plan.agent.md",
                "---\nname: plan\ndescription: d\nagents: [build, '*']\nhandoffs:\n  - label: Go\n    agent: "
                        + "implement\n  - label: Ask\n    agent: agent\n---\nX.\n");
        write(dir, ".github/agents/build.agent.md", "---\nname: build\ndescription: d\n---\nX.\n");
        LintReport report = Linter.builder().serviceLoaderRules(false).build().lint(List.of(dir));
        List<String> found = report.files().stream()
                .flatMap(f -> f.diagnostics().stream())
                .filter(d -> d.code().equals("set.unknown-reference"))
                .map(d -> d.message().substring(0, d.message().indexOf(';')))
                .toList();
        assertEquals(
                List.of(
                        "'docx' is not the name of any Agent Skill linted with this file",
                        "'implement' is not the name of any Copilot custom agent linted with this file"),
                found.stream().sorted().toList());
    }

    @Test
    void aDocumentedKeyIsNeverUnknownAndAnUndocumentedOneGetsADidYouMean(@TempDir Path dir) throws IOException {
        write(
                dir,
                ".claude/agents/full.md",
                "---\nname: full\ndescription: d\ndisallowedTools: Bash\nmaxTurns: 5\nskills:\n  - pdf\n"
                        + "memory: project\n---\nX.\n");
        write(
                dir,
                ".github/agents/a.agent.md",
                "---\nname: a\ndescription: d\nuser-invokable: false\ndisable-model-invocation: true\n"
                        + "agents: ['*']\n---\nX.\n");
        write(dir, "skills/s/SKILL.md", "---\nname: s\ndescription: d\nargument-hint: '[file]'\n---\nX.\n");
        LintReport report = Linter.builder().serviceLoaderRules(false).build().lint(List.of(dir));
        List<String> unknown = report.files().stream()
                .flatMap(f -> f.diagnostics().stream())
                .filter(d -> d.code().equals("metadata.unknown-key"))
                .map(Diagnostic::message)
                .toList();
        assertEquals(List.of("unknown front-matter key 'user-invokable'; did you mean 'user-invocable'?"), unknown);
    }

    private static Path write(Path dir, String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    /** Each file's finding codes, by its path relative to {@code dir} with {@code /} between folders. */
    private static Map<String, List<String>> codesByFile(LintReport report, Path dir) {
        Map<String, List<String>> codes = new TreeMap<>();
        report.files()
                .forEach(f -> codes.put(
                        dir.relativize(Path.of(f.label())).toString().replace('\\', '/'),
                        f.diagnostics().stream().map(Diagnostic::code).toList()));
        return codes;
    }
}
