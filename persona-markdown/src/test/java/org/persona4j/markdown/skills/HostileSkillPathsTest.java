package org.persona4j.markdown.skills;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.persona4j.ReadOptions;
import org.persona4j.catalog.PersonaCatalog;
import org.persona4j.skills.SkillAnswer;
import org.persona4j.skills.Skills;

/**
 * A model asks for a skill's bundled files with paths it chose: none of them reads outside the skill's folder, and
 * none blocks or reads past the size limit.
 */
@Tag("adversarial")
class HostileSkillPathsTest {

    private static String code(SkillAnswer<?> answer) {
        return answer instanceof SkillAnswer.Refused<?> r ? r.problem().code() : "found";
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void noPathAModelGivesReadsOutsideTheSkillsFolder(@TempDir Path dir) throws IOException {
        Path skill = Files.createDirectories(dir.resolve("skills/review"));
        Files.writeString(skill.resolve("SKILL.md"), "---\nname: review\ndescription: Reviews.\n---\nReview.\n");
        Files.createDirectories(skill.resolve("references"));
        Files.writeString(skill.resolve("references/ok.md"), "fine\n");
        Files.writeString(skill.resolve(".env"), "TOKEN=secret\n");
        Path outside = Files.writeString(dir.resolve("secret.txt"), "secret\n");
        Files.createSymbolicLink(skill.resolve("link.md"), outside);
        Files.createSymbolicLink(skill.resolve("linked-folder"), dir);
        Files.createSymbolicLink(skill.resolve("references/inner-link.md"), skill.resolve("references/ok.md"));
        Skills skills = Skills.of(
                PersonaCatalog.builder().directory(dir.resolve("skills")).build());
        assertEquals("found", code(skills.read("review", "references/ok.md")));
        List<String> escapes = List.of(
                "../../secret.txt",
                "references/../../../secret.txt",
                "..",
                "./..",
                outside.toString(),
                "/etc/passwd",
                "~/.ssh/id_rsa",
                "C:/Windows/win.ini",
                "C:\\Windows\\win.ini",
                "references\\..\\..\\secret.txt",
                "link.md",
                "linked-folder/secret.txt",
                "references/inner-link.md",
                ".env",
                "references/\u0000ok.md",
                "references/ok.md\n../../secret.txt",
                "x".repeat(100_000),
                ".",
                "");
        for (String path : escapes) {
            String code = code(skills.read("review", path));
            assertEquals("skill.path-refused", code, "'" + path.substring(0, Math.min(60, path.length())) + "'");
        }
        assertTrue(
                skills.load("review").orElseThrow().files().stream()
                        .noneMatch(f -> f.path().contains("link") || f.path().startsWith(".")),
                "links and hidden files are not listed");
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void pipesBinariesBadTextAndLargeFilesAreRefusedWithoutBlocking(@TempDir Path dir) throws Exception {
        Path skill = Files.createDirectories(dir.resolve("review"));
        Files.writeString(skill.resolve("SKILL.md"), "---\nname: review\ndescription: Reviews.\n---\nReview.\n");
        Files.write(skill.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Files.write(skill.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xe9, '\n'});
        Files.writeString(skill.resolve("big.md"), "x".repeat(5_000));
        Process mkfifo = new ProcessBuilder("mkfifo", skill.resolve("pipe.md").toString()).start();
        boolean fifo = mkfifo.waitFor() == 0;
        Skills skills = Skills.of(
                () -> {
                    try {
                        return PersonaCatalog.builder().directory(dir).build();
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                },
                ReadOptions.builder().maxFileBytes(4_096).build());
        assertEquals("file.binary", code(skills.read("review", "logo.png")));
        assertEquals("file.binary", code(skills.read("review", "latin1.txt")));
        assertEquals("file.too-large", code(skills.read("review", "big.md")));
        assertEquals("skill.file-missing", code(skills.read("review", "none.md")));
        Files.createDirectories(skill.resolve("references"));
        assertEquals("skill.path-refused", code(skills.read("review", "references")), "a folder is not read");
        assertEquals("skill.unknown", code(skills.read("reviewer\u001b[2J", "logo.png")));
        assertFalse(((SkillAnswer.Refused<?>) skills.read("reviewer\u001b[2J", "x"))
                .problem()
                .message()
                .contains("\u001b"));
        if (fifo) {
            assertEquals("skill.path-refused", code(skills.read("review", "pipe.md")));
            assertTrue(skills.load("review").orElseThrow().files().stream()
                    .noneMatch(f -> f.path().equals("pipe.md")));
        }
        // Listed as the reads answer: none of the three is text a read would return.
        assertEquals(
                List.of("big.md:false", "latin1.txt:false", "logo.png:false"),
                skills.load("review").orElseThrow().files().stream()
                        .map(f -> f.path() + ":" + f.text())
                        .toList());
    }
}
