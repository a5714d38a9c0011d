package org.persona4j.examples.spring;

import java.util.Map;
import org.persona4j.spring.PersonaPrompts;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.model.ChatModel;

/**
 * A Spring service that answers in a persona's role: the starter gives it {@link PersonaPrompts}, the application
 * gives it any Spring AI {@link ChatModel} (OpenAI, Anthropic, Ollama…). Each call renders from the catalog's
 * current snapshot, so a reload takes effect on the next question.
 */
public class ReviewService {

    private final ChatModel model;
    private final PersonaPrompts prompts;

    public ReviewService(ChatModel model, PersonaPrompts prompts) {
        this.model = model;
        this.prompts = prompts;
    }

    /** Asks the code reviewer persona, for a team. */
    public String review(String team, String change) {
        return ChatClient.builder(model)
                .defaultSystem(prompts.system("code-reviewer", Map.of("team", team)))
                .build()
                .prompt()
                .user(change)
                .call()
                .content();
    }
}
