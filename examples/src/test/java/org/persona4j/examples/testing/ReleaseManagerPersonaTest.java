package org.persona4j.examples.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.persona4j.test.PersonaAssertions.assertThatPersona;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;
import org.persona4j.Persona;
import org.persona4j.Personas;
import org.persona4j.catalog.PersonaCatalog;
import org.persona4j.model.SectionKind;
import org.persona4j.test.PersonaCatalogSource;
import org.persona4j.test.ScenarioResult;
import org.persona4j.test.ScenarioRunner;

/**
 * How an application tests the personas it ships, with {@code persona-test}: the catalog of
 * {@code src/main/resources/personas} injected, assertions on the rendered prompt and its snapshot, and the
 * contract scenarios beside the persona replayed offline from their recordings. No test reaches a model.
 */
@PersonaCatalogSource("personas")
class ReleaseManagerPersonaTest {

    /**
     * Stands in for a real model when recording ({@code -Dpersona.record=true}); counts calls, so that replay can
     * show it was never asked.
     */
    static final class ScriptedModel implements ChatModel {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public ChatResponse doChat(ChatRequest request) {
            calls.incrementAndGet();
            boolean persona = request.messages().stream().anyMatch(SystemMessage.class::isInstance);
            String task = request.messages().stream()
                    .filter(UserMessage.class::isInstance)
                    .map(m -> ((UserMessage) m).singleText())
                    .findFirst()
                    .orElse("");
            String answer;
            if (!persona) {
                answer = "Sure, ship it! Approved.";
            } else if (task.contains("JSON")) {
                answer =
                        "```json\n{\"decision\": \"GO\", \"reasons\": [\"all checks green\", \"rollback written\"]}\n```";
            } else {
                answer = "NO-GO. The smoke tests failed twice; find the cause before shipping 3.1.0.";
            }
            return ChatResponse.builder().aiMessage(AiMessage.from(answer)).build();
        }
    }

    @Test
    void thePromptKeepsItsRuleWithinBudgetLintsCleanAndMatchesItsSnapshot(PersonaCatalog catalog) {
        Persona manager = catalog.find("release-manager").orElseThrow();
        assertThatPersona(manager)
                .hasSection(SectionKind.CONSTRAINTS)
                .hasConstraint("without a written rollback plan")
                .withVariable("team", "payments")
                .rendersWithin(600)
                .keeps(SectionKind.ROLE_SUMMARY, SectionKind.CONSTRAINTS, SectionKind.DIRECTIVES)
                .lintsClean("reference")
                .matchesSnapshot();
        assertTrue(assertThatPersona(manager)
                .withVariable("team", "payments")
                .rendered()
                .systemText()
                .contains("for the payments team"));
    }

    @TestFactory
    Stream<DynamicTest> contractScenariosReplayOffline(PersonaCatalog catalog) {
        ScriptedModel model = new ScriptedModel();
        List<DynamicTest> tests = new ArrayList<>(
                ScenarioRunner.builder(model).build().tests(catalog).toList());
        tests.add(DynamicTest.dynamicTest("replay never called the model", () -> {
            if (!Boolean.getBoolean("persona.record")) {
                assertEquals(0, model.calls.get());
            }
        }));
        return tests.stream();
    }

    @Test
    void anEditedPersonaFailsItsSnapshotAndItsScenariosNamingTheChange(PersonaCatalog catalog) {
        Persona manager = catalog.find("release-manager").orElseThrow();
        // The same file, edited: one constraint gone.
        Persona edited = Personas.parse(
                        readOwnText(manager).replace("- Must not ship a release without a written rollback plan\n", ""),
                        manager.source().label())
                .expectPersona();

        AssertionFailedError snapshot = assertThrows(
                AssertionFailedError.class,
                () -> assertThatPersona(edited).withVariable("team", "payments").matchesSnapshot());
        assertTrue(
                snapshot.getMessage()
                        .contains("a list item was removed in constraints: 'Must not ship a "
                                + "release without a written rollback plan'"),
                snapshot.getMessage());

        List<ScenarioResult> results = ScenarioRunner.builder(new ScriptedModel())
                .record(false)
                .build()
                .run(edited);
        assertFalse(results.isEmpty());
        for (ScenarioResult r : results) {
            assertFalse(r.passed());
            assertTrue(
                    r.failures().get(0).startsWith("recorded for "),
                    r.failures().toString());
            assertTrue(
                    r.failures()
                            .get(0)
                            .contains("a list item was removed in constraints: 'Must not ship a "
                                    + "release without a written rollback plan'"),
                    r.failures().toString());
        }
    }

    private static String readOwnText(Persona p) {
        String resource = p.source().label().substring("classpath:".length());
        try (java.io.InputStream in =
                ReleaseManagerPersonaTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
