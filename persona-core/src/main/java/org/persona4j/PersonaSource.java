package org.persona4j;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a persona came from.
 *
 * @param label  how diagnostics name the input: a path as the user gave it, or a label for in-memory text
 * @param path   the file, or {@code null} for in-memory input; see {@link #file()}
 * @param sha256 lower-case hex SHA-256 of the bytes as read, before any decoding
 */
public record PersonaSource(String label, Path path, String sha256) {

    public PersonaSource {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** The file this persona was read from, when it was read from one. */
    public Optional<Path> file() {
        return Optional.ofNullable(path);
    }
}
