package org.persona4j.spi;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The raw input of a {@link PersonaParser}, as {@link org.persona4j.PersonaReader} hands it over.
 *
 * @param label     how diagnostics name the input
 * @param path      the file, or {@code null} for in-memory input
 * @param defaultId the id to give the persona when its front matter has none
 * @param bytes     the content; readers do not modify it
 */
public record SourceInput(String label, Path path, String defaultId, byte[] bytes) {

    /**
     * Checks the components and keeps unmodifiable copies of its lists.
     *
     * @param label     how diagnostics name the input
     * @param path      the file, or {@code null} for in-memory input
     * @param defaultId the id to give the persona when its front matter has none
     * @param bytes     the content; readers do not modify it
     */
    public SourceInput {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(defaultId, "defaultId");
        Objects.requireNonNull(bytes, "bytes");
    }

    /** {@return the file, for input read from one} */
    public Optional<Path> file() {
        return Optional.ofNullable(path);
    }
}
