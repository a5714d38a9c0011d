package org.persona4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code persona lint --print-config FILE} and {@code --prune-baseline}. */
class LintConfigOptionsTest {

    private static final String PLACEHOLDER =
            "---\ntitle: T\ndescription: Awaiting summary.\n---\n## Role Summary\nx\n";

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    @Test
    void printConfigShowsTheLevelsThatApplyToOneFileAndWhereTheyCameFrom(@TempDir Path dir) throws IOException {
        write(dir.resolve("team.yaml"), "rules:\n  text.html-comment: error\n");
        write(
                dir.resolve(".persona-lint.yml"),
                "extends: team.yaml\noverrides:\n  - files: legacy/**\n    rules:\n      metadata.placeholder: off\n"
                        + "      layout.missing-section: off\n      front-matter.duplicate-key: off\n");
        Path legacy = write(dir.resolve("legacy/old.md"), PLACEHOLDER);
        ShowCommandTest.Run run = ShowCommandTest.persona(
                "lint", "--print-config", legacy.toString(), "--rule", "layout.missing-section=info");
        assertEquals(0, run.exit(), run.err());
        JsonNode shown = new ObjectMapper().readTree(run.out());
        assertTrue(shown.get("configuration").asText().endsWith(".persona-lint.yml"), run.out());
        assertTrue(shown.get("trusted").asText().startsWith("found in the tree"), run.out());
        assertEquals("off", shown.at("/rules/metadata.placeholder").asText());
        assertEquals("error", shown.at("/rules/text.html-comment").asText(), "from the file it extends");
        assertEquals("info", shown.at("/rules/layout.missing-section").asText(), "--rule wins over an override");
        assertTrue(
                shown.at("/rules/front-matter.duplicate-key").asText().startsWith("not applied"),
                "a found configuration cannot change a security check: " + run.out());
        ShowCommandTest.Run elsewhere = ShowCommandTest.persona(
                "lint", "--print-config", dir.resolve("new.md").toString());
        assertTrue(new ObjectMapper()
                .readTree(elsewhere.out())
                .at("/rules/metadata.placeholder")
                .isMissingNode());
    }

    @Test
    void printConfigShowsTheProfileAndStrictnessTheLinterApplies(@TempDir Path dir) throws IOException {
        write(dir.resolve(".persona-lint.yaml"), "profile: technical\n");
        Path file = write(dir.resolve("a.md"), PLACEHOLDER);
        JsonNode fromFile = new ObjectMapper()
                .readTree(ShowCommandTest.persona("lint", "--print-config", file.toString())
                        .out());
        assertEquals("technical", fromFile.get("profile").asText());
        assertEquals(false, fromFile.get("strict").asBoolean());
        JsonNode overridden = new ObjectMapper()
                .readTree(ShowCommandTest.persona(
                                "lint", "--print-config", file.toString(), "--profile", "permissive", "--strict")
                        .out());
        assertEquals("permissive", overridden.get("profile").asText());
        assertEquals(true, overridden.get("strict").asBoolean());
    }

    @Test
    void printConfigShowsTheProfileAFileOfAnotherDialectIsCheckedWith(@TempDir Path dir) throws IOException {
        Path agent = write(
                dir.resolve(".claude/agents/reviewer.md"),
                "---\nname: reviewer\ndescription: Reviews code.\n---\nYou review code.\n");
        JsonNode own = new ObjectMapper()
                .readTree(ShowCommandTest.persona("lint", "--print-config", agent.toString())
                        .out());
        assertEquals("CLAUDE_SUBAGENT", own.get("dialect").asText(), own.toString());
        assertTrue(!own.get("profile").asText().equals("reference"), "its own profile, no layout: " + own);
        JsonNode chosen = new ObjectMapper()
                .readTree(ShowCommandTest.persona("lint", "--print-config", agent.toString(), "--profile", "reference")
                        .out());
        assertEquals("reference", chosen.get("profile").asText(), "a chosen profile applies to every dialect");
        JsonNode readAs = new ObjectMapper()
                .readTree(ShowCommandTest.persona("lint", "--print-config", agent.toString(), "--read-as", "AI_LEY")
                        .out());
        assertEquals("AI_LEY", readAs.get("dialect").asText(), "as --read-as has the lint read it: " + readAs);
        assertEquals("reference", readAs.get("profile").asText(), readAs.toString());
    }

    @Test
    void printConfigMarksARuleLevelOnASecurityCheckThatAFoundConfigurationLeavesUnapplied(@TempDir Path dir)
            throws IOException {
        write(dir.resolve(".persona-lint.yaml"), "strict: false\n");
        Path file = write(dir.resolve("a.md"), PLACEHOLDER);
        JsonNode shown = new ObjectMapper()
                .readTree(ShowCommandTest.persona(
                                "lint", "--print-config", file.toString(), "--rule", "text.bidi-control=off")
                        .out());
        assertTrue(shown.at("/rules/text.bidi-control").asText().startsWith("not applied"), shown.toString());
    }

    @Test
    void printConfigRefusesAnUnknownProfileAsTheLintDoes(@TempDir Path dir) throws IOException {
        Path file = write(dir.resolve("a.md"), PLACEHOLDER);
        ShowCommandTest.Run printed =
                ShowCommandTest.persona("lint", "--print-config", file.toString(), "--profile", "strictest");
        ShowCommandTest.Run linted = ShowCommandTest.persona("lint", file.toString(), "--profile", "strictest");
        assertEquals(2, printed.exit(), printed.out());
        assertEquals(2, linted.exit(), linted.out());
        assertTrue(printed.err().contains("unknown profile 'strictest'"), printed.err());
        assertEquals(linted.err(), printed.err());
    }

    @Test
    void noConfigLookupLintsWithTheDefaultsWhateverTheTreeHolds(@TempDir Path dir) throws IOException {
        write(dir.resolve(".persona-lint.yaml"), "rules:\n  metadata.placeholder: off\n");
        Path file = write(dir.resolve("a.md"), PLACEHOLDER);
        ShowCommandTest.Run found = ShowCommandTest.persona("lint", file.toString(), "--format", "json");
        ShowCommandTest.Run none =
                ShowCommandTest.persona("lint", file.toString(), "--format", "json", "--no-config-lookup");
        assertTrue(!found.out().contains("metadata.placeholder"), found.out());
        assertTrue(none.out().contains("metadata.placeholder"), none.out());
        JsonNode printed = new ObjectMapper()
                .readTree(ShowCommandTest.persona("lint", "--print-config", file.toString(), "--no-config-lookup")
                        .out());
        assertTrue(printed.get("configuration").isNull(), printed.toString());
        assertTrue(printed.at("/rules/metadata.placeholder").isMissingNode(), printed.toString());
    }

    @Test
    void configurationOptionsThatWouldBeIgnoredAreRefused(@TempDir Path dir) throws IOException {
        Path file = write(dir.resolve("a.md"), PLACEHOLDER);
        Path config = write(dir.resolve("c.yaml"), "rules: {}\n");
        ShowCommandTest.Run baseAlone =
                ShowCommandTest.persona("lint", file.toString(), "--config-base", dir.toString());
        assertEquals(2, baseAlone.exit(), baseAlone.out());
        assertTrue(baseAlone.err().contains("give --config too"), baseAlone.err());
        ShowCommandTest.Run both =
                ShowCommandTest.persona("lint", file.toString(), "--config", config.toString(), "--no-config-lookup");
        assertEquals(2, both.exit(), both.out());
        assertTrue(both.err().contains("contradict"), both.err());
    }

    @Test
    void pruneBaselineDropsFixedFindingsFromTheFileAndReportsAsABaselineDoes(@TempDir Path dir) throws IOException {
        Path a = write(dir.resolve("a.md"), PLACEHOLDER);
        Path b = write(dir.resolve("b.md"), PLACEHOLDER);
        Path baseline = dir.resolve("baseline.json");
        ShowCommandTest.Run made = ShowCommandTest.persona(
                "lint",
                dir.toString(),
                "--baseline",
                baseline.toString(),
                "--update-baseline",
                "--base",
                dir.toString());
        assertEquals(0, made.exit(), made.err());
        String before = Files.readString(baseline);
        Files.writeString(b, "---\ntitle: T\ndescription: A persona of its own.\n---\n## Role Summary\nx\n");
        ShowCommandTest.Run pruned = ShowCommandTest.persona(
                "lint",
                dir.toString(),
                "--baseline",
                baseline.toString(),
                "--prune-baseline",
                "--base",
                dir.toString());
        assertEquals(0, pruned.exit(), pruned.out() + pruned.err());
        assertTrue(pruned.err().contains("persona: pruned 1 of "), pruned.err());
        String after = Files.readString(baseline);
        assertTrue(after.length() < before.length());
        assertTrue(after.contains("a.md") && after.contains("b.md"), "what both still have stays: " + after);
        assertTrue(Files.exists(a));
    }

    @Test
    void pruneBaselineNeedsABaselineAndIsNotAnUpdate(@TempDir Path dir) throws IOException {
        Path a = write(dir.resolve("a.md"), PLACEHOLDER);
        ShowCommandTest.Run none = ShowCommandTest.persona("lint", a.toString(), "--prune-baseline");
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("--prune-baseline needs --baseline FILE"), none.err());
        ShowCommandTest.Run both = ShowCommandTest.persona(
                "lint",
                a.toString(),
                "--baseline",
                dir.resolve("b.json").toString(),
                "--prune-baseline",
                "--update-baseline");
        assertEquals(2, both.exit());
        assertTrue(both.err().contains("give one"), both.err());
    }

    @Test
    void oneRunWritesEveryFormItIsAskedFor(@TempDir Path dir) throws IOException {
        Path a = write(dir.resolve("a.md"), PLACEHOLDER);
        Path sarif = dir.resolve("out/lint.sarif");
        Path junit = dir.resolve("out/lint.xml");
        Files.createDirectories(sarif.getParent());
        ShowCommandTest.Run run = ShowCommandTest.persona(
                "lint",
                a.toString(),
                "--format",
                "github",
                "--report",
                "sarif=" + sarif,
                "--report",
                "junit=" + junit,
                "--base",
                dir.toString());
        assertTrue(run.out().startsWith("::"), run.out());
        assertEquals(
                "2.1.0",
                new ObjectMapper().readTree(sarif.toFile()).get("version").asText());
        assertTrue(Files.readString(junit).contains("<testsuites"), "the JUnit form from the same run");
    }
}
