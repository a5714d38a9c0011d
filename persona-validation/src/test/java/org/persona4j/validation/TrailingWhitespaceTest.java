package org.persona4j.validation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.persona4j.validation.LintTesting.lint;
import static org.persona4j.validation.LintTesting.withCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.persona4j.Diagnostic;
import org.persona4j.Persona;
import org.persona4j.Personas;
import org.persona4j.Severity;
import org.persona4j.model.Section;
import org.persona4j.testing.Corpus;

class TrailingWhitespaceTest {

    private static final String CODE = "text.trailing-whitespace";
    private static final Linter ON =
            Linter.builder().serviceLoaderRules(false).level(CODE, Level.INFO).build();

    private static String fixture(String name) throws IOException {
        try (InputStream in = TrailingWhitespaceTest.class.getResourceAsStream("/trailing/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void isOffUnlessALevelTurnsItOn() throws IOException {
        assertEquals(List.of(), withCode(lint(fixture("whitespace.md")), CODE));
        RuleInfo info = LintTesting.REFERENCE.rules().stream()
                .filter(r -> r.code().equals(CODE))
                .findFirst()
                .orElseThrow();
        assertFalse(info.onByDefault());
        Linter off = Linter.builder()
                .serviceLoaderRules(false)
                .level(CODE, Level.OFF)
                .build();
        assertEquals(List.of(), withCode(lint(off, fixture("whitespace.md")), CODE));
    }

    @Test
    void reportsOnlyWhitespaceThatMeansNothing() throws IOException {
        List<Diagnostic> found = withCode(lint(ON, fixture("whitespace.md")), CODE);
        // Left alone: the block scalar (4), the closing fence (9), the hard break (12), fenced code (17), indented
        // code (20), the escaped space (24) and the <pre> block (28). Two spaces before the next list item (32) end a
        // block, so they break no line.
        assertEquals(
                List.of(2, 6, 8, 14, 22, 26, 31, 32),
                found.stream().map(Diagnostic::line).toList());
        assertEquals(Severity.INFO, found.get(0).severity());
        assertEquals(16, found.get(0).column()); // the first of the trailing spaces
        assertTrue(found.get(0).message().contains("remove"), found.get(0).message());
    }

    @Test
    void fixRemovesExactlyTheReportedRunsAndNothingElse() throws IOException {
        String text = fixture("whitespace.md");
        LintFixes.Fixed fixed = LintFixes.fix(
                text, ON.lint(text, "whitespace.md").files().get(0).diagnostics());
        assertEquals(8, fixed.fixed().size());
        assertArrayEquals(
                fixture("whitespace.fixed.md").getBytes(StandardCharsets.UTF_8),
                fixed.text().getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), withCode(lint(ON, fixed.text()), CODE)); // nothing left to fix
    }

    @Test
    void fixKeepsCarriageReturnsAndSkipsAFindingWhoseLineChanged() {
        String text = "---\ntitle: T \r\n---\r\n# T\r\n\r\ntext  \r\n";
        List<Diagnostic> found = ON.lint(text, "crlf.md").files().get(0).diagnostics();
        LintFixes.Fixed fixed = LintFixes.fix(text, found);
        assertEquals("---\ntitle: T\r\n---\r\n# T\r\n\r\ntext\r\n", fixed.text());
        // The same findings against a text whose lines no longer end in whitespace: no edit.
        assertEquals(fixed.text(), LintFixes.fix(fixed.text(), found).text());
    }

    @Test
    void sarifMarksTheRuleAsOffByDefault() throws IOException {
        JsonNode rules = new ObjectMapper()
                .readTree(LintReports.sarif(ON.lint("# T\n", "t.md"), Path.of(".")))
                .at("/runs/0/tool/driver/rules");
        assertTrue(rules.size() > 50);
        for (JsonNode rule : rules) {
            boolean optIn = rule.get("id").asText().equals(CODE);
            assertEquals(
                    optIn,
                    rule.at("/defaultConfiguration/enabled").isBoolean(),
                    rule.get("id").asText());
        }
    }

    /**
     * On every corpus file, fixing the rule's findings leaves what the persona means as it was: every front-matter
     * value equal, the same sections with the same headings, and their text equal but for whitespace at line ends.
     */
    @Test
    void fixingTheCorpusChangesNoValueAndNoSection() throws IOException {
        List<String> changed = new ArrayList<>();
        int fixedFiles = 0;
        try (Stream<Path> files = Files.walk(Corpus.require())) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                LintFixes.Fixed fixed = LintFixes.fix(
                        text, ON.lint(text, file.toString()).files().get(0).diagnostics());
                if (!fixed.changed()) {
                    continue;
                }
                fixedFiles++;
                Persona before = Personas.parse(text, file.toString()).persona();
                Persona after = Personas.parse(fixed.text(), file.toString()).persona();
                if (before == null || !sameMeaning(before, after)) {
                    changed.add(file.toString());
                }
            }
        }
        assertTrue(fixedFiles > 10, "the corpus has trailing whitespace to fix in many files: " + fixedFiles);
        assertEquals(List.of(), changed);
    }

    private static boolean sameMeaning(Persona a, Persona b) {
        if (b == null || !a.metadata().keys().equals(b.metadata().keys())) {
            return false;
        }
        for (String key : a.metadata().keys()) {
            if (!a.metadata().value(key).equals(b.metadata().value(key))) {
                return false;
            }
        }
        List<Section> x = a.sections();
        List<Section> y = b.sections();
        if (x.size() != y.size()) {
            return false;
        }
        for (int i = 0; i < x.size(); i++) {
            if (x.get(i).kind() != y.get(i).kind()
                    || !x.get(i).heading().equals(y.get(i).heading())
                    || !lineEndsStripped(x.get(i).text())
                            .equals(lineEndsStripped(y.get(i).text()))) {
                return false;
            }
        }
        return lineEndsStripped(a.roleSummary()).equals(lineEndsStripped(b.roleSummary()));
    }

    private static String lineEndsStripped(String text) {
        return text.replaceAll("[ \\t]+(?=\\n|$)", "");
    }
}
