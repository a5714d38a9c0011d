package org.persona4j.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.persona4j.testing.Corpus;

/**
 * Linting every real persona file: it completes, the counts per code match the recorded ones (so a change in what
 * the rules find is a deliberate, reviewed change to {@code corpus-lint-counts.txt}), and the SARIF output has the
 * structure GitHub code scanning accepts.
 */
class CorpusLintTest {

    private static final Path EXPECTED = Path.of("src", "test", "resources", "corpus-lint-counts.txt");
    private static LintReport report;
    private static Path corpus;

    @BeforeAll
    static void lintTheCorpus() throws IOException {
        if (Corpus.find().isPresent()) {
            corpus = Corpus.find().get();
            report = LintTesting.REFERENCE.lint(List.of(corpus));
        }
    }

    @Test
    void everyCorpusFileIsLinted() {
        Corpus.require();
        assertEquals(Corpus.personaFiles(corpus).size(), report.files().size());
    }

    @Test
    void countsPerCodeAreStable() throws IOException {
        Corpus.require();
        Map<String, Integer> expected = new TreeMap<>();
        for (String line : Files.readAllLines(EXPECTED)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] parts = line.trim().split("\\s+");
                expected.put(parts[0], Integer.parseInt(parts[1]));
            }
        }
        String actual = report.countsByCode().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining("\n"));
        assertEquals(
                expected,
                report.countsByCode(),
                () -> "counts changed; if intended, update " + EXPECTED + " to:\n" + actual);
    }

    @Test
    void sarifHasTheStructureCodeScanningAccepts() throws IOException {
        Corpus.require();
        JsonNode sarif = org.persona4j.testing.SarifSchema.assertValid(LintReports.sarif(report, corpus));
        assertEquals("2.1.0", sarif.get("version").asText());
        assertTrue(sarif.get("$schema").asText().contains("sarif-2.1.0"));
        JsonNode run = sarif.get("runs").get(0);
        JsonNode rules = run.at("/tool/driver/rules");
        assertTrue(rules.isArray() && rules.size() > 20);
        Set<String> ruleIds = new HashSet<>();
        rules.forEach(r -> {
            ruleIds.add(r.get("id").asText());
            assertTrue(!r.at("/shortDescription/text").asText().isBlank());
            assertTrue(!r.at("/fullDescription/text").asText().isBlank()
                    && !r.at("/help/text").asText().isBlank()
                    && r.at("/help/markdown")
                            .asText()
                            .startsWith("# `" + r.get("id").asText() + "`"));
            assertEquals(
                    "https://github.com/persona4j/persona4j/blob/main/docs/rules/"
                            + r.get("id").asText() + ".md",
                    r.get("helpUri").asText());
        });
        JsonNode results = run.get("results");
        long findings =
                report.files().stream().mapToLong(f -> f.diagnostics().size()).sum();
        assertEquals(findings, results.size());
        for (JsonNode result : results) {
            String ruleId = result.get("ruleId").asText();
            assertTrue(ruleIds.contains(ruleId), ruleId);
            assertEquals(
                    ruleId, rules.get(result.get("ruleIndex").asInt()).get("id").asText());
            assertTrue(Set.of("error", "warning", "note")
                    .contains(result.get("level").asText()));
            assertTrue(!result.at("/message/text").asText().isBlank());
            JsonNode location = result.at("/locations/0/physicalLocation");
            String uri = location.at("/artifactLocation/uri").asText();
            assertTrue(org.persona4j.PersonaFiles.isPersonaFileName(uri) && !uri.startsWith("/"), uri);
            assertEquals("%SRCROOT%", location.at("/artifactLocation/uriBaseId").asText());
            assertTrue(location.at("/region/startLine").asInt() >= 1);
            assertTrue(location.at("/region/startColumn").asInt() >= 1);
        }
    }

    @Test
    void jsonReportCountsMatchTheReport() throws IOException {
        Corpus.require();
        JsonNode json = new ObjectMapper().readTree(LintReports.json(report));
        assertEquals(report.files().size(), json.at("/summary/files").asInt());
        report.countsByCode()
                .forEach((code, n) ->
                        assertEquals(n.intValue(), json.at("/counts").get(code).asInt()));
    }

    @Test
    void sarifLocationsAreRelativeReferencesForEveryNameAndLabel(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Path inside = java.nio.file.Files.createDirectories(dir.resolve("repo/personas dir"));
        Path outside = java.nio.file.Files.createDirectories(dir.resolve("elsewhere"));
        String text = "---\ntitle: T\nversion: nope\n---\n## Role Summary\n\nX.\n";
        java.nio.file.Files.writeString(inside.resolve("a b.md"), text);
        java.nio.file.Files.writeString(outside.resolve("c#1.md"), text);
        java.nio.file.Files.writeString(inside.resolve("a:b.md"), text);
        LintReport r = LintTesting.REFERENCE.lint(List.of(inside, outside));
        JsonNode sarif = org.persona4j.testing.SarifSchema.assertValid(LintReports.sarif(r, dir.resolve("repo")));
        Set<String> uris = new HashSet<>();
        for (JsonNode result : sarif.at("/runs/0/results")) {
            JsonNode artifact = result.at("/locations/0/physicalLocation/artifactLocation");
            uris.add(artifact.get("uri").asText() + " "
                    + artifact.path("uriBaseId").asText("-"));
            assertTrue(result.at("/partialFingerprints/lineContentHash~1v1")
                    .asText()
                    .matches("[0-9a-f]{32}"));
        }
        assertEquals(
                Set.of(
                        "personas%20dir/a%20b.md %SRCROOT%",
                        "personas%20dir/a%3Ab.md %SRCROOT%", "../elsewhere/c%231.md %SRCROOT%"),
                uris);
        for (String label : List.of("../../etc/passwd", "/etc/passwd", "//host/x.md", "a:b.md", "C:\\x.md")) {
            JsonNode stdin = org.persona4j.testing.SarifSchema.assertValid(
                    LintReports.sarif(LintTesting.REFERENCE.lint(text, label), dir.resolve("repo")));
            String uri = stdin.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri")
                    .asText();
            assertTrue(!java.net.URI.create(uri).isAbsolute() && !uri.startsWith("/"), label + " became " + uri);
        }
    }
}
