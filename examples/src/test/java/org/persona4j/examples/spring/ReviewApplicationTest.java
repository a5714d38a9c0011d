package org.persona4j.examples.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.persona4j.spring.PersonaAutoConfiguration;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The example application answers in the code reviewer's role, with the team filled in. */
class ReviewApplicationTest {

    private static final Path BUNDLED =
            Path.of("..", "persona-cli", "src", "main", "resources", "org", "persona4j", "cli", "bundled");

    @Test
    void theReviewServiceSpeaksAsTheCodeReviewer() {
        List<String> systems = new ArrayList<>();
        ChatModel fake = new ChatModel() {
            @Override
            public ChatResponse call(Prompt prompt) {
                for (Message m : prompt.getInstructions()) {
                    if (m instanceof SystemMessage s) {
                        systems.add(s.getText());
                    }
                }
                return new ChatResponse(List.of(new Generation(new AssistantMessage("Add a test."))));
            }
        };
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(PersonaAutoConfiguration.class))
                .withUserConfiguration(ReviewApplication.class)
                .withBean(ChatModel.class, () -> fake)
                .withPropertyValues("persona4j.locations=" + BUNDLED.toAbsolutePath(), "persona4j.fail-on=ERROR")
                .run(ctx -> {
                    assertEquals("Add a test.", ctx.getBean(ReviewService.class).review("payments", "diff --git …"));
                    assertTrue(systems.get(0).startsWith("# Code Reviewer"), systems.toString());
                });
    }
}
