package org.persona4j.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.persona4j.validation.LintTesting.withCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.persona4j.Diagnostic;
import org.persona4j.Severity;
import org.persona4j.SourceSpan;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class LintReportFormatsTest {

    private static final Path ROOT = Path.of("src/test/resources").toAbsolutePath();
    private static final Path FILE = ROOT.resolve("formats/trailing.md");
    private static final String HOSTILE =
            "bad\u001b[31m red\r\n::error file=x.md::forged %0A 100% <b>&amp;</b> \" \u0000" + " \ud800 end";

    private static final String CODE = "text.trailing-whitespace";

    /** A linter that reports only trailing blanks: the opt-in rule (which --fix fixes) on, every other code off. */
    private static Linter onlyTrailing() {
        Map<String, Level> levels = new java.util.HashMap<>();
        Linter.builder().serviceLoaderRules(false).build().rules().forEach(r -> levels.put(r.code(), Level.OFF));
        levels.put(CODE, Level.WARNING);
        return Linter.builder()
                .serviceLoaderRules(false)
                .config(LintConfig.of(levels))
                .build();
    }

    /** A real lint of the fixture. */
    private static LintReport linted() throws IOException {
        return onlyTrailing().lint(List.of(FILE));
    }

    /** A report whose messages and file label carry what a hostile persona could put there. */
    private static LintReport hostile() {
        Diagnostic error = new Diagnostic(Severity.ERROR, "x.code", HOSTILE, "a,b:c.md", SourceSpan.at(3, 5));
        Diagnostic note = new Diagnostic(Severity.INFO, "x.note", "note " + HOSTILE, "a,b:c.md", SourceSpan.at(4, 1));
        FileReport file = new FileReport("a,b:c.md", null, List.of(error, note), Map.of(3, "x"), true);
        return new LintReport(List.of(file), List.of());
    }

    @Test
    void githubCommandsAnnotateEachFindingWithItsPlaceAndMarkWhatIsFixable() throws IOException {
        String out = LintReports.github(linted(), ROOT);
        List<String> lines = out.lines().toList();
        assertEquals(2, lines.size(), out);
        for (String line : lines) {
            assertTrue(line.startsWith("::warning file=formats/trailing.md,line="), line);
            assertTrue(line.contains(",title=text.trailing-whitespace (fixable%3A persona lint --fix)::"), line);
        }
        assertTrue(out.contains("line=3,endLine=3,col="), out);
        assertTrue(out.contains("line=9,endLine=9,col="), out);
    }

    @Test
    void githubCommandsCannotBeEndedOrForgedByAMessage() {
        String out = LintReports.github(hostile(), ROOT);
        List<String> lines = out.lines().toList();
        assertEquals(2, lines.size(), out); // the CR LF inside the message did not start a line
        assertTrue(lines.get(0).startsWith("::error file=a%2Cb%3Ac.md,line=3,"), lines.get(0));
        assertTrue(lines.get(1).startsWith("::notice file="), lines.get(1));
        assertFalse(out.contains("\u001b"), "no escape character reaches the log");
        assertFalse(out.contains("\u0000"));
        assertTrue(out.contains("100%25"), "a percent sign is encoded, so '%0A' in a message stays text");
        assertFalse(out.contains("forged %0A"), out);
    }

    @Test
    void junitHasASuiteForEachFileAndAFailureForEachWarning() throws Exception {
        Document xml = parse(LintReports.junit(linted(), ROOT));
        Element suites = xml.getDocumentElement();
        assertEquals("testsuites", suites.getTagName());
        assertEquals("2", suites.getAttribute("failures"));
        NodeList failures = xml.getElementsByTagName("failure");
        assertEquals(2, failures.getLength());
        Element first = (Element) failures.item(0);
        assertEquals("text.trailing-whitespace", first.getAttribute("type"));
        assertTrue(first.getAttribute("message").endsWith("(fixable: persona lint --fix)"));
        assertEquals("formats/trailing.md", ((Element) first.getParentNode()).getAttribute("classname"));
    }

    @Test
    void junitOfACleanFileIsOnePassingCase() throws Exception {
        FileReport clean = new FileReport("ok.md", null, List.of(), Map.of(), true);
        Document xml = parse(LintReports.junit(new LintReport(List.of(clean), List.of()), ROOT));
        assertEquals(1, xml.getElementsByTagName("testcase").getLength());
        assertEquals(0, xml.getElementsByTagName("failure").getLength());
    }

    @Test
    void xmlReportsStayWellFormedWhateverAMessageHolds() throws Exception {
        Document junit = parse(LintReports.junit(hostile(), ROOT));
        Element failure = (Element) junit.getElementsByTagName("failure").item(0);
        assertTrue(failure.getAttribute("message").contains("<b>&amp;</b>"), "markup is text, escaped");
        assertFalse(failure.getAttribute("message").contains("\u001b"));
        assertEquals(1, junit.getElementsByTagName("system-out").getLength(), "the note is output, not a failure");
        Document checkstyle = parse(LintReports.checkstyle(hostile(), ROOT));
        assertEquals(2, checkstyle.getElementsByTagName("error").getLength());
    }

    @Test
    void checkstyleNamesEachFindingsRuleAsItsSource() throws Exception {
        Document xml = parse(LintReports.checkstyle(linted(), ROOT));
        assertEquals("checkstyle", xml.getDocumentElement().getTagName());
        Element file = (Element) xml.getElementsByTagName("file").item(0);
        assertEquals("formats/trailing.md", file.getAttribute("name"));
        NodeList errors = xml.getElementsByTagName("error");
        assertEquals(2, errors.getLength());
        Element e = (Element) errors.item(0);
        assertEquals("persona4j.text.trailing-whitespace", e.getAttribute("source"));
        assertEquals("warning", e.getAttribute("severity"));
        assertEquals("3", e.getAttribute("line"));
    }

    @Test
    void gitlabIssuesHaveAFingerprintUniqueInTheReportThatSurvivesLinesAddedAbove(
            @org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        JsonNode issues = new ObjectMapper().readTree(LintReports.gitlab(linted(), ROOT));
        assertEquals(2, issues.size());
        Set<String> prints = new HashSet<>();
        for (JsonNode i : issues) {
            assertEquals("text.trailing-whitespace", i.get("check_name").asText());
            assertEquals("minor", i.get("severity").asText());
            assertEquals("formats/trailing.md", i.at("/location/path").asText());
            assertTrue(i.get("description").asText().endsWith("(fixable: persona lint --fix)"));
            prints.add(i.get("fingerprint").asText());
        }
        assertEquals(2, prints.size());
        Path moved = dir.resolve("formats/trailing.md");
        Files.createDirectories(moved.getParent());
        String text = Files.readString(FILE);
        int end = text.indexOf("\n---\n") + 1;
        Files.writeString(moved, text.substring(0, end) + "\nA new first line.\n" + text.substring(end));
        JsonNode after =
                new ObjectMapper().readTree(LintReports.gitlab(onlyTrailing().lint(List.of(moved)), dir));
        Set<String> afterPrints = new HashSet<>();
        after.forEach(i -> afterPrints.add(i.get("fingerprint").asText()));
        assertEquals(prints, afterPrints);
        assertEquals(11, after.get(1).at("/location/lines/begin").asInt(), "the body line moved down two");
    }

    @Test
    void jsonAndSarifAndTextMarkTheFixableFindings() throws IOException {
        LintReport report = linted();
        JsonNode json = new ObjectMapper().readTree(LintReports.json(report));
        assertTrue(json.at("/files/0/findings/0/fixable").asBoolean());
        JsonNode sarif = new ObjectMapper().readTree(LintReports.sarif(report, ROOT));
        assertTrue(sarif.at("/runs/0/results/0/properties/fixable").asBoolean());
        assertTrue(LintReports.text(report).contains("[fixable]"));
    }

    @Test
    void aFindingIsMarkedFixableOnlyWhereTheFixAppliesAtItsPlace() throws IOException {
        // Two front-matter.syntax findings: 'key: a: b', which --fix quotes, and an unclosed flow list, which it cannot
        // fix; one code, two answers.
        Linter linter = Linter.builder().serviceLoaderRules(false).build();
        LintReport quotable =
                linter.lint("---\ntitle: Reviewer: senior\ndescription: Reviews.\n---\n# Reviewer\n", "a.md");
        LintReport broken = linter.lint("---\ntitle: Reviewer\ntags: [a, b\n---\n# Reviewer\n", "b.md");
        FileReport a = quotable.files().get(0);
        FileReport b = broken.files().get(0);
        List<Diagnostic> aSyntax = withCode(a.diagnostics(), "front-matter.syntax");
        List<Diagnostic> bSyntax = withCode(b.diagnostics(), "front-matter.syntax");
        assertTrue(!aSyntax.isEmpty() && !bSyntax.isEmpty(), quotable + "\n" + broken);
        assertTrue(a.isFixable(aSyntax.get(0)), "'key: a: b' is quoted by --fix");
        assertTrue(!b.isFixable(bSyntax.get(0)), "an unclosed list has no fix");
        assertTrue(!LintReports.text(broken).contains("[fixable]"), LintReports.text(broken));
        JsonNode json = new ObjectMapper().readTree(LintReports.json(broken));
        json.at("/files/0/findings").forEach(f -> assertTrue(!f.get("fixable").asBoolean(), f.toString()));
    }

    @Test
    void theFixableMarkSurvivesStrictLevelsAndANarrowedReport() {
        String text = "---\ntitle: Reviewer\ndescription: Reviews.\n---\n# Reviewer\n\nA zero\u200Bwidth space.\n";
        for (Linter linter : List.of(
                Linter.builder().serviceLoaderRules(false).strict(true).build(),
                Linter.builder()
                        .serviceLoaderRules(false)
                        .level("text.zero-width", Level.ERROR)
                        .build())) {
            FileReport file = linter.lint(text, "a.md").files().get(0);
            Diagnostic zeroWidth =
                    withCode(file.diagnostics(), "text.zero-width").get(0);
            assertEquals(Severity.ERROR, zeroWidth.severity());
            assertTrue(file.isFixable(zeroWidth), "raised to an error, still fixable: " + file);
            FileReport narrowed = file.withDiagnostics(List.of(zeroWidth));
            assertTrue(narrowed.isFixable(zeroWidth), "kept by a narrowed report, as a baseline or --quiet makes");
            assertEquals(1, narrowed.fixable().size());
        }
    }

    @Test
    void sarifRunsOfLintAndDiffHaveCategoriesOfTheirOwn() throws IOException {
        LintReport report = linted();
        JsonNode lint = new ObjectMapper().readTree(LintReports.sarif(report, ROOT));
        JsonNode diff = new ObjectMapper().readTree(LintReports.sarif(report, ROOT, "persona4j-diff"));
        assertEquals("persona4j/", lint.at("/runs/0/automationDetails/id").asText());
        assertEquals("persona4j-diff/", diff.at("/runs/0/automationDetails/id").asText());
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
