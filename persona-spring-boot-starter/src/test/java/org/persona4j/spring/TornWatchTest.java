package org.persona4j.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.persona4j.Persona;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * A slow writer rewrites a watched persona in place, chunk by chunk, with pauses longer than the watcher's quiet time
 * (so a reload reads a part that looks finished), over and over, while requests poll the catalog: none is served a
 * half-written persona.
 */
@Tag("adversarial")
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class TornWatchTest {

    private static final int CONSTRAINTS = 40;

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(PersonaAutoConfiguration.class));

    private static String persona(String version) {
        StringBuilder b = new StringBuilder(
                "---\ntitle: One\nversion: " + version + "\n---\n## Role Summary\n\nHelps.\n\n" + "## Constraints\n\n");
        for (int i = 0; i < CONSTRAINTS; i++) {
            b.append("- Never do thing ")
                    .append(i)
                    .append(" of version ")
                    .append(version)
                    .append(".\n");
        }
        return b.toString();
    }

    /** Truncates the file and writes it in chunks, pausing between them: the writer a torn read comes from. */
    private static void rewriteSlowly(Path file, String text, AtomicBoolean stop) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try (OutputStream out =
                Files.newOutputStream(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            for (int at = 0; at < bytes.length && !stop.get(); at += 96) {
                out.write(bytes, at, Math.min(96, bytes.length - at));
                out.flush();
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(at % 960 == 0 ? 500 : 8)); // pauses past the watch
            }
        }
    }

    @Test
    void theWatcherServesNoTornPersonaInAThousandPollsAgainstASlowWriter(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("one.md");
        Files.writeString(file, persona("1.0.0"));
        context.withPropertyValues("persona4j.locations=" + dir, "persona4j.watch=true")
                .run(ctx -> {
                    PersonaCatalogs catalogs = ctx.getBean(PersonaCatalogs.class);
                    AtomicBoolean stop = new AtomicBoolean();
                    List<Throwable> writerFailed = new ArrayList<>();
                    Thread writer = new Thread(() -> {
                        try {
                            for (int v = 2; !stop.get(); v++) {
                                rewriteSlowly(file, persona(v + ".0.0"), stop);
                                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(4_500)); // whole for a while
                            }
                        } catch (IOException | RuntimeException e) {
                            writerFailed.add(e);
                        }
                    });
                    writer.start();
                    List<String> torn = new ArrayList<>();
                    Set<String> versions = new java.util.TreeSet<>();
                    for (int poll = 0; poll < 1_000; poll++) {
                        Persona p = catalogs.current().find("one").orElse(null);
                        if (p == null || p.constraints().size() != CONSTRAINTS) {
                            torn.add(poll + ": "
                                    + (p == null
                                            ? "missing"
                                            : p.constraints().size() + " constraints, version "
                                                    + p.metadata().version().orElse("?") + ", "
                                                    + catalogs.current().failures()));
                        } else {
                            versions.add(p.metadata().version().orElse("?"));
                        }
                        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(12));
                    }
                    stop.set(true);
                    writer.join();
                    assertEquals(List.of(), writerFailed);
                    assertEquals(List.of(), torn);
                    assertTrue(versions.size() > 1, "the watcher took whole versions meanwhile: " + versions);
                });
    }
}
