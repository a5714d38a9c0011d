package org.persona4j.markdown.skills;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.persona4j.catalog.PersonaCatalog;
import org.persona4j.skills.Skill;
import org.persona4j.skills.SkillAnswer;
import org.persona4j.skills.SkillFile;
import org.persona4j.skills.SkillSummary;
import org.persona4j.skills.SkillTools;
import org.persona4j.skills.Skills;
import org.persona4j.testing.Corpus;

/**
 * Skills disclosed step by step over the corpus's Agent Skills, a skill folder written here and one in a jar on the
 * class path: the list, a loaded skill's instructions and files, a bundled file's text.
 */
class SkillsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theCorpusSkillsAreListedLoadedAndTheirBundledFilesReadAsOnDisk() throws IOException {
        Path root = Corpus.require().resolve("agent-skills");
        Skills skills = Skills.of(PersonaCatalog.builder().directory(root).build());
        List<SkillSummary> list = skills.list();
        long folders;
        try (Stream<Path> s = Files.walk(root)) {
            folders =
                    s.filter(p -> p.getFileName().toString().equals("SKILL.md")).count();
        }
        assertEquals(folders, list.size(), "one entry per SKILL.md");
        assertTrue(
                list.stream()
                        .allMatch(s -> !s.name().isBlank() && !s.description().isBlank()),
                list.toString());
        int read = 0;
        for (SkillSummary summary : list) {
            Skill skill = skills.load(summary.name()).orElseThrow();
            assertFalse(skill.instructions().isBlank(), summary.name());
            for (SkillFile f : skill.files()) {
                Path folder = root.resolve("skills").resolve(summary.name());
                if (!Files.isDirectory(folder)) {
                    continue; // a skill whose name is not its folder's: its files are checked by path below
                }
                Path onDisk = folder.resolve(f.path());
                assertEquals(Files.size(onDisk), f.size(), f.path());
                SkillAnswer<org.persona4j.skills.SkillFileText> text = skills.read(summary.name(), f.path());
                assertEquals(f.text(), text.found(), summary.name() + "/" + f.path() + ": " + text);
                if (text.found()) {
                    assertEquals(Files.readString(onDisk), text.orElseThrow().text());
                    read++;
                }
            }
        }
        assertTrue(read > 100, "bundled files read: " + read);
    }

    @Test
    void aSkillInAJarOnTheClassPathIsLoadedAndReadAndStillCannotBeLeft(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("skills.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            // Folder entries, as jar and Maven write them: a class loader finds a folder by its entry.
            for (String folder :
                    List.of("skills/", "skills/pdf-forms/", "skills/pdf-forms/references/", "skills/other/")) {
                out.putNextEntry(new JarEntry(folder));
                out.closeEntry();
            }
            put(
                    out,
                    "skills/pdf-forms/SKILL.md",
                    "---\nname: pdf-forms\ndescription: Fill PDF forms. Use when a PDF has fields.\n---\n"
                            + "# PDF forms\n\nRead references/fields.md first.\n");
            put(out, "skills/pdf-forms/references/fields.md", "Field names are case-sensitive.\n");
            put(out, "skills/other/SKILL.md", "---\nname: other\ndescription: Another.\n---\nSecret steps.\n");
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            Skills skills = Skills.of(PersonaCatalog.builder()
                    .classLoader(loader)
                    .classpath("skills")
                    .build());
            assertEquals(
                    List.of("other", "pdf-forms"),
                    skills.list().stream().map(SkillSummary::name).sorted().toList());
            Skill pdf = skills.load("pdf-forms").orElseThrow();
            assertEquals(List.of(new SkillFile("references/fields.md", 32, true)), pdf.files());
            assertEquals(
                    "Field names are case-sensitive.\n",
                    skills.read("pdf-forms", "references/fields.md")
                            .orElseThrow()
                            .text());
            for (String escape :
                    List.of("../other/SKILL.md", "/skills/other/SKILL.md", "references/../../other/SKILL.md")) {
                SkillAnswer<?> refused = skills.read("pdf-forms", escape);
                assertFalse(refused.found(), escape);
                assertEquals(
                        "skill.path-refused",
                        ((SkillAnswer.Refused<?>) refused).problem().code(),
                        escape);
            }
        }
    }

    @Test
    void theToolsAnswerJsonAndRefuseWithACodeAndAMessage(@TempDir Path dir) throws IOException {
        Path skill = Files.createDirectories(dir.resolve("review/scripts"));
        Files.writeString(
                dir.resolve("review/SKILL.md"),
                "---\nname: review\ndescription: Review \"diffs\" </script>\n---\nRun scripts/check.sh.\n");
        Files.writeString(skill.resolve("check.sh"), "#!/bin/sh\necho \"ok\"\n");
        SkillTools tools =
                new SkillTools(Skills.of(PersonaCatalog.builder().directory(dir).build()));
        JsonNode list = JSON.readTree(tools.call(SkillTools.LIST, "{}"));
        assertEquals(
                "Review \"diffs\" </script>", list.at("/skills/0/description").asText());
        JsonNode loaded = JSON.readTree(tools.call(SkillTools.LOAD, "{\"name\":\"review\"}"));
        assertEquals("scripts/check.sh", loaded.at("/files/0/path").asText());
        assertTrue(loaded.get("instructions").asText().contains("Run scripts/check.sh."));
        JsonNode file =
                JSON.readTree(tools.call(SkillTools.READ, "{\"skill\":\"review\",\"path\":\"scripts/check.sh\"}"));
        assertEquals("#!/bin/sh\necho \"ok\"\n", file.get("text").asText());
        for (String[] bad : new String[][] {
            {SkillTools.LOAD, "{\"name\":\"nope\"}", "skill.unknown"},
            {SkillTools.LOAD, "not json", "tool.arguments"},
            {SkillTools.LOAD, "[1]", "tool.arguments"},
            {SkillTools.READ, "{\"skill\":\"review\"}", "tool.arguments"},
            {SkillTools.READ, "{\"skill\":\"review\",\"path\":\"scripts/none.sh\"}", "skill.file-missing"},
            {"rm_rf", "{}", "tool.unknown"}
        }) {
            JsonNode answer = JSON.readTree(tools.call(bad[0], bad[1]));
            assertEquals(bad[2], answer.at("/error/code").asText(), String.join(" ", bad));
            assertFalse(answer.at("/error/message").asText().isBlank());
        }
        assertEquals(3, SkillTools.tools().size());
        for (SkillTools.Tool t : SkillTools.tools()) {
            assertEquals("object", JSON.readTree(t.inputSchema()).get("type").asText(), t.name());
        }
    }

    private static void put(JarOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
