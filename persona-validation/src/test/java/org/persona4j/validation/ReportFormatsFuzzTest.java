package org.persona4j.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.persona4j.Diagnostic;
import org.persona4j.Severity;
import org.persona4j.SourceSpan;
import org.w3c.dom.Document;

/**
 * Whatever a message or a file label holds, every report form for CI stays what its reader expects: one
 * workflow command per finding and no control character in GitHub's log, well-formed XML that keeps the text, and
 * JSON with one issue per finding.
 */
// A quadratic regression fails here rather than passing slowly.
@org.junit.jupiter.api.Timeout(value = 2, unit = java.util.concurrent.TimeUnit.MINUTES)
class ReportFormatsFuzzTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();

    @FuzzTest(maxDuration = "30s")
    void everyCiFormOfAnyFindingIsWellFormed(String text, String label, boolean warning) throws Exception {
        String message = text == null ? "" : text;
        String source = label == null || label.isEmpty() ? "x.md" : label;
        Diagnostic d = new Diagnostic(
                warning ? Severity.WARNING : Severity.ERROR, "fuzz.code", message, source, SourceSpan.at(2, 3));
        FileReport file = new FileReport(source, null, List.of(d), Map.of(2, message), true);
        LintReport report = new LintReport(List.of(file), List.of());

        String github = LintReports.github(report, ROOT);
        assertEquals(1, github.lines().count(), github);
        assertTrue(github.startsWith(warning ? "::warning file=" : "::error file="), github);
        assertFalse(
                github.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t' || c == 0x7F),
                "a control character other than a tab: " + github);

        Document junit = parse(LintReports.junit(report, ROOT));
        assertEquals(1, junit.getElementsByTagName("failure").getLength());
        Document checkstyle = parse(LintReports.checkstyle(report, ROOT));
        assertEquals(1, checkstyle.getElementsByTagName("error").getLength());

        JsonNode gitlab = new ObjectMapper().readTree(LintReports.gitlab(report, ROOT));
        assertEquals(1, gitlab.size());
        assertEquals(message, gitlab.get(0).get("description").asText(), "JSON keeps the message exactly");
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
