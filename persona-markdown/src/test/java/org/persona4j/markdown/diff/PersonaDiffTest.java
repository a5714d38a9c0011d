package org.persona4j.markdown.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.persona4j.Persona;
import org.persona4j.Personas;
import org.persona4j.diff.Change;
import org.persona4j.diff.ChangeType;
import org.persona4j.diff.DiffGate;
import org.persona4j.diff.PersonaDiff;
import org.persona4j.model.SectionKind;
import org.persona4j.render.TokenCounter;

/** The structural diff on a fixture pair and on edits made in the test, and the gates over it. */
class PersonaDiffTest {

    private static final Path DIR = Path.of("src", "test", "resources", "diff");

    private static Persona read(String folder) throws IOException {
        return Personas.read(DIR.resolve(folder).resolve("code-reviewer.md")).expectPersona();
    }

    private static PersonaDiff diff(String before, String after) throws IOException {
        return PersonaDiff.between(read(before), read(after), TokenCounter.estimate());
    }

    @Test
    void aRemovedConstraintARenamedGroupAndAnAddedDirectiveAreNamedWithTheirLines() throws IOException {
        PersonaDiff d = diff("before", "after");
        List<Change> removed = d.changes(ChangeType.ITEM_REMOVED);
        assertEquals(1, removed.size(), d.changes().toString());
        assertEquals(SectionKind.CONSTRAINTS, removed.get(0).kind());
        assertTrue(
                removed.get(0).subject().startsWith("Must flag any secret"),
                removed.get(0).subject());
        assertEquals(55, removed.get(0).oldLine(), "the constraint's line in the old file");
        assertEquals(51, removed.get(0).newLine(), "annotated at the constraints section of the new file");

        Change renamed = d.changes(ChangeType.GROUP_RENAMED).get(0);
        assertEquals("Review Aids", renamed.before());
        assertEquals("Review Tooling", renamed.after());
        assertEquals(41, renamed.oldLine());
        assertEquals(41, renamed.newLine());

        Change added = d.changes(ChangeType.ITEM_ADDED).get(0);
        assertEquals(SectionKind.DIRECTIVES, added.kind());
        assertEquals(60, added.newLine());
        Change version = d.changes(ChangeType.VERSION_UNCHANGED).get(0);
        assertEquals("1.0.0", version.before());
        assertEquals(3, version.newLine());
        assertEquals(4, d.changes().size(), "nothing else is reported, no prose change for item lines: " + d.changes());
        assertTrue(d.tokenDelta() < 0 == d.tokensAfter() < d.tokensBefore());
    }

    @Test
    void gatesFireOnWhatTheyNameAndAnExampleRewordingPassesThem() throws IOException {
        List<DiffGate> gates = DiffGate.parseAll("removed:constraints,removed:directives");
        assertEquals(1, diff("before", "after").firing(gates).size());
        PersonaDiff reworded = diff("before", "reworded");
        assertFalse(reworded.isEmpty());
        assertEquals(List.of(), reworded.firing(gates), reworded.changes().toString());
        assertTrue(
                reworded.changes().stream().allMatch(c -> c.kind() == null || c.kind() == SectionKind.EXAMPLES),
                reworded.changes().toString());
        assertEquals(1, reworded.firing(DiffGate.parseAll("changed:examples")).size());
        assertEquals(
                1, reworded.firing(List.of(DiffGate.parse("version-unchanged"))).size());
        assertTrue(diff("before", "before").isEmpty(), "a file against itself");
    }

    @Test
    void anUnknownGateSaysWhatWasMeant() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> DiffGate.parse("removed:constraint"));
        assertTrue(e.getMessage().contains("did you mean 'removed:constraints'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DiffGate.parse("deleted"));
    }

    @Test
    void sectionsAddedRemovedRenamedAndMovedAreToldApart() {
        Persona before = Personas.parse("""
                ---
                title: T
                version: 1
                ---
                ## Role Summary
                R.

                ## Constraints
                - A

                ## Directives
                - D

                ## Notes
                One.
                Two.
                Three.

                ## Old Ideas
                Gone.
                """, "t.md").expectPersona();
        Persona after = Personas.parse("""
                ---
                title: T
                version: 2
                model: opus
                ---
                ## Directives
                - D

                ## Role Summary
                R.

                ## Guardrails
                - A

                ## Working Notes
                One.
                Two.
                Three and more.

                ## Pitfalls
                New.
                """, "t.md").expectPersona();
        PersonaDiff d = PersonaDiff.between(before, after, TokenCounter.estimate());
        List<ChangeType> types = d.changes().stream().map(Change::type).toList();
        assertEquals(
                List.of(
                        ChangeType.METADATA_ADDED,
                        ChangeType.METADATA_CHANGED,
                        ChangeType.SECTION_RENAMED,
                        ChangeType.SECTION_MOVED,
                        ChangeType.SECTION_RENAMED,
                        ChangeType.SECTION_TEXT_CHANGED,
                        ChangeType.SECTION_REMOVED,
                        ChangeType.SECTION_ADDED),
                types,
                d.changes().toString());
        Change text = d.changes(ChangeType.SECTION_TEXT_CHANGED).get(0);
        assertEquals(18, text.newLine(), "the first changed line");
        assertEquals(
                SectionKind.DIRECTIVES,
                d.changes(ChangeType.SECTION_MOVED).get(0).kind(),
                "one section moved, not every section after it");
        assertTrue(d.changes(ChangeType.VERSION_UNCHANGED).isEmpty(), "the version changed");
    }

    @Test
    void aSubagentsPromptChangeIsSeenInItsPreamble() {
        Persona before = Personas.parse(
                        "---\nname: helper\ndescription: Helps\nversion: 3\n---\nYou help.\n",
                        ".claude/agents/helper.md")
                .expectPersona();
        Persona after = Personas.parse(
                        "---\nname: helper\ndescription: Helps\nversion: 3\n---\nYou help.\n" + "Never push.\n",
                        ".claude/agents/helper.md")
                .expectPersona();
        PersonaDiff d = PersonaDiff.between(before, after, TokenCounter.estimate());
        // A subagent has no version of its own in Claude Code's table, so an unknown 'version' key asks for none.
        assertEquals(
                List.of(ChangeType.SECTION_TEXT_CHANGED),
                d.changes().stream().map(Change::type).toList());
        assertEquals(7, d.changes().get(0).newLine());
    }

    @Test
    void aLargeRewriteIsBoundedAndStillReported() {
        StringBuilder a = new StringBuilder("---\ntitle: T\n---\n## Notes\n");
        StringBuilder b = new StringBuilder("---\ntitle: T\n---\n## Notes\n");
        for (int i = 0; i < 3000; i++) {
            a.append("line ").append(i).append('\n');
            b.append("row ").append(i).append('\n');
        }
        PersonaDiff d = PersonaDiff.between(
                Personas.parse(a.toString(), "a.md").expectPersona(),
                Personas.parse(b.toString(), "a.md").expectPersona(),
                TokenCounter.estimate());
        Change c = d.changes(ChangeType.SECTION_TEXT_CHANGED).get(0);
        assertEquals("3000 lines removed", c.before());
        assertEquals("3000 lines added", c.after());
    }

    @Test
    void diffsOfEveryCorpusNeighbourPairAreQuietOnTheSameFile() throws IOException {
        Path root = org.persona4j.testing.Corpus.require();
        List<Path> files = org.persona4j.testing.Corpus.personaFiles(root);
        for (int i = 0; i + 1 < files.size(); i += 7) {
            Persona a = Personas.read(files.get(i)).expectPersona();
            Persona b = Personas.read(files.get(i + 1)).expectPersona();
            assertTrue(
                    PersonaDiff.between(a, a, TokenCounter.estimate()).isEmpty(),
                    files.get(i).toString());
            PersonaDiff d = PersonaDiff.between(a, b, TokenCounter.estimate());
            for (Change c : d.changes()) {
                assertTrue(c.oldLine() > 0 || c.newLine() > 0, c.toString());
                assertFalse(c.describe().isEmpty());
            }
        }
        assertTrue(Files.isDirectory(root));
    }
}
