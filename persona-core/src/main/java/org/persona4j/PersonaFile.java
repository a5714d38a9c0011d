package org.persona4j;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file to read as a persona, as {@link PersonaFiles} found it.
 *
 * @param path      the file (on the default file system, or inside a jar for class-path roots)
 * @param label     how diagnostics name it: the path as the user gave it, or {@code classpath:…}
 * @param defaultId its id unless its front matter names one: the path below its root without extension
 * @param named     {@code true} when it was named itself rather than found in a directory: it is then read as a persona
 *                  even when it does not look like one
 */
public record PersonaFile(Path path, String label, String defaultId, boolean named) {

    /**
     * Checks the components and keeps unmodifiable copies of its lists.
     *
     * @param path      the file (on the default file system, or inside a jar for class-path roots)
     * @param label     how diagnostics name it: the path as the user gave it, or {@code classpath:…}
     * @param defaultId its id unless its front matter names one: the path below its root without extension
     * @param named     {@code true} when it was named itself rather than found in a directory: it is then read as a
     *                  persona even when it does not look like one
     */
    public PersonaFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(defaultId, "defaultId");
    }
}
