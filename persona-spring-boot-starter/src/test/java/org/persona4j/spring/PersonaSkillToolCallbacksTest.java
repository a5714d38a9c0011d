package org.persona4j.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.persona4j.catalog.PersonaCatalog;
import org.persona4j.testing.Corpus;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.chat.prompt.ChatOptions;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.model.tool.ToolCallingChatOptions;
import org.springframework.ai.tool.ToolCallback;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * A fake model behind Spring AI's {@code ChatClient} calls the skill tools it is given, as a model would: it lists
 * the corpus's skills, loads one, reads a bundled file, and tries to leave the skill's folder.
 */
class PersonaSkillToolCallbacksTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A model that calls the tools of its prompt in a script, deciding each call from the previous answer. */
    static final class SkillReadingModel implements ChatModel {
        final List<String> answers = new ArrayList<>();
        final List<String> offered = new ArrayList<>();

        @Override
        public ChatOptions getOptions() {
            return ToolCallingChatOptions.builder().build();
        }

        @Override
        public ChatResponse call(Prompt prompt) {
            Map<String, ToolCallback> tools = new LinkedHashMap<>();
            if (prompt.getOptions() instanceof ToolCallingChatOptions options) {
                options.getToolCallbacks()
                        .forEach(t -> tools.put(t.getToolDefinition().name(), t));
            }
            offered.addAll(tools.keySet());

            answers.add(tools.get("list_skills").call("{}"));
            answers.add(tools.get("load_skill").call("{\"name\":\"daily-focus-board\"}"));
            String file = null;
            try {
                for (JsonNode f : JSON.readTree(answers.get(1)).get("files")) {
                    if (f.get("text").asBoolean()) {
                        file = f.get("path").asText();
                        break;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            answers.add(
                    tools.get("read_skill_file").call("{\"skill\":\"daily-focus-board\",\"path\":\"" + file + "\"}"));
            answers.add(
                    tools.get("read_skill_file").call("{\"skill\":\"daily-focus-board\",\"path\":\"../../LICENSE\"}"));
            answers.add(
                    tools.get("read_skill_file").call("{\"skill\":\"daily-focus-board\",\"path\":\"/etc/passwd\"}"));
            return new ChatResponse(List.of(new Generation(new AssistantMessage("done"))));
        }
    }

    @Test
    void aFakeModelListsTheCorpusSkillsLoadsOneAndReadsABundledFileButNothingOutside() throws IOException {
        Path root = Corpus.require().resolve("agent-skills");
        PersonaCatalogs catalogs =
                new PersonaCatalogs(PersonaCatalog.builder().directory(root).build(), Duration.ZERO, List.of());
        SkillReadingModel model = new SkillReadingModel();
        ChatClient chatClient = ChatClient.builder(model).build();
        PersonaSkillToolCallbacks skillTools = PersonaSkillToolCallbacks.of(catalogs);
        // --- as in README.md ---
        String answer = chatClient
                .prompt()
                .user(u -> u.text("Plan {what}.").param("what", "my day"))
                .toolCallbacks(skillTools)
                .call()
                .content();
        // --- end ---
        assertEquals("done", answer);
        assertEquals(List.of("list_skills", "load_skill", "read_skill_file"), model.offered);
        org.persona4j.testing.SkillSessions.assertListedLoadedReadAndRefused(root, "daily-focus-board", model.answers);
        catalogs.close();
        org.persona4j.testing.ReadmeSnippets.assertInReadme(
                Path.of("src/test/java/org/persona4j/spring/PersonaSkillToolCallbacksTest.java"),
                Path.of("..", "README.md"));
    }

    @Test
    void theStarterOffersTheToolsOnlyWhenAskedTo() {
        ApplicationContextRunner context =
                new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(PersonaAutoConfiguration.class));
        context.run(ctx ->
                assertTrue(ctx.getBeansOfType(PersonaSkillToolCallbacks.class).isEmpty()));
        context.withPropertyValues("persona4j.skill-tools=true")
                .run(ctx -> assertEquals(
                        3, ctx.getBean(PersonaSkillToolCallbacks.class).getToolCallbacks().length));
    }
}
