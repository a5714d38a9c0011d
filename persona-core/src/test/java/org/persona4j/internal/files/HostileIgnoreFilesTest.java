package org.persona4j.internal.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.persona4j.PersonaFiles;

/**
 * Ignore files as an attack on the walk: a 60 KB {@code .gitignore}, nested ones in every folder, patterns made to
 * cost the most each. The work is bounded by totals (patterns per tree, bytes of ignore files, glob steps per walk),
 * and past a bound files are checked rather than left out.
 */
@Tag("adversarial")
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileIgnoreFilesTest {

    /** Patterns that each match nothing, with braces that expand to the most alternatives a glob allows. */
    private static String costly(int n, String salt) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append("**/*{a,b,c,d}{e,f,g,h}{i,j,k,l}x").append(salt).append(i).append("*/**/*.md\n");
        }
        return b.toString();
    }

    @Test
    void aHugeGitignoreAndNestedOnesCostABoundedWalk(@TempDir Path dir) throws IOException {
        String big = costly(1_200, "r");
        assertTrue(big.length() > 60_000 - 10_000 && big.length() < 64 * 1024, "about 60 KB: " + big.length());
        Files.writeString(dir.resolve(".gitignore"), big);
        Path folder = dir;
        for (int depth = 0; depth < 8; depth++) {
            folder = Files.createDirectories(folder.resolve("d" + depth));
            Files.writeString(folder.resolve(".gitignore"), costly(400, "n" + depth));
            for (int f = 0; f < 25; f++) {
                Files.writeString(folder.resolve("p" + f + ".md"), "---\ntitle: P\n---\n# P\n");
            }
        }
        Files.writeString(dir.resolve("gone.md"), "---\ntitle: Gone\n---\n");
        Files.writeString(dir.resolve(".gitignore"), big + "gone.md\n");

        PersonaFiles.Found found =
                PersonaFiles.builder().listIgnored(true).build().directory(dir);
        assertEquals(201, found.files().size() + found.ignored().size());
        assertTrue(
                found.files().stream().anyMatch(f -> f.defaultId().equals("gone")),
                "a pattern past the cap leaves nothing out");
        assertTrue(
                found.diagnostics().stream().anyMatch(d -> d.message().contains("ignore patterns in all")),
                found.diagnostics().toString());
    }

    @Test
    void ordinaryIgnoreFilesStillLeaveFilesOut(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(".gitignore"), "drafts/\n*.tmp.md\n");
        Files.createDirectories(dir.resolve("drafts"));
        Files.writeString(dir.resolve("drafts/a.md"), "---\ntitle: A\n---\n");
        Files.writeString(dir.resolve("b.tmp.md"), "---\ntitle: B\n---\n");
        Files.writeString(dir.resolve("c.md"), "---\ntitle: C\n---\n");
        PersonaFiles.Found plain = PersonaFiles.builder().build().directory(dir);
        assertEquals(
                List.of("c"), plain.files().stream().map(f -> f.defaultId()).toList());
        assertTrue(plain.ignored().isEmpty());
        PersonaFiles.Found listed =
                PersonaFiles.builder().listIgnored(true).build().directory(dir);
        assertEquals(2, listed.ignored().size());
        assertTrue(listed.ignored().stream().allMatch(i -> i.by().equals(".gitignore")));
    }
}
