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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
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

        SkillReadingModel(String skill) {
            this.skill = skill;
        }

        @Override
        public ChatResponse doChat(ChatRequest request) {
            offeredTools.add(
                    request.toolSpecifications().stream().map(t -> t.name()).toList());
            ChatMessage last = request.messages().get(request.messages().size() - 1);
            if (last instanceof ToolExecutionResultMessage r) {
                answers.add(r.text());
            }
            ToolExecutionRequest next = switch (answers.size()) {
                case 0 -> call("list_skills", "{}");
                case 1 -> call("load_skill", "{\"name\":\"" + skill + "\"}");
                case 2 -> call("read_skill_file", "{\"skill\":\"" + skill + "\",\"path\":\"" + firstTextFile() + "\"}");
                case 3 -> call("read_skill_file", "{\"skill\":\"" + skill + "\",\"path\":\"../../LICENSE\"}");
                case 4 -> call("read_skill_file", "{\"skill\":\"" + skill + "\",\"path\":\"/etc/passwd\"}");
                default -> null;
            };
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
        Skills skills = Skills.of(PersonaCatalog.builder().directory(root).build());
        SkillReadingModel model = new SkillReadingModel("daily-focus-board");
        Assistant assistant = AiServices.builder(Assistant.class)
                .chatModel(model)
                .tools(PersonaSkillTools.of(skills).executors())
                .build();
        assertEquals("done", assistant.chat("Plan my day."));
        assertEquals(List.of("list_skills", "load_skill", "read_skill_file"), model.offeredTools.get(0));

        JsonNode listed = JSON.readTree(model.answers.get(0));
        long folders;
        try (Stream<Path> s = Files.walk(root)) {
            folders =
                    s.filter(p -> p.getFileName().toString().equals("SKILL.md")).count();
        }
        assertEquals(folders, listed.get("skills").size(), "every skill of the corpus is listed");
        JsonNode loaded = JSON.readTree(model.answers.get(1));
        assertEquals(
                skills.load("daily-focus-board").orElseThrow().instructions(),
                loaded.get("instructions").asText());
        JsonNode read = JSON.readTree(model.answers.get(2));
        assertEquals(
                Files.readString(root.resolve("skills/daily-focus-board")
                        .resolve(read.get("path").asText())),
                read.get("text").asText());
        for (int refused : new int[] {3, 4}) {
            assertEquals(
                    "skill.path-refused",
                    JSON.readTree(model.answers.get(refused)).at("/error/code").asText(),
                    model.answers.get(refused));
        }
        assertTrue(model.answers.size() == 5, model.answers.toString());
    }
}
