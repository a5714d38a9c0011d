package org.persona4j.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReadPersonaTest {

    @Test
    void printsTheTypedPartsOfABundledPersona() throws IOException {
        String out = ReadPersona.describe(Path.of(
                "..",
                "persona-cli",
                "src",
                "main",
                "resources",
                "org",
                "persona4j",
                "cli",
                "bundled",
                "incident-responder.md"));
        assertTrue(out.startsWith("Incident Responder (incident-responder)\nversion 1.0.0\n"), out);
        assertTrue(out.contains("  - Must not run a destructive command in production"), out);
        assertTrue(out.contains("  Observability: Prometheus, Grafana, OpenTelemetry traces, structured logs"), out);
        assertTrue(out.contains("  Error Spike After Deploy (2 turns)"), out);
        assertTrue(out.contains("  Status Update [text]"), out);
        assertTrue(!out.contains("finding:"), out);
    }
}
