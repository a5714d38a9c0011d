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
import org.persona4j.testing.Corpus;

class LintCommandTest {

    @Test
    void referencePersonaHasWarningsAndExitsWithZero() {
        Path file = Corpus.require("ai-ley-personas/engineer/backend-engineer.md");
        ShowCommandTest.Run run = ShowCommandTest.persona("lint", file.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("backend-engineer.md:14:1: warning metadata.body-disagrees"), run.out());
        assertTrue(run.out().contains("   14 | version: 1.0.0\n      | ^\n"), run.out());
        assertTrue(run.out().endsWith("1 file linted, 0 errors, 5 warnings, 1 note\n"), run.out());
    }

    @Test
    void errorsExitWithOneAndStrictTurnsWarningsIntoErrors() {
        Path duplicate = Path.of("src", "test", "resources", "fixtures", "duplicate-key.md");
        assertEquals(1, ShowCommandTest.persona("lint", duplicate.toString()).exit());
        Path bundled = Path.of("src", "main", "resources", "org", "persona4j", "cli", "bundled");
        assertEquals(0, ShowCommandTest.persona("lint", bundled.toString()).exit());
        Path warningsOnly = Path.of("src", "test", "resources", "fixtures", "invalid-utf8.md");
        assertEquals(
                0,
                ShowCommandTest.persona("lint", warningsOnly.toString(), "--profile", "permissive")
                        .exit());
        assertEquals(
                1,
                ShowCommandTest.persona("lint", warningsOnly.toString(), "--strict")
                        .exit());
    }

    @Test
    void bundledPersonasLintCleanly() {
        Path bundled = Path.of("src", "main", "resources", "org", "persona4j", "cli", "bundled");
        ShowCommandTest.Run run = ShowCommandTest.persona("lint", bundled.toString());
        assertEquals("3 files linted, 0 errors, 0 warnings, 0 notes\n", run.out());
    }

    @Test
    void sarifAndJsonAreValidDocuments() throws IOException {
        Path file = Path.of("src", "test", "resources", "fixtures", "duplicate-key.md");
        JsonNode sarif = org.persona4j.testing.SarifSchema.assertValid(
                ShowCommandTest.persona("lint", file.toString(), "-f", "sarif").out());
        assertEquals("2.1.0", sarif.get("version").asText());
        boolean found = false;
        for (JsonNode result : sarif.at("/runs/0/results")) {
            found |= result.get("ruleId").asText().equals("front-matter.duplicate-key")
                    && result.at("/locations/0/physicalLocation/region/startLine")
                                    .asInt()
                            == 3
                    && result.get("level").asText().equals("error");
        }
        assertTrue(found, sarif.toString());
        JsonNode json = new ObjectMapper()
                .readTree(ShowCommandTest.persona("lint", file.toString(), "-f", "json")
                        .out());
        assertEquals(1, json.at("/summary/errors").asInt());
    }

    @Test
    void configurationIsFoundAboveThePathOrGivenExplicitly(@TempDir Path dir) throws IOException {
        Path persona = dir.resolve("p.md");
        Files.writeString(persona, "---\ntitle: T\ndescription: Awaiting summary.\n---\n## Role Summary\nx\n");
        Files.writeString(
                dir.resolve(".persona-lint.yaml"), "profile: permissive\nrules:\n" + "  metadata.placeholder: error\n");
        assertEquals(1, ShowCommandTest.persona("lint", persona.toString()).exit());
        Path other = dir.resolve("other.yaml");
        Files.writeString(other, "profile: permissive\nrules:\n  metadata.placeholder: off\n");
        ShowCommandTest.Run run = ShowCommandTest.persona("lint", persona.toString(), "--config", other.toString());
        assertEquals(0, run.exit());
        assertTrue(run.out().endsWith("1 file linted, 0 errors, 0 warnings, 0 notes\n"), run.out());
        assertTrue(
                run.out().startsWith("configuration: ")
                        && run.out()
                                .contains("1 finding suppressed (0 by "
                                        + "directives in the files, 1 by the configuration, 0 by the baseline)"),
                run.out());
    }

    @Test
    void badConfigurationAndMissingPathsAreUsageErrors(@TempDir Path dir) throws IOException {
        Path config = dir.resolve("bad.yaml");
        Files.writeString(config, "rules:\n  metadata.placehodler: off\n");
        ShowCommandTest.Run run = ShowCommandTest.persona("lint", dir.toString(), "--config", config.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("did you mean 'metadata.placeholder'?"), run.err());
        ShowCommandTest.Run missing =
                ShowCommandTest.persona("lint", dir.resolve("nope").toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("no file or persona with id '" + dir.resolve("nope") + "'"), missing.err());
        assertEquals(
                2,
                ShowCommandTest.persona("lint", dir.toString(), "--profile", "fancy")
                        .exit());
    }

    @Test
    void rulesAreListedAndAPathIsRequiredOtherwise() {
        ShowCommandTest.Run rules = ShowCommandTest.persona("lint", "--rules");
        assertEquals(0, rules.exit());
        assertTrue(
                rules.out().lines().anyMatch(l -> l.matches("text\\.bidi-control +error +no bidirectional.*")),
                rules.out());
        ShowCommandTest.Run none = ShowCommandTest.persona("lint");
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("give at least one PATH"), none.err());
    }

    @Test
    void theWholeCorpusLintsWithoutAnException() {
        Path corpus = Corpus.require();
        ShowCommandTest.Run run = ShowCommandTest.persona("lint", corpus.toString(), "-f", "json");
        assertTrue(run.exit() == 0 || run.exit() == 1, run.err());
        assertEquals("", run.err());
    }

    @Test
    void anEmptyOrMistypedDirectoryIsAUsageErrorNotAPass(@TempDir Path dir) throws IOException {
        ShowCommandTest.Run empty = ShowCommandTest.persona("lint", dir.toString());
        assertEquals(2, empty.exit(), empty.out());
        assertTrue(empty.err().contains("no persona files found in " + dir), empty.err());
        Files.writeString(dir.resolve("notes.txt"), "not a persona");
        assertEquals(2, ShowCommandTest.persona("lint", dir.toString()).exit());
        assertEquals(
                2,
                ShowCommandTest.persona("lint", dir.resolve("typo").toString()).exit());
    }

    @Test
    void sarifForFilesOutsideTheRepositoryUsesRelativeReferencesThatResolveToTheFile(@TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("outside.md");
        Files.writeString(file, "---\ntitle: T\nversion: nope\n---\n## Role Summary\n\nX.\n");
        JsonNode sarif = org.persona4j.testing.SarifSchema.assertValid(
                ShowCommandTest.persona("lint", file.toString(), "-f", "sarif").out());
        java.net.URI root = java.net.URI.create(
                sarif.at("/runs/0/originalUriBaseIds/%SRCROOT%/uri").asText()); // the repository's top by default
        for (JsonNode result : sarif.at("/runs/0/results")) {
            JsonNode artifact = result.at("/locations/0/physicalLocation/artifactLocation");
            java.net.URI uri = java.net.URI.create(artifact.get("uri").asText());
            assertTrue(uri.getScheme() == null && !uri.getPath().startsWith("/"), uri.toString());
            assertEquals("%SRCROOT%", artifact.path("uriBaseId").asText());
            assertEquals(file.toAbsolutePath().toUri(), root.resolve(uri));
        }
        JsonNode based = org.persona4j.testing.SarifSchema.assertValid(
                ShowCommandTest.persona("lint", file.toString(), "-f", "sarif", "--base", dir.toString())
                        .out());
        assertEquals(
                "outside.md",
                based.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri")
                        .asText());
    }
}
