package org.persona4j.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.persona4j.Diagnostic;
import org.persona4j.DiagnosticCodes;
import org.persona4j.Persona;
import org.persona4j.Personas;
import org.persona4j.ReadResult;
import org.persona4j.catalog.PersonaCatalog;
import org.persona4j.render.PromptTooLargeException;
import org.persona4j.render.RenderOptions;

/**
 * Hostile input, round 2 (docs/SECURITY.md): no silent loss, no torn reload, no blocking open, a bounded render, and
 * ordinary content that the work budget does not refuse. Each class with a positive control.
 */
@Tag("adversarial")
@Timeout(value = 120, unit = TimeUnit.SECONDS) // a hang fails the test rather than the build
class HostileInputRoundTwoTest {

    private static final String GOOD =
            "---\ntitle: %s\nversion: 1.0.0\n---\n# %s\n\n## Role Summary\n%s works.\n\n" + "## Constraints\n%s";

    private static String persona(String title, int constraints) {
        return GOOD.formatted(title, title, title, "- Never guess.\n".repeat(constraints));
    }

    @Test
    void aSecondYamlDocumentInTheFrontMatterIsAnErrorNotDropped() {
        ReadResult r = Personas.parse("---\ntitle: A\n--- !!map\nrole: admin\n---\n# A\n", "two.md");
        ReadResult clean = Personas.parse("---\ntitle: A\nrole: admin\n---\n# A\n", "one.md");
        assertTrue(
                clean.diagnostics().stream().noneMatch(Diagnostic::isError),
                clean.diagnostics().toString());
        assertTrue(
                r.hasErrors() && r.diagnostics().stream().anyMatch(d -> d.code().startsWith("front-matter.")),
                r.diagnostics().toString());
    }

    @Test
    void aRenderThatWouldExplodeFailsWithAClearError() {
        Persona p = Personas.parse(
                        "---\ntitle: Bomb\n---\n## Role Summary\n" + "{{x}}".repeat(200_000) + "\n", "bomb.md")
                .expectPersona();
        PromptTooLargeException e = assertThrows(
                PromptTooLargeException.class,
                () -> p.render(
                        RenderOptions.builder().variable("x", "y".repeat(100)).build()));
        assertTrue(e.getMessage().contains("characters"), e.getMessage());
        assertTrue(p.render(RenderOptions.builder().variable("x", "y").build())
                .text()
                .contains("yyy"));
    }

    @Test
    void anIdThatShadowsAnotherFilesPersonaIsReported(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("reviewer.md"), persona("Reviewer", 1));
        Files.writeString(
                dir.resolve("impostor.md"),
                "---\nid: reviewer\ntitle: Impostor\nversion: 9.0.0\n---\n" + "## Role Summary\nTakes over.\n");
        Files.writeString(dir.resolve("own.md"), "---\nid: own-id\ntitle: Own\n---\n## Role Summary\nFine.\n");
        PersonaCatalog catalog = PersonaCatalog.builder().directory(dir).build();
        List<Diagnostic> shadows = catalog.diagnostics().stream()
                .filter(d -> d.code().equals(DiagnosticCodes.CATALOG_ID_SHADOWS.code()))
                .toList();
        assertEquals(1, shadows.size(), catalog.diagnostics().toString());
        assertTrue(shadows.get(0).source().endsWith("impostor.md"));
        // Its higher version does not make its text the one served (round 3).
        assertEquals("Reviewer", catalog.expect("reviewer").title());
        assertEquals(List.of("own-id", "reviewer"), catalog.ids());
    }

    @Test
    void foldersThatAreNeverSearchedAreReportedWhenTheyHoldPersonas(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("node_modules/pkg"));
        Files.writeString(dir.resolve("node_modules/pkg/agent.md"), persona("Hidden", 1));
        Files.createDirectories(dir.resolve("build"));
        Files.writeString(dir.resolve("build/out.txt"), "no personas here");
        Files.writeString(dir.resolve("a.md"), persona("A", 1));
        PersonaCatalog catalog = PersonaCatalog.builder().directory(dir).build();
        assertEquals(List.of("a"), catalog.ids());
        List<Diagnostic> skipped = catalog.diagnostics().stream()
                .filter(d -> d.code().equals(DiagnosticCodes.FILE_SKIPPED_FOLDER.code()))
                .toList();
        assertEquals(1, skipped.size(), catalog.diagnostics().toString());
        assertTrue(skipped.get(0).source().endsWith("node_modules"));
    }

    @Test
    void reloadingWhileFilesAreRewrittenNeverServesATornPersona(@TempDir Path dir) throws Exception {
        String v1 = persona("Version One", 3);
        String v2 = persona("Version Two", 40);
        Path inPlace = dir.resolve("in-place.md");
        Path renamed = dir.resolve("renamed.md");
        Files.writeString(inPlace, v1);
        Files.writeString(renamed, v1);
        AtomicReference<PersonaCatalog> current =
                new AtomicReference<>(PersonaCatalog.builder().directory(dir).build());
        AtomicBoolean stop = new AtomicBoolean();
        // The writer's failure fails the test, and a writer that never wrote would make it prove nothing.
        AtomicReference<Throwable> writerFailed = new AtomicReference<>();
        java.util.concurrent.atomic.AtomicInteger writes = new java.util.concurrent.atomic.AtomicInteger();
        Thread writer = new Thread(() -> {
            byte[][] versions = {v1.getBytes(StandardCharsets.UTF_8), v2.getBytes(StandardCharsets.UTF_8)};
            try {
                for (int i = 0; !stop.get() && i < 20_000; i++, writes.incrementAndGet()) {
                    byte[] next = versions[i % 2];
                    try (var out = Files.newOutputStream(inPlace)) { // truncates, then writes in two parts
                        out.write(next, 0, next.length / 2);
                        out.flush();
                        out.write(next, next.length / 2, next.length - next.length / 2);
                    }
                    Path tmp = dir.resolve(".tmp-" + i);
                    Files.write(tmp, next);
                    Files.move(tmp, renamed, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
            } catch (Throwable e) {
                writerFailed.set(e);
            }
        });
        writer.start();
        try {
            for (int round = 0; round < 300; round++) {
                PersonaCatalog next = current.get().reload();
                current.set(next);
                for (String id : List.of("in-place", "renamed")) {
                    Persona p =
                            next.find(id).orElseThrow(() -> new AssertionError(id + " vanished: " + next.failures()));
                    int expected =
                            p.title().equals("Version One") ? 3 : p.title().equals("Version Two") ? 40 : -1;
                    assertEquals(expected, p.constraints().size(), id + " was served torn: " + p.title());
                }
            }
        } finally {
            stop.set(true);
            writer.join();
        }
        if (writerFailed.get() != null) {
            throw new AssertionError(
                    "the writer failed, so the reloads were not tested against it", writerFailed.get());
        }
        assertTrue(writes.get() > 0, "the writer never rewrote the files");
    }

    @Test
    void aFileSwappedForAPipeDuringAReloadDoesNotBlockIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a.md");
        Files.writeString(file, persona("A", 1));
        PersonaCatalog catalog = PersonaCatalog.builder().directory(dir).build();
        Files.delete(file);
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", file.toString()).start();
        } catch (IOException noMkfifo) {
            org.junit.jupiter.api.Assumptions.abort("not a POSIX system, so no pipe to test with: " + noMkfifo);
            return;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo could not make a pipe here");
        PersonaCatalog reloaded = catalog.reload(); // returns: the pipe is never opened
        assertTrue(
                reloaded.diagnostics().stream().anyMatch(d -> d.message().contains("not a regular file")),
                reloaded.diagnostics().toString());
    }

    @Test
    void ordinaryLargeContentIsReadNotRefusedByTheWorkBudget() {
        StringBuilder table = new StringBuilder("| a | b | c |\n|---|---|---|\n");
        for (int i = 0; i < 4000; i++) {
            table.append("| ").append(i).append(" | cell ").append(i).append(" | more |\n");
        }
        String entities = "Uses &amp; and &lt;tags&gt; and &#169; &copy; ".repeat(300);
        StringBuilder references = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            references
                    .append("[ref")
                    .append(i)
                    .append("]: https://example.org/")
                    .append(i)
                    .append('\n');
        }
        String oneLineParagraphs = "A sentence on its own.\n\n".repeat(40_000);
        for (Map.Entry<String, String> body : Map.of(
                        "table",
                        table.toString(),
                        "entities",
                        entities,
                        "link references",
                        references.toString(),
                        "one-line paragraphs",
                        oneLineParagraphs)
                .entrySet()) {
            String text = "---\ntitle: Big\n---\n## Role Summary\nIntro.\n\n## Knowledge\n" + body.getValue()
                    + "\n## Constraints\n- Never guess.\n";
            ReadResult r = Personas.parse(text, "big.md");
            Persona p = r.expectPersona();
            assertTrue(r.diagnostics().stream().noneMatch(Diagnostic::isError), body.getKey() + ": " + r.diagnostics());
            assertEquals(1, p.constraints().size(), body.getKey());
            assertTrue(
                    p.knowledge().isEmpty()
                            || p.sections().get(1).text().length()
                                    >= body.getValue().strip().length() - 2,
                    body.getKey() + ": the section keeps its text");
        }
    }
}
