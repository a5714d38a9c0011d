package org.persona4j.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.persona4j.Persona;
import org.persona4j.catalog.PersonaCatalog;
import org.persona4j.render.RenderOptions;
import org.persona4j.testing.Corpus;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Personas through a ChatClient call that uses .param(…): the persona's text reaches the model as rendered. */
class PersonaAdvisorTest {

    private static PersonaAdvisor advisor(PersonaCatalog catalog, String persona) {
        return new PersonaAdvisor(new PersonaPrompts(new PersonaCatalogs(catalog, Duration.ZERO, List.of())), persona);
    }

    @Test
    void everyCorpusPersonaReachesTheModelThroughAChatClientCallWithParamsAsPersona4jRendersIt() throws Exception {
        PersonaCatalog catalog =
                PersonaCatalog.builder().directory(Corpus.require()).build();
        PersonaAdvisor advisor = advisor(catalog, null);
        PersonaAutoConfigurationTest.FakeModel model = new PersonaAutoConfigurationTest.FakeModel();
        ChatClient client = ChatClient.builder(model).defaultAdvisors(advisor).build();
        int sent = 0;
        List<String> failures = new ArrayList<>();
        for (Persona p : catalog.personas()) {
            String expected;
            try {
                expected = p.render(RenderOptions.defaults()).systemText();
            } catch (RuntimeException e) { // a declared variable without a value: persona4j says so itself
                continue;
            }
            model.systems.clear();
            try {
                client.prompt()
                        .advisors(a -> a.param(PersonaAdvisor.PERSONA, p.id()))
                        .user(u -> u.text("Review {diff} for {team}")
                                .param("diff", "x")
                                .param("team", "{payments}"))
                        .call()
                        .content();
            } catch (RuntimeException e) {
                failures.add(p.id() + ": " + e.getMessage());
                continue;
            }
            if (!List.of(expected).equals(model.systems)) {
                failures.add(p.id() + ": the system message differs from persona4j's render");
            }
            sent++;
        }
        assertEquals(List.of(), failures.subList(0, Math.min(5, failures.size())), failures.size() + " failures");
        assertTrue(sent > catalog.size() * 9 / 10, sent + " of " + catalog.size() + " sent");
    }

    @Test
    void theCallsOwnSystemTextFollowsThePersonaAndVariablesComeFromTheContext(@TempDir Path dir) throws Exception {
        Files.writeString(
                dir.resolve("reviewer.md"),
                "---\ntitle: Reviewer\nvariables:\n  team: string\n---\n## Role Summary\n\n"
                        + "You review changes for {{team}}; keep {braces} and `{{Other}}` as they are.\n");
        PersonaCatalog catalog = PersonaCatalog.builder().directory(dir).build();
        PersonaAutoConfigurationTest.FakeModel model = new PersonaAutoConfigurationTest.FakeModel();
        ChatClient client = ChatClient.builder(model)
                .defaultAdvisors(advisor(catalog, "reviewer"))
                .build();
        client.prompt()
                .system(s -> s.text("Answer in {language}.").param("language", "English"))
                .advisors(a -> a.param(PersonaAdvisor.VARIABLES, Map.of("team", "payments")))
                .user("Review this.")
                .call()
                .content();
        String system = model.systems.get(0);
        assertTrue(system.contains("You review changes for payments; keep {braces} and `{{Other}}`"), system);
        assertTrue(system.endsWith("\n\nAnswer in English."), system);
    }

    @Test
    void theStarterOffersTheAdvisorWithTheConfiguredPersona() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(PersonaAutoConfiguration.class))
                .withPropertyValues("persona4j.persona=helper")
                .run(ctx -> {
                    PersonaAutoConfigurationTest.FakeModel model = new PersonaAutoConfigurationTest.FakeModel();
                    ChatClient client = ChatClient.builder(model)
                            .defaultAdvisors(ctx.getBean(PersonaAdvisor.class))
                            .build();
                    assertEquals("ok", client.prompt().user("Build {it}").call().content());
                    assertTrue(model.systems.get(0).contains("You help with builds."), model.systems.toString());
                });
    }

    @Test
    void theReadmeSnippetRunsAndIsTheOneInTheReadme(@TempDir Path dir) throws Exception {
        Files.writeString(
                dir.resolve("code-reviewer.md"),
                "---\ntitle: Code Reviewer\nvariables:\n  team: string\n---\n## Role Summary\n\n"
                        + "You review {{team}}'s changes; a JSON example: {\"ok\": true}.\n");
        PersonaAdvisor personaAdvisor =
                advisor(PersonaCatalog.builder().directory(dir).build(), null);
        PersonaAutoConfigurationTest.FakeModel chatModel = new PersonaAutoConfigurationTest.FakeModel();
        String diff = "- a\n+ b {x}";
        // --- as in README.md ---
        String answer = ChatClient.builder(chatModel)
                .defaultAdvisors(personaAdvisor)
                .build()
                .prompt()
                .advisors(a -> a.param(PersonaAdvisor.PERSONA, "code-reviewer")
                        .param(PersonaAdvisor.VARIABLES, Map.of("team", "payments")))
                .user(u -> u.text("Review {diff}").param("diff", diff))
                .call()
                .content();
        // --- end ---
        assertEquals("ok", answer);
        assertTrue(chatModel.systems.get(0).contains("You review payments's changes; a JSON example: {\"ok\": true}."));
        org.persona4j.testing.ReadmeSnippets.assertInReadme(
                Path.of("src/test/java/org/persona4j/spring/PersonaAdvisorTest.java"), Path.of("..", "README.md"));
    }

    @Test
    void budgetsCountTokensExactlyBecauseTheStarterBringsTheTokenizer() {
        assertEquals("cl100k_base", org.persona4j.render.TokenCounter.standard().name());
    }
}
