package org.persona4j.examples.spring;

import org.persona4j.spring.PersonaPrompts;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The smallest Spring Boot application with personas: put persona files under {@code src/main/resources/personas/}
 * (or set {@code persona4j.locations}), add a Spring AI model starter, and inject {@link ReviewService}.
 */
@SpringBootApplication
public class ReviewApplication {

    @Bean
    ReviewService reviewService(ChatModel model, PersonaPrompts prompts) {
        return new ReviewService(model, prompts);
    }
}
