package org.persona4j.test.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.persona4j.Persona;
import org.persona4j.render.RenderedPrompt;

/**
 * Prompt snapshots: one JSON file per persona and name holding the prompt's fingerprint, the prompt and the
 * persona's text. A prompt whose fingerprint differs fails with the structural diff between the snapshot's persona
 * and today's; a missing snapshot is written (and passes) except on CI, where it fails.
 */
public final class SnapshotStore {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path folder;
    private final boolean update;
    private final boolean ci;

    public SnapshotStore(Path folder, boolean update, boolean ci) {
        this.folder = folder;
        this.update = update;
        this.ci = ci;
    }

    /** The store the system properties describe. */
    public static SnapshotStore fromSettings() {
        return new SnapshotStore(Settings.snapshots(), Settings.update(), Settings.onCi());
    }

    /** The snapshot file of a persona and a name. */
    public Path file(Persona persona, String name) {
        return folder.resolve(Settings.fileName(persona.id()) + (name.isEmpty() ? "" : "." + Settings.fileName(name))
                + ".snapshot.json");
    }

    /** The file an earlier version wrote, which another persona's could share: used only if it names this id. */
    private Optional<Path> legacy(Persona persona, String name) throws IOException {
        Path old = folder.resolve(Settings.legacyFileName(persona.id())
                + (name.isEmpty() ? "" : "." + Settings.legacyFileName(name)) + ".snapshot.json");
        if (old.equals(file(persona, name)) || !Files.isRegularFile(old)) {
            return Optional.empty();
        }
        return JSON.readTree(Files.readString(old, StandardCharsets.UTF_8))
                        .path("id")
                        .asText()
                        .equals(persona.id())
                ? Optional.of(old)
                : Optional.empty();
    }

    /**
     * Checks a rendered prompt against its snapshot.
     *
     * @return {@code null} when it matches (or was written), else the failure message
     */
    public String check(Persona persona, RenderedPrompt prompt, String name) throws IOException {
        Path file = file(persona, name);
        String text = PersonaTexts.source(persona).orElse("");
        Optional<Path> old = Files.isRegularFile(file) ? Optional.empty() : legacy(persona, name);
        if (old.isPresent()) {
            // Renamed to the name only this persona has, the first time it is written; until then read where it is.
            if (update) {
                write(file, persona, prompt, text);
                Files.delete(old.get());
                return null;
            }
            file = old.get();
        } else if (!Files.isRegularFile(file)) {
            if (ci && !update) {
                return "no prompt snapshot for '" + persona.id() + "' at " + file + "; run the tests once "
                        + "outside CI (or with -D" + Settings.UPDATE + "=true) and commit the file";
            }
            write(file, persona, prompt, text);
            return null;
        }
        JsonNode stored = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        if (stored.hasNonNull("id") && !stored.path("id").asText().equals(persona.id())) {
            return "the prompt snapshot " + file + " belongs to '"
                    + stored.path("id").asText() + "', not '" + persona.id() + "'; move or delete it";
        }
        String fingerprint = stored.path("fingerprint").asText();
        if (fingerprint.equals(prompt.fingerprint())) {
            return null;
        }
        if (update) {
            write(file, persona, prompt, text);
            return null;
        }
        return "the prompt of '" + persona.id() + "' changed since its snapshot " + file + " (fingerprint "
                + shortened(fingerprint) + ", now " + shortened(prompt.fingerprint()) + "):\n"
                + explain(stored, persona, prompt) + "\nIf the change is intended, run with -D" + Settings.UPDATE
                + "=true and commit the snapshot.";
    }

    /** What changed: the structural diff of the personas, or the first line where the prompts part. */
    private static String explain(JsonNode stored, Persona persona, RenderedPrompt prompt) {
        Optional<String> changes = PersonaChanges.since(stored.path("persona").asText(""), persona);
        if (changes.isPresent()) {
            return changes.get();
        }
        List<String> was = stored.path("prompt").asText("").lines().toList();
        List<String> is = prompt.systemText().lines().toList();
        int i = 0;
        while (i < was.size() && i < is.size() && was.get(i).equals(is.get(i))) {
            i++;
        }
        return "  the persona is the same; the rendered prompt differs from line " + (i + 1) + ": '"
                + (i < was.size() ? was.get(i) : "(end)") + "' became '" + (i < is.size() ? is.get(i) : "(end)")
                + "' (other render options or variables?)";
    }

    private static void write(Path file, Persona persona, RenderedPrompt prompt, String text) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", persona.id());
        root.put("fingerprint", prompt.fingerprint());
        root.put("tokens", prompt.tokens());
        root.put("tokenizer", prompt.tokenizer());
        root.put("prompt", prompt.systemText());
        root.put("persona", text);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, JSON.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
    }

    private static String shortened(String fingerprint) {
        return fingerprint.length() > 19 ? fingerprint.substring(0, 19) : fingerprint;
    }
}
