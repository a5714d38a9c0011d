package org.persona4j.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.persona4j.Diagnostic;
import org.persona4j.Dialect;
import org.persona4j.Persona;
import org.persona4j.Personas;
import org.persona4j.Severity;
import org.persona4j.convert.Conversion;
import org.persona4j.convert.LedgerEntry;
import org.persona4j.model.Section;
import org.persona4j.testing.Corpus;

/**
 * Every real persona file converted to every dialect: the ledger accounts for exactly the source's front-matter
 * keys and section headings, the written file lints without an error in its dialect, and what was mapped reads back
 * equal.
 */
class ConvertCorpusTest {

    private static final java.util.List<Dialect> WRITABLE =
            java.util.Arrays.stream(Dialect.values()).filter(Dialect::writable).toList();

    private static final Linter LINTER =
            Linter.builder().serviceLoaderRules(false).build();
    private static final List<Persona> PERSONAS = new ArrayList<>();

    @BeforeAll
    static void readTheCorpus() throws IOException {
        if (Corpus.find().isPresent()) {
            for (Path file : Corpus.personaFiles(Corpus.find().get())) {
                Personas.read(file).findPersona().ifPresent(PERSONAS::add);
            }
        }
    }

    @Test
    void theLedgerCoversExactlyEveryKeyAndSectionOfEveryFileForEveryDialect() {
        Corpus.require();
        assertEquals(Corpus.personaFiles(Corpus.require()).size(), PERSONAS.size(), "every corpus file was read");
        for (Persona p : PERSONAS) {
            List<String> keys = p.metadata().keys();
            List<String> headings = p.sections().stream().map(Section::heading).toList();
            for (Dialect d : WRITABLE) {
                Conversion c = Personas.convert(p, d);
                assertEquals(
                        keys, names(c, LedgerEntry.Origin.KEY), () -> p.source().label() + " → " + d);
                assertEquals(
                        headings,
                        names(c, LedgerEntry.Origin.SECTION),
                        () -> p.source().label() + " → " + d);
            }
        }
    }

    @Test
    void everyConvertedFileLintsWithoutAnErrorInItsDialect() {
        Corpus.require();
        List<String> failures = new ArrayList<>();
        for (Persona p : PERSONAS) {
            for (Dialect d : WRITABLE) {
                Conversion c = Personas.convert(p, d);
                List<Diagnostic> errors = LINTER.lint(c.text(), c.path()).files().get(0).diagnostics().stream()
                        .filter(x -> x.severity() == Severity.ERROR)
                        .toList();
                if (!errors.isEmpty()) {
                    failures.add(p.source().label() + " → " + d + ": " + errors);
                }
            }
        }
        assertEquals(List.of(), failures.subList(0, Math.min(5, failures.size())), failures.size() + " failures");
    }

    @Test
    void everyMappedFieldReadsBackEqualInEveryDialect() {
        Corpus.require();
        List<String> failures = new ArrayList<>();
        for (Persona p : PERSONAS) {
            for (Dialect d : WRITABLE) {
                Conversion c = Personas.convert(p, d);
                assertEquals(d, c.readBack().expectPersona().dialect());
                List<Diagnostic> mismatches = c.check();
                if (!mismatches.isEmpty()) {
                    failures.add(p.source().label() + " → " + d + ": " + mismatches);
                }
            }
        }
        assertEquals(List.of(), failures.subList(0, Math.min(5, failures.size())), failures.size() + " failures");
    }

    @Test
    void convertedFilesGetNoDialectOrUnknownKeyFindingInTheirNewDialect() {
        Corpus.require();
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Persona p : PERSONAS) {
            for (Dialect d : WRITABLE) {
                if (d == p.dialect()) {
                    continue;
                }
                checked++;
                Conversion c = Personas.convert(p, d);
                List<Diagnostic> found = LINTER.lint(c.text(), c.path()).files().get(0).diagnostics().stream()
                        .filter(x -> x.code().startsWith("dialect.") || x.code().equals("metadata.unknown-key"))
                        .toList();
                if (!found.isEmpty()) {
                    failures.add(p.source().label() + " → " + d + ": " + found);
                }
            }
        }
        assertEquals(List.of(), failures.subList(0, Math.min(5, failures.size())), failures.size() + " of " + checked);
    }

    @Test
    void aiLeyPersonasConvertedToInstructionsOrCursorRulesApplyToSourceFiles() {
        Corpus.require();
        Path main = Path.of("src/Main.java");
        List<String> missed = new ArrayList<>();
        int checked = 0;
        for (Persona p : PERSONAS) {
            if (p.dialect() != Dialect.AI_LEY || p.metadata().filePatterns().isEmpty()) {
                continue;
            }
            for (Dialect d : List.of(Dialect.COPILOT_INSTRUCTIONS, Dialect.CURSOR_RULE)) {
                checked++;
                Persona back = Personas.convert(p, d).readBack().expectPersona();
                if (org.persona4j.catalog.Applicability.of(back, main).isEmpty()) {
                    missed.add(p.source().label() + " → " + d + ": "
                            + back.metadata().values());
                }
            }
        }
        assertTrue(checked >= 400, "AI-LEY personas with applyTo, twice: " + checked);
        assertEquals(List.of(), missed.subList(0, Math.min(5, missed.size())), missed.size() + " missed");
    }

    @Test
    void skillsConvertedToAnyDialectAddNoDeadRelativeLink(@org.junit.jupiter.api.io.TempDir Path out)
            throws IOException {
        Corpus.require();
        List<String> dead = new ArrayList<>();
        int skills = 0;
        for (Persona p : PERSONAS) {
            if (p.dialect() != Dialect.AGENT_SKILL) {
                continue;
            }
            skills++;
            long before = deadLinks(p.source().file().orElseThrow());
            for (Dialect d : WRITABLE) {
                Path root = java.nio.file.Files.createTempDirectory(out, "c");
                Conversion c = Personas.convert(p, d);
                Path written = root.resolve(c.path());
                java.nio.file.Files.createDirectories(written.getParent());
                java.nio.file.Files.writeString(written, c.text());
                for (org.persona4j.convert.BundledFile f : c.files()) {
                    Path copy = root.resolve(f.path());
                    java.nio.file.Files.createDirectories(copy.getParent());
                    java.nio.file.Files.copy(f.source(), copy);
                }
                long after = deadLinks(written);
                if (after > before) {
                    dead.add(
                            p.source().label() + " → " + d + ": " + before + " dead links before, " + after + " after");
                }
            }
        }
        assertTrue(skills >= 150, "the corpus's skills: " + skills);
        assertEquals(List.of(), dead.subList(0, Math.min(5, dead.size())), dead.size() + " conversions");
    }

    private static long deadLinks(Path file) throws IOException {
        return LINTER.lint(List.of(file)).files().stream()
                .flatMap(f -> f.diagnostics().stream())
                .filter(x -> x.code().equals("link.dead-relative"))
                .count();
    }

    private static List<String> names(Conversion c, LedgerEntry.Origin origin) {
        return c.ledger().stream()
                .filter(e -> e.origin() == origin)
                .map(LedgerEntry::name)
                .toList();
    }
}
