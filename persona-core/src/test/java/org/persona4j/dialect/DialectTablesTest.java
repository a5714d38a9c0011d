package org.persona4j.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.persona4j.Dialect;

/** The dialect tables are whole and are the only place that knows a dialect's keys. */
class DialectTablesTest {

    @Test
    void everyKeyOfEveryDialectNamesTheVendorPageItComesFromAndWhenItWasChecked() {
        for (Dialect d : Dialect.values()) {
            DialectSpec spec = d.spec();
            assertEquals(d, spec.dialect());
            assertFalse(spec.sources().isEmpty(), d + " cites no documentation");
            for (KeySpec k : spec.keys()) {
                assertEquals("https", k.source().url().getScheme(), d + "." + k.name());
                LocalDate checked = k.source().checked();
                assertTrue(
                        checked.isAfter(LocalDate.of(2025, 6, 1)) && !checked.isAfter(LocalDate.now()),
                        d + "." + k.name() + " was checked on " + checked + ", not in the last year and a half");
                assertFalse(k.help().isBlank(), d + "." + k.name() + " says nothing of itself");
                if (k.isOutdated()) {
                    assertFalse(k.replacement().isBlank(), d + "." + k.name() + " names no replacement");
                }
            }
        }
    }

    @Test
    void aRoleNamesOneCurrentKeyPerDialectSoAccessorsAndConversionFindOne() {
        for (Dialect d : Dialect.values()) {
            Map<KeyRole, String> seen = new HashMap<>();
            for (KeySpec k : d.spec().keys()) {
                if (k.role() != KeyRole.NONE && k.status() != Lifecycle.RETIRED) {
                    String other = seen.put(k.role(), k.name());
                    assertEquals(null, other, d + ": " + k.role() + " is both " + other + " and " + k.name());
                }
            }
        }
    }

    @Test
    void theShortNamesUsersTypeNameOneDialectEach() {
        Set<String> all = new HashSet<>();
        for (Dialect d : Dialect.values()) {
            for (String n : d.spec().names()) {
                assertTrue(all.add(n), n + " names two dialects");
            }
        }
        assertEquals(Dialect.CLAUDE_SUBAGENT, Dialect.named("claude").orElseThrow());
        assertEquals(Dialect.COPILOT_AGENT, Dialect.named("copilot").orElseThrow());
        assertEquals(Dialect.CURSOR_RULE, Dialect.named("Cursor").orElseThrow());
        assertEquals(Dialect.AGENT_SKILL, Dialect.named("skill").orElseThrow());
        assertEquals(Dialect.CREWAI_AGENT, Dialect.named("crewai").orElseThrow());
        assertEquals(Dialect.AGENTS_MD, Dialect.named("agents-md").orElseThrow());
        assertEquals(Dialect.CLAUDE_SUBAGENT, Dialect.named("claude_subagent").orElseThrow());
    }

    @Test
    void filesAreToldByNameThenFolderThenKeys() {
        assertEquals(Dialect.AGENTS_MD, Dialect.detect("services/api/AGENTS.md", List.of()));
        assertEquals(Dialect.CLAUDE_MD, Dialect.detect("CLAUDE.local.md", List.of()));
        assertEquals(Dialect.GEMINI_MD, Dialect.detect("GEMINI.md", List.of()));
        assertEquals(
                Dialect.COPILOT_REPOSITORY_INSTRUCTIONS, Dialect.detect(".github/copilot-instructions.md", List.of()));
        assertEquals(Dialect.CLAUDE_RULE, Dialect.detect("repo/.claude/rules/web/react.md", List.of("paths")));
        assertEquals(Dialect.CLAUDE_SUBAGENT, Dialect.detect(".claude/agents/reviewer.md", List.of("title")));
        assertEquals(Dialect.COPILOT_AGENT, Dialect.detect(".github/agents/plain.md", List.of()));
        assertEquals(Dialect.AGENT_SKILL, Dialect.detect("skills/pdf/SKILL.md", List.of()));
        assertEquals(Dialect.CLAUDE_SUBAGENT, Dialect.detect("plugins/x/agents/a.md", List.of("name", "description")));
        assertEquals(Dialect.AI_LEY, Dialect.detect("personas/a.md", List.of("name", "description", "title")));
        assertEquals(Dialect.CURSOR_RULE, Dialect.detect("r.mdc", List.of()));
    }

    @Test
    void claudeCommandsAreToldByTheirFolderOrByTheirKeysInACommandsFolder() {
        assertEquals(Dialect.CLAUDE_COMMAND, Dialect.detect(".claude/commands/review.md", List.of()));
        assertEquals(Dialect.CLAUDE_COMMAND, Dialect.detect("repo/.claude/commands/git/commit.md", List.of("title")));
        assertEquals(
                Dialect.CLAUDE_COMMAND,
                Dialect.detect("plugins/teams/commands/debug.md", List.of("description", "argument-hint")));
        assertEquals(Dialect.CLAUDE_COMMAND, Dialect.detect("commands\\fix.md", List.of("allowed-tools")));
        assertEquals(
                Dialect.CLAUDE_COMMAND,
                Dialect.detect("plugins/x/commands/a.md", List.of("name", "description", "argument-hint")),
                "a command's key in its folder wins over a subagent's keys");
        assertEquals(
                Dialect.AI_LEY,
                Dialect.detect("docs/commands/deploy.md", List.of("description")),
                "a description alone is a documentation page's as much as a command's");
        assertEquals(
                Dialect.AI_LEY,
                Dialect.detect("docs/commands/deploy.md", List.of("title", "description")),
                "a page with a title in a project's docs is no command");
        assertEquals(Dialect.AI_LEY, Dialect.detect("docs/commands/deploy.md", List.of("sidebar_position")));
        assertEquals(
                Dialect.CLAUDE_COMMAND,
                Dialect.detect("templates/commands/plan.md", List.of("description", "scripts"), "Plan $ARGUMENTS."),
                "a command template for several agents: a description and a body that reads its arguments");
        assertEquals(
                Dialect.AI_LEY,
                Dialect.detect("docs/commands/deploy.md", List.of("description"), "Run `deploy $1` to ship."),
                "$1 is a shell snippet's as much as a command's");
        assertEquals(
                Dialect.AI_LEY,
                Dialect.detect("docs/commands/deploy.md", List.of("description"), "Set $ARGUMENTS_FILE first."),
                "another name that starts like the placeholder");
        assertEquals(
                Dialect.CLAUDE_COMMAND,
                Dialect.detect("commands/fix.md", List.of(), "Fix issue $ARGUMENTS[0]."),
                "an argument by its index");
        assertEquals(
                Dialect.AI_LEY,
                Dialect.detect("templates/commands/plan.md", List.of("title"), "Plan $ARGUMENTS."),
                "a title makes it an AI-LEY persona");
        assertEquals(
                Dialect.AI_LEY,
                Dialect.detect("templates/plan.md", List.of("description"), "Plan $ARGUMENTS."),
                "the placeholder tells a command only in a commands folder");
        assertEquals(
                Dialect.CURSOR_RULE,
                Dialect.detect("commands/plan.mdc", List.of("description"), "Plan $ARGUMENTS."),
                "a name that tells the dialect wins");
        assertEquals(Dialect.AI_LEY, Dialect.detect("commands-old/deploy.md", List.of("argument-hint")));
        assertEquals(
                Dialect.CLAUDE_COMMAND,
                Dialect.detect("components/commands/automation/ci.md", List.of("allowed-tools", "description")),
                "a namespace folder below the commands folder, as Claude Code reads them");
        assertEquals(
                Dialect.CLAUDE_COMMAND,
                Dialect.detect("commands/a/b/c/d/e/f/g/h/deep.md", List.of("argument-hint")),
                "eight folders down");
        assertEquals(
                Dialect.AI_LEY,
                Dialect.detect("commands/a/b/c/d/e/f/g/h/i/deeper.md", List.of("argument-hint")),
                "nine folders down is too far to count as below the commands folder");
        assertEquals(
                Dialect.CURSOR_RULE,
                Dialect.detect("rules/docker.md", List.of("description", "globs")),
                "Cursor's own keys, in a collection of rules outside .cursor/rules");
        assertEquals(Dialect.CURSOR_RULE, Dialect.detect("rules/style.md", List.of("alwaysApply")));
        assertEquals(
                Dialect.AI_LEY,
                Dialect.detect("personas/docker.md", List.of("title", "globs")),
                "a title makes it an AI-LEY persona");
        assertEquals(
                Dialect.AI_LEY,
                Dialect.detect("docs/commands/guides/page.md", List.of("title", "sidebar_position")),
                "a documentation page below a commands folder has none of a command's keys");
        assertEquals(Optional.empty(), Dialect.fromPath("plugins/x/commands/a.md"), "the folder alone tells nothing");
    }

    @Test
    void languageNamesWithSymbolsStayApartAsSlugs() {
        assertEquals("csharp-expert", Dialect.slug("C# Expert"));
        assertEquals("cpp-expert", Dialect.slug("C++ Expert"));
        assertEquals("c-expert", Dialect.slug("C Expert"));
        assertEquals("fsharp-developer", Dialect.slug("F# Developer"));
        assertEquals("dotnet-architect", Dialect.slug(".NET Architect"));
        assertEquals("asp-net-core", Dialect.slug("ASP.NET Core"));
        assertEquals("persona", Dialect.slug("###"));
    }

    @Test
    void toolsTranslateThroughWhatTheyDo() {
        ToolVocabulary claude = Dialect.CLAUDE_SUBAGENT.spec().tools();
        ToolVocabulary copilot = Dialect.COPILOT_AGENT.spec().tools();
        assertEquals(ToolKind.READ, claude.find("Read").orElseThrow().kind());
        assertEquals(
                ToolKind.EXECUTE, claude.find("Bash(git diff:*)").orElseThrow().kind());
        assertEquals(ToolKind.READ, copilot.find("READ").orElseThrow().kind(), "Copilot ignores case");
        assertEquals(
                ToolKind.SEARCH, copilot.find("search/codebase").orElseThrow().kind());
        assertEquals(
                new McpTool("github", "get_issue"),
                claude.mcpTool("mcp__github__get_issue").orElseThrow());
        assertEquals(new McpTool("github", "*"), copilot.mcpTool("github/*").orElseThrow());
        assertEquals(
                "github/get_issue",
                copilot.write(new McpTool("github", "get_issue")).orElseThrow());
        assertFalse(claude.knows("Reed"));
        assertTrue(claude.closed() && !copilot.closed());
    }

    @Test
    void modelsAreReadAndWrittenByTheModelTheyName() {
        ModelVocabulary claude = Dialect.CLAUDE_SUBAGENT.spec().models();
        ModelVocabulary copilot = Dialect.COPILOT_AGENT.spec().models();
        ModelRef sonnet45 = copilot.read("Claude Sonnet 4.5 (copilot)").orElseThrow();
        assertEquals(new ModelRef("anthropic", "sonnet", "4.5"), sonnet45);
        assertEquals("claude-sonnet-4-5", claude.write(sonnet45).orElseThrow());
        assertEquals(
                "Claude Opus 4.1",
                copilot.write(claude.read("claude-opus-4-1-20250805").orElseThrow())
                        .orElseThrow());
        assertEquals(
                new ModelRef("openai", "gpt", "4.1"), copilot.read("GPT-4.1").orElseThrow());
        assertTrue(
                claude.write(copilot.read("GPT-4.1").orElseThrow()).isEmpty(), "Claude Code runs Claude models only");
        assertTrue(copilot.write(claude.read("sonnet").orElseThrow()).isEmpty(), "an alias names no version");
        assertTrue(claude.read("inherit").orElseThrow().isInherit());
        assertTrue(claude.accepts("opus") && claude.accepts("claude-haiku-4-5") && !claude.accepts("GPT-4.1"));
        assertTrue(copilot.accepts("GPT-4.1") && !copilot.accepts("sonnet"));
    }

    @Test
    void theModelsValuesStaySmallEnoughToReadAtOnce() throws IOException {
        for (String file : List.of("PersonaMetadata.java", "model/PersonaBody.java")) {
            long lines =
                    Files.lines(Path.of("src/main/java/org/persona4j", file)).count();
            assertTrue(
                    lines < 300, file + " has " + lines + " lines: derive from the tables, do not store beside them");
        }
    }

    /**
     * Key names that read as front-matter keys wherever they appear (a capital, a hyphen or an underscore inside, or
     * a word no other code uses): no main source outside the dialect tables may spell them. Plain words such as
     * {@code name} or {@code title} are also JSON fields and section words; the accessors reach those keys by their
     * {@link KeyRole} instead.
     */
    @Test
    void noMainSourceOutsideTheDialectTablesNamesADialectsKey() throws IOException {
        Set<String> keys = new HashSet<>();
        for (Dialect d : Dialect.values()) {
            for (KeySpec k : d.spec().keys()) {
                if (k.name().matches(".*[A-Z_-].*")
                        || Set.of("globs", "handoffs", "applyTo").contains(k.name())) {
                    keys.add(k.name());
                }
            }
        }
        // Literals that happen to spell a key but are something else, each with what it is.
        Map<String, String> elsewhere = Map.of(
                "org/persona4j/internal/render/RequestShapes.java:max_tokens",
                "the OpenAI request field, not front matter");
        Pattern literal = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
        // Any key, plain words too, read from metadata by its literal name rather than by its role.
        Set<String> everyKey = new HashSet<>();
        for (Dialect d : Dialect.values()) {
            d.spec().keys().forEach(k -> everyKey.add(k.name()));
        }
        Pattern byName = Pattern.compile("metadata\\(\\)\\s*\\.(?:span|list|text|value|has)\\(\"([^\"]+)\"\\)");
        List<String> found = new ArrayList<>();
        Path root = Path.of("").toAbsolutePath().getParent();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path module : modules.filter(m -> Files.isDirectory(m.resolve("src/main/java")))
                    .toList()) {
                try (Stream<Path> files = Files.walk(module.resolve("src/main/java"))) {
                    for (Path f :
                            files.filter(p -> p.toString().endsWith(".java")).toList()) {
                        String rel = module.resolve("src/main/java")
                                .relativize(f)
                                .toString()
                                .replace('\\', '/');
                        if (rel.startsWith("org/persona4j/internal/dialect/")
                                || rel.startsWith("org/persona4j/dialect/")) {
                            continue;
                        }
                        List<String> lines = Files.readAllLines(f);
                        String whole = String.join("\n", lines);
                        Matcher read = byName.matcher(whole);
                        while (read.find()) {
                            if (everyKey.contains(read.group(1))) {
                                int line = (int) whole.substring(0, read.start())
                                                .chars()
                                                .filter(c -> c == '\n')
                                                .count()
                                        + 1;
                                found.add(module.getFileName() + "/" + rel + ":" + line + " metadata read by the "
                                        + "key's name \"" + read.group(1) + "\"");
                            }
                        }
                        for (int i = 0; i < lines.size(); i++) {
                            String line = lines.get(i).strip();
                            if (line.startsWith("*") || line.startsWith("//") || line.startsWith("/*")) {
                                continue;
                            }
                            Matcher m = literal.matcher(line);
                            while (m.find()) {
                                if (keys.contains(m.group(1)) && !elsewhere.containsKey(rel + ":" + m.group(1))) {
                                    found.add(module.getFileName() + "/" + rel + ":" + (i + 1) + " \"" + m.group(1)
                                            + "\"");
                                }
                            }
                        }
                    }
                }
            }
        }
        assertTrue(keys.size() > 30, "the distinctive keys: " + keys);
        assertEquals(List.of(), found);
    }
}
