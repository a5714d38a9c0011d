package org.persona4j.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.persona4j.Diagnostic;

/** Lint of other dialects under a chosen profile, and tool lists that narrow rather than contradict. */
class DialectLintReviewTest {

    private static List<Diagnostic> lint(Linter linter, Path dir) throws IOException {
        return linter.lint(List.of(dir)).files().stream()
                .flatMap(f -> f.diagnostics().stream())
                .toList();
    }

    private static Path write(Path dir, String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    @Test
    void aChosenProfileStillKnowsEveryKeyTheFilesDialectDocuments(@TempDir Path dir) throws IOException {
        write(dir, ".claude/agents/a.md", "---\nname: a\ndescription: d\ntools: Read\nmodel: sonnet\n---\nX.\n");
        write(dir, ".github/agents/b.agent.md", "---\nname: b\ndescription: d\ntools: [read]\n---\nX.\n");
        write(dir, ".claude/agents/c.md", "---\nname: c\ndescription: d\ntoolz: Read\n---\nX.\n");
        for (Profile profile : Profile.builtIn()) {
            List<String> unknown =
                    lint(
                                    Linter.builder()
                                            .serviceLoaderRules(false)
                                            .profile(profile)
                                            .build(),
                                    dir)
                            .stream()
                            .filter(d -> d.code().equals("metadata.unknown-key"))
                            .map(Diagnostic::message)
                            .toList();
            assertEquals(1, unknown.size(), profile.name() + ": " + unknown);
            assertTrue(unknown.get(0).contains("'toolz'"), unknown.get(0));
        }
    }

    @Test
    void aDisallowedPatternNarrowsAnAllowedToolAndOnlyTheSameToolOrPatternOverlaps(@TempDir Path dir)
            throws IOException {
        write(
                dir,
                ".claude/agents/narrow.md",
                "---\nname: narrow\ndescription: d\ntools: Read, Bash\ndisallowedTools: Bash(rm:*)\n---\nX.\n");
        write(
                dir,
                ".claude/agents/both.md",
                "---\nname: both\ndescription: d\ntools: Read, Bash(git:*)\ndisallowedTools: Bash, Read\n---\nX.\n");
        List<String> overlaps = lint(Linter.builder().serviceLoaderRules(false).build(), dir).stream()
                .filter(d -> d.code().equals("dialect.tools-overlap"))
                .map(d -> d.source() + " " + d.message())
                .toList();
        assertEquals(1, overlaps.size(), overlaps.toString());
        assertTrue(overlaps.get(0).contains("both.md") && overlaps.get(0).contains("Bash, Read"), overlaps.get(0));
    }
}
