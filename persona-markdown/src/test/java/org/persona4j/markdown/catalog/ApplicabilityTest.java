package org.persona4j.markdown.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.persona4j.Dialect;
import org.persona4j.Persona;
import org.persona4j.Personas;
import org.persona4j.catalog.Applicability;

/** Which files an instruction file applies to is decided by where its tool looks for it, not by its name alone. */
class ApplicabilityTest {

    private static Persona read(String text, String path) {
        return Personas.parse(text, path).expectPersona();
    }

    @Test
    void onlyTheGithubFoldersCopilotInstructionsAreTheRepositorysInstructions() {
        Persona repository = read("Use tabs.\n", ".github/copilot-instructions.md");
        assertEquals(Dialect.COPILOT_REPOSITORY_INSTRUCTIONS, repository.dialect());
        assertEquals(
                Applicability.Kind.REPOSITORY,
                Applicability.of(repository, Path.of("src/Main.java"))
                        .orElseThrow()
                        .kind());

        Persona elsewhere =
                Personas.parse("Use tabs.\n", "docs/copilot-instructions.md").persona();
        assertTrue(elsewhere == null || elsewhere.dialect() != Dialect.COPILOT_REPOSITORY_INSTRUCTIONS);
    }

    @Test
    void aClaudeMdInTheClaudeFolderCoversTheFolderAboveIt() {
        Persona memory = read("Be brief.\n", ".claude/CLAUDE.md");
        assertEquals(Dialect.CLAUDE_MD, memory.dialect());
        Applicability a = Applicability.of(memory, Path.of("src/Main.java")).orElseThrow();
        assertEquals(Applicability.Kind.FOLDER, a.kind());
        assertEquals(0, a.depth());

        // In a catalog, the id is the path below its root.
        Persona nested = read("Be brief.\n", "web/.claude/CLAUDE.md");
        String id = "web/.claude/CLAUDE";
        assertTrue(Applicability.of(id, nested.metadata(), Path.of("web/src/App.tsx"))
                .isPresent());
        assertTrue(Applicability.of(id, nested.metadata(), Path.of("api/Main.java"))
                .isEmpty());
    }
}
