package org.persona4j.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a fake model's session with the skill tools over the corpus's Agent Skills must have answered, whichever
 * framework ran the tools: the list of every skill, the loaded skill's instructions, a bundled file as on disk, and a
 * refusal for each path that leaves the folder.
 */
public final class SkillSessions {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SkillSessions() {}

    /**
     * @param root    the corpus's {@code agent-skills} folder
     * @param skill   the skill the model loaded
     * @param answers the tools' answers in order: list, load, read of a bundled file, then reads that leave the folder
     */
    public static void assertListedLoadedReadAndRefused(Path root, String skill, List<String> answers)
            throws IOException {
        long folders;
        try (Stream<Path> s = Files.walk(root)) {
            folders =
                    s.filter(p -> p.getFileName().toString().equals("SKILL.md")).count();
        }
        assertEquals(
                folders, JSON.readTree(answers.get(0)).get("skills").size(), "every skill of the corpus is listed");
        assertTrue(JSON.readTree(answers.get(1)).get("instructions").asText().length() > 100, answers.get(1));
        JsonNode read = JSON.readTree(answers.get(2));
        assertEquals(
                Files.readString(root.resolve("skills")
                        .resolve(skill)
                        .resolve(read.get("path").asText())),
                read.get("text").asText());
        for (String refused : answers.subList(3, answers.size())) {
            assertEquals(
                    "skill.path-refused",
                    JSON.readTree(refused).at("/error/code").asText(),
                    refused);
        }
        assertTrue(answers.size() > 3, "the model tried to leave the folder");
    }
}
