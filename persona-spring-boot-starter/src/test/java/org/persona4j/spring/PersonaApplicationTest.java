package org.persona4j.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.persona4j.Persona;
import org.persona4j.catalog.PersonaCatalog;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * A whole Spring Boot application with the starter, started as {@code SpringApplication.run} starts one: personas
 * spread over a class-path directory and a jar found through {@code classpath*:personas/}, a start-up failure
 * reported by the failure analyzer, and reloads while chat requests run.
 */
@ExtendWith(OutputCaptureExtension.class)
class PersonaApplicationTest {

    /** The application: nothing but auto-configuration. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {}

    private static ConfigurableApplicationContext start(ClassLoader loader, String... properties) {
        SpringApplication app = new SpringApplication(App.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setResourceLoader(new DefaultResourceLoader(loader));
        String[] args = new String[properties.length];
        for (int i = 0; i < properties.length; i++) {
            args[i] = "--" + properties[i];
        }
        return app.run(args);
    }

    /** A jar holding {@code personas/from-jar.md}, and a class loader that sees it besides the test class path. */
    private static URLClassLoader withJar(Path dir) throws IOException {
        Path jar = dir.resolve("more-personas.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("personas/"));
            out.closeEntry();
            out.putNextEntry(new JarEntry("personas/from-jar.md"));
            out.write("---\ntitle: From a jar\n---\n## Role Summary\n\nYou come from a jar.\n"
                    .getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return new URLClassLoader(new URL[] {jar.toUri().toURL()}, PersonaApplicationTest.class.getClassLoader());
    }

    @Test
    void anApplicationFindsPersonasInEveryJarAndDirectoryOfClasspathStar(@TempDir Path dir) throws IOException {
        try (URLClassLoader loader = withJar(dir);
                ConfigurableApplicationContext ctx =
                        start(loader, "persona4j.locations=classpath*:personas/", "persona4j.fail-on=ERROR")) {
            PersonaCatalog catalog = ctx.getBean(PersonaCatalogs.class).current();
            assertEquals(
                    List.of("from-jar", "helper", "reviewer"),
                    catalog.personas().stream().map(Persona::id).sorted().toList());
            assertTrue(catalog.expect("from-jar").source().label().startsWith("classpath:personas/"));
            PersonaPrompts prompts = ctx.getBean(PersonaPrompts.class);
            assertTrue(prompts.system("from-jar").contains("You come from a jar."));
        }
    }

    @Test
    void aPatternLocationTakesOnlyTheFilesItMatches(@TempDir Path dir) throws IOException {
        Path team = Files.createDirectories(dir.resolve("team"));
        Files.writeString(team.resolve("reviewer.md"), "---\ntitle: R\n---\n## Role Summary\n\nReviews.\n");
        Files.writeString(team.resolve("draft.txt.md"), "---\ntitle: D\n---\n## Role Summary\n\nDraft.\n");
        try (ConfigurableApplicationContext ctx = start(
                getClass().getClassLoader(),
                "persona4j.locations=file:" + dir + "/**/r*.md,classpath*:personas/h*.md")) {
            assertEquals(
                    List.of("helper", "team/reviewer"),
                    ctx.getBean(PersonaCatalogs.class).current().personas().stream()
                            .map(Persona::id)
                            .sorted()
                            .toList());
        }
    }

    @Test
    void aPersonaWithAnErrorStopsTheApplicationWithTheAnalyzersReport(@TempDir Path dir, CapturedOutput output)
            throws IOException {
        Files.writeString(dir.resolve("broken.md"), "---\ntitle: [unclosed\n---\n## Role Summary\n\nX.\n");
        RuntimeException failure = assertThrows(
                RuntimeException.class,
                () -> start(
                        getClass().getClassLoader(),
                        "persona4j.locations=classpath*:personas/,file:" + dir,
                        "persona4j.fail-on=ERROR"));
        Throwable root = failure;
        while (root.getCause() != null && !(root instanceof PersonaLintFailureException)) {
            root = root.getCause();
        }
        assertTrue(root instanceof PersonaLintFailureException, String.valueOf(failure));
        String report = output.getAll();
        assertTrue(report.contains("APPLICATION FAILED TO START"), report);
        assertTrue(report.contains("broken.md") && report.contains("front-matter.syntax"), report);
        assertTrue(report.contains("Action:"), report);
        assertTrue(
                report.contains("persona lint src/main/resources/personas/ " + dir)
                        && report.contains("errors always stop the application"),
                "the action names the folders to lint and that errors cannot be let through: " + report);
    }

    @Test
    void chatRequestsGoOnWhileTheCatalogReloadsAndEachSeesOneWholePersona(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("duty.md");
        Files.writeString(file, version(1));
        try (ConfigurableApplicationContext ctx = start(
                getClass().getClassLoader(),
                "persona4j.locations=classpath*:personas/,file:" + dir,
                "persona4j.settle-time=0",
                "persona4j.persona=duty")) {
            PersonaCatalogs catalogs = ctx.getBean(PersonaCatalogs.class);
            PersonaAutoConfigurationTest.FakeModel model = new PersonaAutoConfigurationTest.FakeModel();
            ChatClient client = ChatClient.builder(model)
                    .defaultAdvisors(ctx.getBean(PersonaAdvisor.class))
                    .build();
            Set<String> wholeRenders = ConcurrentHashMap.newKeySet();
            for (int v = 1; v <= 5; v++) {
                wholeRenders.add(PersonaCatalog.builder()
                        .source("duty", version(v))
                        .build()
                        .expect("duty")
                        .render()
                        .systemText());
            }
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger answered = new AtomicInteger();
            AtomicInteger failed = new AtomicInteger();
            Thread requests = new Thread(() -> {
                while (!stop.get()) {
                    try {
                        assertEquals(
                                "ok",
                                client.prompt()
                                        .user(u -> u.text("Check {thing}").param("thing", "the build"))
                                        .call()
                                        .content());
                        answered.incrementAndGet();
                    } catch (RuntimeException | AssertionError e) {
                        failed.incrementAndGet();
                    }
                }
            });
            requests.start();
            for (int v = 2; v <= 5; v++) {
                Files.writeString(file, version(v));
                // The change is older than any settle time: this test is about the swap under load.
                Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
                String expected = "Duty number " + v + ".";
                long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (!catalogs.current().expect("duty").render().systemText().contains(expected)
                        && System.nanoTime() < until) {
                    catalogs.reload();
                }
                assertTrue(
                        catalogs.current().expect("duty").render().systemText().contains(expected));
            }
            int before = answered.get();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (answered.get() < before + 5 && System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            stop.set(true);
            requests.join();
            assertEquals(0, failed.get());
            assertTrue(answered.get() > 0);
            List<String> systems;
            synchronized (model) {
                systems = List.copyOf(model.systems);
            }
            for (String system : systems) {
                assertTrue(wholeRenders.contains(system), "a system message that is no whole version: " + system);
            }
            assertTrue(systems.get(systems.size() - 1).contains("Duty number 5."), systems.get(systems.size() - 1));
        }
    }

    private static String version(int v) {
        return "---\ntitle: Duty\n---\n## Role Summary\n\nDuty number " + v + ".\n\n## Constraints\n\n- Rule " + v
                + " {braces stay text}.\n";
    }
}
