package org.persona4j.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.persona4j.DiagnosticCodes;
import org.persona4j.Dialect;
import org.persona4j.Persona;
import org.persona4j.PersonaFile;
import org.persona4j.PersonaFiles;
import org.persona4j.Personas;
import org.persona4j.ReadResult;
import org.persona4j.Severity;
import org.persona4j.catalog.PersonaCatalog;
import org.persona4j.render.RenderOptions;

/** Each dialect's files are read the way its vendor's tool reads them. */
class VendorReadingTest {

    @Test
    void aCursorRuleIsReadALineAtATimeWithItsUnquotedGlobsAsCursorReadsThem() {
        ReadResult r = Personas.parse(
                "---\ndescription: \"React rules\"\nglobs: **/*.tsx, **/*.jsx\nalwaysApply: false\n---\nUse hooks.\n",
                ".cursor/rules/react.mdc");
        Persona p = r.expectPersona();
        assertEquals(Dialect.CURSOR_RULE, p.dialect());
        assertFalse(r.hasErrors(), r.diagnostics().toString());
        assertEquals("React rules", p.metadata().description().orElseThrow(), "a quoted text reads without quotes");
        assertEquals(List.of("**/*.tsx", "**/*.jsx"), p.metadata().filePatterns());
        assertEquals(false, p.metadata().alwaysApply().orElseThrow());
        assertEquals(
                List.of(Severity.INFO),
                r.diagnostics(DiagnosticCodes.FRONT_MATTER_LINE_SYNTAX.code()).stream()
                        .map(d -> d.severity())
                        .toList(),
                "strict YAML would refuse **/*.tsx: the file says how it was read, as information");
    }

    @Test
    void aQuotedCursorGlobKeepsItsQuotesAndAQuotedTrueIsNotTrueBecauseCursorKeepsThem() {
        Persona p = Personas.parse(
                        "---\ndescription: d\nglobs: \"src/**/*.ts\"\nalwaysApply: \"true\"\n---\nX.\n", "r.mdc")
                .expectPersona();
        assertEquals(List.of("\"src/**/*.ts\""), p.metadata().filePatterns());
        assertTrue(p.metadata().alwaysApply().isEmpty(), "the text \"true\" is not Cursor's true");
        assertEquals("\"true\"", p.metadata().values().get("alwaysApply"));
    }

    @Test
    void aCursorLineThatIsNotKeyAndValueIsIgnoredAsCursorIgnoresItWithAWarning() {
        ReadResult r = Personas.parse("---\ndescription: d\nglobs:\n  - \"**/*.ts\"\n---\nX.\n", "r.mdc");
        assertEquals(List.of(), r.expectPersona().metadata().filePatterns());
        assertEquals(
                List.of(4),
                r.diagnostics(DiagnosticCodes.FRONT_MATTER_IGNORED_LINE.code()).stream()
                        .map(d -> d.line())
                        .toList());
    }

    @Test
    void aCursorRuleIsWrittenBackTheWayCursorReadsIt() {
        Persona p = Personas.parse(
                        "---\ndescription: Java\nglobs: src/**/*.java,test/**/*.java\nalwaysApply: false\n---\nX.\n",
                        ".cursor/rules/java.mdc")
                .expectPersona();
        String written = Personas.write(p, "markdown");
        assertTrue(
                written.startsWith(
                        "---\ndescription: Java\nglobs: src/**/*.java,test/**/*.java\nalwaysApply: false\n" + "---\n"),
                written);
    }

    @Test
    void instructionFilesHaveNoFrontMatterAndAreReadWholeAsTheirToolsDo() {
        ReadResult r = Personas.parse("---\nnot: front matter\n---\n# Conventions\n\nBe brief.\n", "AGENTS.md");
        Persona p = r.expectPersona();
        assertEquals(Dialect.AGENTS_MD, p.dialect());
        assertTrue(p.metadata().isEmpty());
        assertTrue(p.render().systemText().contains("not: front matter"), "the block is text to the tool");
        assertTrue(r.diagnostics(DiagnosticCodes.FRONT_MATTER_MISSING.code()).isEmpty());
    }

    @Test
    void aClaudeRuleIsToldByItsFolderAndItsPathsAreAList() {
        Persona p = Personas.parse("---\npaths:\n  - \"src/**/*.ts\"\n---\nUse strict mode.\n", "x/.claude/rules/ts.md")
                .expectPersona();
        assertEquals(Dialect.CLAUDE_RULE, p.dialect());
        assertEquals(List.of("src/**/*.ts"), p.metadata().filePatterns());
    }

    @Test
    void theFilesASkillBundlesBelongToItAndAreNeverPersonas(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("skills/pdf/references"));
        Files.writeString(
                dir.resolve("skills/pdf/SKILL.md"),
                "---\nname: pdf\ndescription: Reads PDFs.\n---\nSee " + "[the guide](references/guide.md).\n");
        Files.writeString(dir.resolve("skills/pdf/references/guide.md"), "# Guide\n\n## Role Summary\n\nX.\n");
        Files.writeString(dir.resolve("skills/pdf/README.md"), "# Readme\n");
        Files.writeString(dir.resolve("personas.md"), "---\ntitle: T\n---\n## Role Summary\n\nX.\n");
        List<String> found = PersonaFiles.defaults().find(List.of(dir)).files().stream()
                .map(PersonaFile::defaultId)
                .toList();
        assertEquals(List.of("personas", "skills/pdf/SKILL"), found);
        PersonaCatalog catalog = PersonaCatalog.builder().directory(dir).build();
        assertEquals(
                List.of("personas", "skills/pdf"),
                catalog.personas().stream().map(Persona::id).sorted().toList());
    }

    @Test
    void aSkillIsNamedByItsFolderWhetherReadFromAFileOrFromTextWithALabel() {
        Persona p = Personas.parse("---\nname: pdf\ndescription: d\n---\nX.\n", "/tmp/skills/pdf/SKILL.md")
                .expectPersona();
        assertEquals("pdf", p.id());
    }

    @Test
    void doubleBracesAreTextInDialectsWhoseToolsPassThemOnAndFilledOnlyWhenDeclared() {
        Persona skill = Personas.parse(
                        "---\nname: s\ndescription: d\n---\nAsk for {{task}} first.\n", "skills/s/SKILL.md")
                .expectPersona();
        assertEquals(
                "Ask for {{task}} first.",
                skill.render().systemText().strip().lines().reduce((a, b) -> b).orElseThrow());
        Persona declared = Personas.parse(
                        "---\nname: s\ndescription: d\nvariables:\n  task: string\n---\nAsk for {{task}} first.\n",
                        "skills/s/SKILL.md")
                .expectPersona();
        assertTrue(declared.render(
                        RenderOptions.builder().variable("task", "the ticket").build())
                .systemText()
                .contains("Ask for the ticket first."));
    }

    @Test
    void anAiLeyPersonaIsReadTheSameWhetherItsDialectWasDetectedOrChosen() {
        String text = "---\ntitle: Guide\ndescription: Tips: short ones\n---\n## Role Summary\nHelps.\n";
        ReadResult detected = Personas.parse(text, "personas/guide.md");
        ReadResult chosen = Personas.parse(
                text,
                "personas/guide.md",
                org.persona4j.ReadOptions.builder().dialect(Dialect.AI_LEY).build());
        for (ReadResult r : List.of(detected, chosen)) {
            assertEquals(Dialect.AI_LEY, r.expectPersona().dialect());
            assertEquals(
                    "Tips: short ones",
                    r.expectPersona().metadata().description().orElseThrow());
            assertEquals(
                    List.of(DiagnosticCodes.FRONT_MATTER_SYNTAX.code()),
                    r.diagnostics().stream()
                            .filter(d -> d.severity() == Severity.ERROR)
                            .map(d -> d.code())
                            .toList(),
                    r.diagnostics().toString());
        }
        assertEquals(detected.diagnostics(), chosen.diagnostics());
    }
}
