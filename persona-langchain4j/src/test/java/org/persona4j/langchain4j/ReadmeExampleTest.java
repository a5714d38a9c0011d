package org.persona4j.langchain4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.service.AiServices;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.persona4j.Persona;
import org.persona4j.catalog.PersonaCatalog;

/** The README's LangChain4j section, run here, and found in the README line for line. */
class ReadmeExampleTest {

    interface Assistant {
        String chat(String message);
    }

    @Test
    void theReadmeSnippetRunsAndIsTheOneInTheReadme() throws IOException {
        ChatModel model = new RecordingModel();
        Path personas = Path.of("..", "persona-cli", "src", "main", "resources", "org", "persona4j", "cli", "bundled");
        PersonaCatalog catalog = PersonaCatalog.builder().directory(personas).build();
        // --- as in README.md ---
        Persona persona = catalog.find("incident-responder").orElseThrow();

        Assistant assistant = AiServices.builder(Assistant.class)
                .chatModel(model)
                .chatRequestTransformer(PersonaSystemMessage.of(persona))
                .build();
        String answer = assistant.chat("Checkout fails since the deploy. Roll back?");

        PersonaChat responder = PersonaChat.of(model, persona);
        String again = responder.chat("Checkout fails since the deploy. Roll back?");
        // --- end ---
        assertEquals("ok", answer);
        assertEquals("ok", again);
        List<List<String>> sent = ((RecordingModel) model).systemMessages;
        assertEquals(sent.get(0), sent.get(1), "both ways send the same system message");

        org.persona4j.testing.ReadmeSnippets.assertInReadme(
                Path.of("src/test/java/org/persona4j/langchain4j/ReadmeExampleTest.java"), Path.of("..", "README.md"));
    }
}
