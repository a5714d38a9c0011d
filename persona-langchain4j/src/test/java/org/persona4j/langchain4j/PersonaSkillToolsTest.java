package org.persona4j.langchain4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.service.AiServices;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.persona4j.catalog.PersonaCatalog;
import org.persona4j.skills.Skills;
import org.persona4j.testing.Corpus;

/**
 * A fake model behind LangChain4j AI Services calls the skill tools as a model would: it lists the skills of the
 * corpus, loads one, reads one of its bundled files, and tries to leave the skill's folder.
 */
class PersonaSkillToolsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    interface Assistant {
        String chat(String message);
    }

    /** A model that plays out a script of tool calls, deciding each from the previous tool's answer. */
    static final class SkillReadingModel implements ChatModel {
        final List<String> answers = new ArrayList<>();
        final List<List<String>> offeredTools = new ArrayList<>();
        private final String skill;
        private final List<String> escapes;

        /**
         * @param skill   the skill to load
         * @param escapes paths outside the skill's folder the model tries after reading a bundled file
         */
        SkillReadingModel(String skill, String... escapes) {
            this.skill = skill;
            this.escapes = List.of(escapes);
        }

        @Override
        public ChatResponse doChat(ChatRequest request) {
            offeredTools.add(
                    request.toolSpecifications().stream().map(t -> t.name()).toList());
            ChatMessage last = request.messages().get(request.messages().size() - 1);
            if (last instanceof ToolExecutionResultMessage r) {
                answers.add(r.text());
            }
            int step = answers.size();
            ToolExecutionRequest next;
            if (step == 0) {
                next = call("list_skills", "{}");
            } else if (step == 1) {
                next = call("load_skill", "{\"name\":\"" + skill + "\"}");
            } else if (step == 2) {
                next = read(firstTextFile());
            } else if (step - 3 < escapes.size()) {
                next = read(escapes.get(step - 3));
            } else {
                next = null;
            }
            AiMessage message = next == null ? AiMessage.from("done") : AiMessage.from(List.of(next));
            return ChatResponse.builder().aiMessage(message).build();
        }

        String firstTextFile() {
            try {
                for (JsonNode f : JSON.readTree(answers.get(1)).get("files")) {
                    if (f.get("text").asBoolean()) {
                        return f.get("path").asText();
                    }
                }
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            throw new AssertionError("no text file in " + answers.get(1));
        }

        private ToolExecutionRequest read(String path) {
            return call("read_skill_file", "{\"skill\":\"" + skill + "\",\"path\":\"" + path + "\"}");
        }

        private ToolExecutionRequest call(String tool, String arguments) {
            return ToolExecutionRequest.builder()
                    .id("call-" + answers.size())
                    .name(tool)
                    .arguments(arguments)
                    .build();
        }
    }

    @Test
    void aFakeModelListsTheCorpusSkillsLoadsOneAndReadsABundledFileButNothingOutside() throws IOException {
        Path root = Corpus.require().resolve("agent-skills");
        PersonaCatalog catalog = PersonaCatalog.builder().directory(root).build();
        SkillReadingModel model = new SkillReadingModel("daily-focus-board", "../../LICENSE", "/etc/passwd");
        // --- as in README.md ---
        Skills skills = Skills.of(catalog);
        Assistant assistant = AiServices.builder(Assistant.class)
                .chatModel(model)
                .tools(PersonaSkillTools.of(skills).executors())
                .build();
        // --- end ---
        assertEquals("done", assistant.chat("Plan my day."));
        assertEquals(List.of("list_skills", "load_skill", "read_skill_file"), model.offeredTools.get(0));

        org.persona4j.testing.SkillSessions.assertListedLoadedReadAndRefused(root, "daily-focus-board", model.answers);
        assertEquals(
                skills.load("daily-focus-board").orElseThrow().instructions(),
                JSON.readTree(model.answers.get(1)).get("instructions").asText());
        assertTrue(model.answers.size() == 5, model.answers.toString());
        org.persona4j.testing.ReadmeSnippets.assertInReadme(
                Path.of("src/test/java/org/persona4j/langchain4j/PersonaSkillToolsTest.java"),
                Path.of("..", "README.md"));
    }

    @Test
    void aLinkInsideASkillFolderIsRefusedToTheModel(@TempDir Path dir) throws IOException {
        Path skill = Files.createDirectories(dir.resolve("skills/notes/references"));
        Files.writeString(dir.resolve("skills/notes/SKILL.md"), "---\nname: notes\ndescription: Notes.\n---\nRead.\n");
        Files.writeString(skill.resolve("guide.md"), "Guide.\n");
        Files.writeString(dir.resolve("secret.txt"), "secret\n");
        Files.createSymbolicLink(skill.resolve("link.md"), dir.resolve("secret.txt"));
        SkillReadingModel model = new SkillReadingModel("notes", "references/link.md");
        Assistant assistant = AiServices.builder(Assistant.class)
                .chatModel(model)
                .tools(PersonaSkillTools.of(Skills.of(PersonaCatalog.builder()
                                .directory(dir.resolve("skills"))
                                .build()))
                        .executors())
                .build();
        assertEquals("done", assistant.chat("Take notes."));
        assertEquals("Guide.\n", JSON.readTree(model.answers.get(2)).get("text").asText());
        assertEquals(
                "skill.path-refused",
                JSON.readTree(model.answers.get(3)).at("/error/code").asText());
        assertTrue(!model.answers.get(1).contains("link.md"), "a link is not listed: " + model.answers.get(1));
    }
}
