package org.persona4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.persona4j.Diagnostic;
import org.persona4j.DiagnosticCodes;
import org.persona4j.catalog.PersonaCatalog;

/**
 * A folder as real repositories have them (two personas, a README, a notes file and a PNG renamed {@code .md}) reads
 * the same way through the catalog, {@code lint} and {@code show}; named files are read with the reader, so their
 * findings carry their path.
 */
class OneWayInTest {

    private static final Path FOLDER = Path.of("src", "test", "resources", "one-way-in");
    private static final Path NAMED = Path.of("src", "test", "resources", "named");

    @Test
    void aCatalogOfTheFolderHoldsTheTwoPersonasAndReportsTheRest() throws IOException {
        PersonaCatalog catalog = PersonaCatalog.builder().directory(FOLDER).build();
        assertEquals(List.of("planner", "reviewer"), catalog.ids());
        assertEquals(
                2,
                catalog.diagnostics().stream()
                        .filter(d -> d.code().equals(DiagnosticCodes.FILE_NOT_A_PERSONA.code()))
                        .count());
        List<Diagnostic> png = catalog.failures().get(FOLDER.resolve("image.md").toString());
        assertEquals(DiagnosticCodes.FILE_BINARY.code(), png.get(0).code());
    }

    @Test
    void lintLintsTheTwoPersonasReportsTheOthersAndFailsOnTheBinary() throws IOException {
        ShowCommandTest.Run run =
                ShowCommandTest.persona("lint", FOLDER.toString(), "--format", "json", "--profile", "permissive");
        assertEquals(1, run.exit(), run.err());
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertEquals(2, report.at("/summary/linted").asInt());
        Map<String, List<String>> codes = new TreeMap<>();
        for (JsonNode file : report.get("files")) {
            List<String> found = new ArrayList<>();
            file.get("findings").forEach(f -> found.add(f.get("code").asText()));
            codes.put(Path.of(file.get("file").asText()).getFileName().toString(), found);
        }
        assertEquals(List.of(DiagnosticCodes.FILE_NOT_A_PERSONA.code()), codes.get("README.md"));
        assertEquals(List.of(DiagnosticCodes.FILE_NOT_A_PERSONA.code()), codes.get("notes.md"));
        assertEquals(List.of(DiagnosticCodes.FILE_BINARY.code()), codes.get("image.md"));
        assertTrue(codes.get("reviewer.md").stream().noneMatch(c -> c.startsWith("file.")), codes.toString());

        ShowCommandTest.Run text = ShowCommandTest.persona("lint", FOLDER.toString(), "--profile", "permissive");
        assertTrue(text.out().contains("2 files linted, 3 other files reported"), text.out());
        assertFalse(text.out().contains("PNG") || text.out().contains("IHDR"), "binary content is never echoed");
    }

    @Test
    void showOnTheBinaryFileFailsWithoutEchoingIt() {
        ShowCommandTest.Run run =
                ShowCommandTest.persona("show", FOLDER.resolve("image.md").toString());
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("file.binary"), run.err());
        for (String shown : List.of(run.out(), run.err())) {
            assertFalse(shown.contains("PNG") || shown.contains("IHDR") || shown.contains("\u0000"), shown);
        }
    }

    @Test
    void aReadmeNamedExplicitlyIsReadAsAPersonaWithItsWarnings() {
        ShowCommandTest.Run run =
                ShowCommandTest.persona("show", FOLDER.resolve("README.md").toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains(FOLDER.resolve("README.md") + ":1:1: warning front-matter.missing"), run.err());
    }

    @Test
    void renderReadsAFileWithBadUtf8AndLabelsItsWarningWithThePath() {
        Path file = Path.of("src", "test", "resources", "fixtures", "invalid-utf8.md");
        ShowCommandTest.Run run = ShowCommandTest.persona("render", file.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(
                run.err()
                        .lines()
                        .anyMatch(l -> l.startsWith(file + ":") && l.contains("warning encoding.invalid-utf8")),
                run.err());
        assertFalse(run.err().contains("memory:"), run.err());
    }

    @Test
    void aNamedFileWithAYamlErrorShowsThatErrorAtItsLineAndColumn() {
        Path file = NAMED.resolve("yaml-error.md");
        for (String command : List.of("show", "render", "lint")) {
            ShowCommandTest.Run run = ShowCommandTest.persona(command, file.toString());
            assertEquals(1, run.exit(), command + ": " + run.err());
            String all = run.out() + run.err();
            assertTrue(
                    all.lines()
                            .anyMatch(l -> l.matches(java.util.regex.Pattern.quote(file.toString())
                                    + ":\\d+:\\d+:? error front-matter\\.syntax:? .*")),
                    command + ": " + all);
            assertFalse(all.contains("no file or persona"), command + ": " + all);
        }
    }
}
