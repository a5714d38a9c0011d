package org.persona4j.langchain4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.MemoryId;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.persona4j.Persona;
import org.persona4j.Personas;
import org.persona4j.render.RenderOptions;
import org.persona4j.testing.Corpus;

/** Personas reach the model through AI Services as persona4j renders them, braces and all. */
class PersonaSystemMessageTest {

    interface Assistant {
        String chat(String message);
    }

    interface Templated {
        @UserMessage("Answer as {{role}}: {{question}}")
        String ask(@V("role") String role, @V("question") String question);
    }

    interface WithMemory {
        @SystemMessage("Be brief.")
        String chat(@MemoryId String conversation, @UserMessage String message);
    }

    @Test
    void everyCorpusPersonaReachesTheModelThroughAiServicesAsPersona4jRendersIt() throws java.io.IOException {
        org.persona4j.PersonaReader reader = Personas.reader().build();
        List<Path> files = Corpus.personaFiles(Corpus.require());
        int sent = 0;
        List<String> failures = new ArrayList<>();
        for (Path file : files) {
            for (org.persona4j.ReadResult r : reader.readAll(file)) {
                if (r.findPersona().isEmpty()) {
                    continue;
                }
                Persona p = r.expectPersona();
                String expected;
                try {
                    expected = p.render(RenderOptions.defaults()).systemText();
                } catch (RuntimeException e) { // a declared variable without a value: persona4j says so itself
                    continue;
                }
                RecordingModel model = new RecordingModel();
                Templated service = AiServices.builder(Templated.class)
                        .chatModel(model)
                        .chatRequestTransformer(PersonaSystemMessage.of(p))
                        .build();
                try {
                    service.ask("a reviewer", "is {{this}} a template?");
                } catch (RuntimeException e) {
                    failures.add(file + ": " + e.getMessage());
                    continue;
                }
                if (!List.of(expected).equals(model.systemMessages.get(0))) {
                    failures.add(file + ": the system message differs from persona4j's render");
                }
                sent++;
            }
        }
        assertEquals(List.of(), failures.subList(0, Math.min(5, failures.size())), failures.size() + " failures");
        assertTrue(sent > files.size() * 9 / 10, sent + " of " + files.size() + " files sent");
    }

    @Test
    void aPersonaWithTemplateLikeTextIsTextAndDeclaredVariablesAreFilledOnce() {
        Persona p = Personas.parse(
                        "---\ntitle: HR\nvariables:\n  team: string\n---\n## Role Summary\n\nHelp {{team}}.\n\n"
                                + "## Examples\n\nWrite to {{RoleTitle}} in {{Jurisdiction}}; ${{ github.sha }}.\n",
                        "hr.md")
                .expectPersona();
        RecordingModel model = new RecordingModel();
        Assistant assistant = AiServices.builder(Assistant.class)
                .chatModel(model)
                .chatRequestTransformer(PersonaSystemMessage.of(
                        p,
                        RenderOptions.builder().variable("team", "{{payroll}}").build()))
                .build();
        assertEquals("ok", assistant.chat("hello"));
        String system = model.systemMessages.get(0).get(0);
        assertTrue(system.contains("Help {{payroll}}."), "a value is put in once, never read again: " + system);
        assertTrue(system.contains("{{RoleTitle}} in {{Jurisdiction}}; ${{ github.sha }}"), system);
    }

    @Test
    void eachConversationGetsItsPersonaAndTheServicesOwnSystemMessageFollows() {
        Map<String, Persona> personas = Map.of(
                "a",
                        Personas.parse("---\ntitle: A\n---\n## Role Summary\n\nPersona A.\n", "a.md")
                                .expectPersona(),
                "b",
                        Personas.parse("---\ntitle: B\n---\n## Role Summary\n\nPersona B.\n", "b.md")
                                .expectPersona());
        RecordingModel model = new RecordingModel();
        WithMemory service = AiServices.builder(WithMemory.class)
                .chatModel(model)
                .chatMemoryProvider(id -> MessageWindowChatMemory.withMaxMessages(10))
                .chatRequestTransformer(PersonaSystemMessage.perConversation(
                        id -> personas.get(String.valueOf(id)), RenderOptions.defaults()))
                .build();
        service.chat("a", "one");
        service.chat("b", "two");
        service.chat("a", "three");
        assertEquals(3, model.systemMessages.size());
        assertTrue(model.systemMessages.get(0).get(0).contains("Persona A."), model.systemMessages.toString());
        assertTrue(model.systemMessages.get(1).get(0).contains("Persona B."), model.systemMessages.toString());
        assertEquals(List.of(model.systemMessages.get(0).get(0), "Be brief."), model.systemMessages.get(2));
    }

    @Test
    void aPlainChatModelAnswersInThePersonasRole() {
        Persona p = Personas.parse("---\ntitle: R\n---\n## Role Summary\n\nReviews code.\n", "r.md")
                .expectPersona();
        RecordingModel model = new RecordingModel();
        PersonaChat chat = PersonaChat.of(model, p);
        assertEquals("ok", chat.chat("Review this."));
        assertEquals(List.of(chat.prompt().systemText()), model.systemMessages.get(0));
    }
}
