package org.persona4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Options declared once for several commands: --read-as (with its hidden former name) and lint's --config-base. */
class SharedOptionsTest {

    private static final String AGENT = "---\nname: reviewer\ndescription: Reviews code.\n---\nReview the change.\n";

    private static String dialect(ShowCommandTest.Run run) throws IOException {
        assertEquals(0, run.exit(), run.err());
        return new ObjectMapper().readTree(run.out()).get("dialect").asText();
    }

    @Test
    void readAsReadsAFileAsTheDialectNamedAndDialectStillDoesThereHidden(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("reviewer.md"), AGENT);
        assertEquals("CLAUDE_SUBAGENT", dialect(ShowCommandTest.persona("show", file.toString(), "-f", "json")));
        assertEquals(
                "CURSOR_RULE",
                dialect(ShowCommandTest.persona("show", file.toString(), "--read-as", "cursor", "-f", "json")));
        assertEquals(
                "CURSOR_RULE",
                dialect(ShowCommandTest.persona("show", file.toString(), "--dialect", "cursor", "-f", "json")));
        String help = ShowCommandTest.persona("show", "--help").out();
        assertTrue(help.contains("--read-as=DIALECT"), help);
        assertFalse(help.contains("--dialect"), "the former name is not offered: " + help);
    }

    @Test
    void configBaseAppliesAGivenConfigurationsGlobsToAnotherFolder(@TempDir Path dir) throws IOException {
        Path config = Files.writeString(
                Files.createDirectories(dir.resolve("elsewhere")).resolve("lint.yaml"),
                "overrides:\n  - files: legacy/**\n    rules:\n      metadata.placeholder: off\n");
        Path tree = Files.createDirectories(dir.resolve("tree/legacy"));
        Path file = Files.writeString(
                tree.resolve("old.md"), "---\ntitle: T\ndescription: Awaiting summary.\n---\n## Role Summary\nx\n");
        ShowCommandTest.Run relativeToItself =
                ShowCommandTest.persona("lint", file.toString(), "--config", config.toString(), "-f", "json");
        assertTrue(relativeToItself.out().contains("metadata.placeholder"), "globs relative to elsewhere/ miss");
        ShowCommandTest.Run rebased = ShowCommandTest.persona(
                "lint",
                file.toString(),
                "--config",
                config.toString(),
                "--config-base",
                dir.resolve("tree").toString(),
                "-f",
                "json");
        assertFalse(rebased.out().contains("metadata.placeholder"), rebased.out());
    }
}
