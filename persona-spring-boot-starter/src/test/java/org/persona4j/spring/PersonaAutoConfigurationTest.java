package org.persona4j.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The starter in a Spring context: personas from {@code classpath:personas/}, rendered through Spring AI's
 * {@code ChatClient} with a fake model; start-up lint that stops the application; a reload that swaps the catalog
 * while requests keep being answered.
 */
class PersonaAutoConfigurationTest {

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(PersonaAutoConfiguration.class));

    /** A chat model that answers "ok" and remembers the system messages it was sent. */
    static final class FakeModel implements ChatModel {
        final List<String> systems = new ArrayList<>();

        @Override
        public synchronized ChatResponse call(Prompt prompt) {
            for (Message m : prompt.getInstructions()) {
                if (m instanceof SystemMessage s) {
                    systems.add(s.getText());
                }
            }
            return new ChatResponse(List.of(new Generation(new AssistantMessage("ok"))));
        }
    }

    @Test
    void personasFromTheClassPathBecomeAChatClientsSystemPrompt() {
        context.run(ctx -> {
            PersonaPrompts prompts = ctx.getBean(PersonaPrompts.class);
            assertEquals(2, ctx.getBean(PersonaCatalogs.class).current().size());
            FakeModel model = new FakeModel();
            ChatClient client = ChatClient.builder(model)
                    .defaultSystem(prompts.system("reviewer", Map.of("team", "payments")))
                    .build();
            assertEquals("ok", client.prompt().user("Review this.").call().content());
            assertTrue(model.systems.get(0).contains("You review changes for payments."), model.systems.toString());
            assertTrue(prompts.system("helper").contains("You help with builds."));
        });
    }

    @Test
    void aStartUpLintFindingAtTheFailureLevelStopsTheApplication(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad.md"), "---\ntitle: [unclosed\n---\n## Role Summary\n\nX.\n");
        context.withPropertyValues("persona4j.locations=" + dir).run(ctx -> {
            assertTrue(ctx.getStartupFailure() != null, "the application did not start");
            String message = rootMessage(ctx.getStartupFailure());
            assertTrue(message.contains("bad.md"), message);
            Throwable root = ctx.getStartupFailure();
            while (root.getCause() != null) {
                root = root.getCause();
            }
            assertEquals(
                    1,
                    root.getMessage().split("front-matter.syntax", -1).length - 1,
                    "each finding once: " + root.getMessage());
        });
        Path warnings = Files.createDirectories(dir.resolve("warnings"));
        Files.writeString(warnings.resolve("thin.md"), "---\ntitle: Thin\n---\n## Role Summary\n\nOnly this.\n");
        context.withPropertyValues("persona4j.locations=" + warnings)
                .run(ctx ->
                        assertEquals(null, ctx.getStartupFailure(), "warnings do not stop it at the default level"));
        context.withPropertyValues("persona4j.locations=" + warnings, "persona4j.fail-on=WARNING")
                .run(ctx -> assertTrue(rootMessage(ctx.getStartupFailure()).contains("layout.missing-section")));
        // The same from the class path, which the linter cannot walk: its personas' texts are linted.
        context.withPropertyValues("persona4j.locations=classpath:warned-personas/", "persona4j.fail-on=WARNING")
                .run(ctx -> {
                    String message = rootMessage(ctx.getStartupFailure());
                    assertTrue(message.contains("classpath:warned-personas/thin.md"), message);
                    assertTrue(message.contains("layout.missing-section"), message);
                    org.springframework.boot.diagnostics.FailureAnalysis analysis =
                            new PersonaFailureAnalyzer().analyze(ctx.getStartupFailure());
                    assertTrue(
                            analysis.getDescription().contains("classpath:warned-personas/thin.md"),
                            analysis.getDescription());
                    assertTrue(analysis.getAction().contains("persona4j.fail-on"), analysis.getAction());
                });
    }

    @Test
    void aReloadSwapsTheCatalogWhileRequestsKeepBeingAnswered(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("one.md"), "---\ntitle: One\n---\n## Role Summary\n\nFirst.\n");
        // A zero settle time: this test is about the swap, not the guard that holds a change back until it settles.
        context.withPropertyValues("persona4j.locations=" + dir, "persona4j.fail-on=ERROR", "persona4j.settle-time=0")
                .run(ctx -> {
                    PersonaCatalogs catalogs = ctx.getBean(PersonaCatalogs.class);
                    PersonaPrompts prompts = ctx.getBean(PersonaPrompts.class);
                    AtomicBoolean stop = new AtomicBoolean();
                    AtomicInteger failures = new AtomicInteger();
                    AtomicInteger answered = new AtomicInteger();
                    Thread requests = new Thread(() -> {
                        while (!stop.get()) {
                            try {
                                assertTrue(prompts.system("one").contains("First")
                                        || prompts.system("one").contains("Second"));
                                answered.incrementAndGet();
                            } catch (RuntimeException | AssertionError e) {
                                failures.incrementAndGet();
                            }
                        }
                    });
                    requests.start();
                    // The reloads below can all finish before a new thread is first scheduled: they begin once the
                    // requests do (the cause of this test's rare failures on a busy machine).
                    long started = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
                    while (answered.get() == 0 && System.nanoTime() < started) {
                        Thread.onSpinWait();
                    }
                    Files.writeString(dir.resolve("one.md"), "---\ntitle: One\n---\n## Role Summary\n\nSecond.\n");
                    // A fixed time long past: the catalog's settle-time guard keeps a file changed moments ago at its
                    // previous version, and this test is about the swap, not that guard.
                    Files.setLastModifiedTime(
                            dir.resolve("one.md"),
                            java.nio.file.attribute.FileTime.from(java.time.Instant.parse("2020-01-01T00:00:00Z")));
                    // Reloads while requests run; a write caught half-way keeps the last good version, so the new
                    // one is served after some reloads, never a torn one, and within a bound.
                    long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
                    for (int i = 0;
                            i < 20 || !prompts.system("one").contains("Second.") && System.nanoTime() < until;
                            i++) {
                        catalogs.reload();
                    }
                    stop.set(true);
                    requests.join();
                    assertEquals(0, failures.get());
                    assertTrue(answered.get() > 0);
                    assertTrue(prompts.system("one").contains("Second."), prompts.system("one"));
                });
    }

    @Test
    void withWatchOnAnEditedFileIsReloadedWithoutAnyCall(@TempDir Path dir) throws Exception {
        Path team = Files.createDirectories(dir.resolve("team"));
        Files.writeString(team.resolve("one.md"), "---\ntitle: One\n---\n## Role Summary\n\nFirst.\n");
        context.withPropertyValues("persona4j.locations=" + dir, "persona4j.watch=true")
                .run(ctx -> {
                    PersonaCatalogs catalogs = ctx.getBean(PersonaCatalogs.class);
                    PersonaPrompts prompts = ctx.getBean(PersonaPrompts.class);
                    java.util.concurrent.CountDownLatch edited = new java.util.concurrent.CountDownLatch(1);
                    java.util.concurrent.CountDownLatch added = new java.util.concurrent.CountDownLatch(1);
                    catalogs.onReload(c -> {
                        if (c.find("team/one")
                                .map(p -> p.render().systemText().contains("Second."))
                                .orElse(false)) {
                            edited.countDown();
                        }
                        if (c.find("new-team/two").isPresent()) {
                            added.countDown();
                        }
                    });
                    assertTrue(prompts.system("one").contains("First."));
                    Files.writeString(team.resolve("one.md"), "---\ntitle: One\n---\n## Role Summary\n\nSecond.\n");
                    // A bounded wait for the watcher's thread, not a measurement: the reload follows the write.
                    assertTrue(edited.await(60, java.util.concurrent.TimeUnit.SECONDS), "the edit was never loaded");
                    assertTrue(prompts.system("one").contains("Second."), prompts.system("one"));
                    Path created = Files.createDirectories(dir.resolve("new-team"));
                    Files.writeString(created.resolve("two.md"), "---\ntitle: Two\n---\n## Role Summary\n\nNew.\n");
                    assertTrue(
                            added.await(60, java.util.concurrent.TimeUnit.SECONDS),
                            "a file in a directory created after start-up was never loaded");
                });
    }

    @Test
    void aLocationOfAnotherSchemeStopsTheApplicationNamingTheKindsItTakes() {
        context.withPropertyValues("persona4j.locations=https://example.com/personas/")
                .run(ctx -> {
                    String message = rootMessage(ctx.getStartupFailure());
                    assertTrue(
                            message.contains("https://example.com/personas/") && message.contains("classpath*:DIR/"),
                            message);
                });
    }

    @Test
    @org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
    void anEmptyLocationIsLoggedAndTheFailureAnalyzerIsRegistered(
            @TempDir Path dir, org.springframework.boot.test.system.CapturedOutput output) {
        context.withPropertyValues("persona4j.locations=" + dir)
                .run(ctx -> assertEquals(null, ctx.getStartupFailure()));
        assertTrue(output.getAll().contains("persona4j: no persona in " + dir), output.getAll());
        context.withPropertyValues("persona4j.locations=file:" + dir.resolve("missing"))
                .run(ctx -> assertEquals(null, ctx.getStartupFailure()));
        assertTrue(
                output.getAll().contains("persona4j: file:" + dir.resolve("missing") + " does not exist"),
                output.getAll());
        assertTrue(org.springframework.core.io.support.SpringFactoriesLoader.loadFactoryNames(
                        org.springframework.boot.diagnostics.FailureAnalyzer.class,
                        getClass().getClassLoader())
                .contains(PersonaFailureAnalyzer.class.getName()));
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        StringBuilder all = new StringBuilder();
        while (c != null) {
            all.append(c.getMessage()).append('\n');
            c = c.getCause();
        }
        return all.toString();
    }
}
