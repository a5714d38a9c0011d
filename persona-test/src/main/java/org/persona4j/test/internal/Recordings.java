package org.persona4j.test.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Recorded model answers: one JSON file per persona and request ({@code <id>/<scenario>-<hash of the task>.json})
 * holding the fingerprint of the prompt it was recorded with, the persona's text (to explain a later change), the
 * task, the answer, and the answer without the persona when asked for.
 */
public final class Recordings {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** One recording. */
    public record Recording(
            String fingerprint, String personaText, String task, String response, String withoutPersona) {}

    private final Path folder;

    public Recordings(Path folder) {
        this.folder = folder;
    }

    /** The file of a persona's scenario: named by the scenario and the task, so an edited task is a new request. */
    public Path file(String personaId, String scenario, String task) {
        String hash = sha256(task).substring(0, 12);
        return folder.resolve(Settings.fileName(personaId)).resolve(Settings.fileName(scenario) + "-" + hash + ".json");
    }

    /**
     * The file an earlier version wrote for the same request, whose name another persona or scenario could share; a
     * recording there made with another prompt fails on its fingerprint, as any other would.
     */
    public Path legacyFile(String personaId, String scenario, String task) {
        String hash = sha256(task).substring(0, 12);
        return folder.resolve(Settings.legacyFileName(personaId))
                .resolve(Settings.legacyFileName(scenario) + "-" + hash + ".json");
    }

    public Optional<Recording> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        JsonNode n = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        return Optional.of(new Recording(
                n.path("fingerprint").asText(),
                n.path("persona").asText(""),
                n.path("task").asText(),
                n.path("response").asText(),
                n.hasNonNull("withoutPersona") ? n.get("withoutPersona").asText() : null));
    }

    public void write(Path file, Recording r) throws IOException {
        ObjectNode n = JSON.createObjectNode();
        n.put("fingerprint", r.fingerprint());
        n.put("task", r.task());
        n.put("response", r.response());
        if (r.withoutPersona() != null) {
            n.put("withoutPersona", r.withoutPersona());
        }
        n.put("persona", r.personaText());
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, JSON.writeValueAsString(n) + "\n", StandardCharsets.UTF_8);
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
