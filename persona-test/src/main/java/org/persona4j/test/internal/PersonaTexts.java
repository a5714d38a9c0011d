package org.persona4j.test.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;
import org.persona4j.Persona;

/**
 * The text of a persona's file, and of files beside it ({@code code-reviewer.scenarios.yaml} next to
 * {@code code-reviewer.md}), whether the persona was read from a directory or from the class path.
 */
public final class PersonaTexts {

    private static final String CLASSPATH = "classpath:";
    /** The most read of one file: four times the reader's default limit. */
    private static final int MAX_BYTES = 4 << 20;

    private PersonaTexts() {}

    /** The persona's own file. */
    public static Optional<String> source(Persona persona) throws IOException {
        return read(persona.source().label(), persona);
    }

    /** The file beside the persona's that has its name with {@code suffix} in place of the extension. */
    public static Optional<String> sibling(Persona persona, String suffix) throws IOException {
        return read(siblingName(persona.source().label(), suffix), null);
    }

    /** The label of that file. */
    public static String siblingName(String label, String suffix) {
        int slash = Math.max(label.lastIndexOf('/'), label.lastIndexOf('\\'));
        int dot = label.lastIndexOf('.');
        String stem = dot > slash ? label.substring(0, dot) : label;
        return stem + suffix;
    }

    private static Optional<String> read(String label, Persona persona) throws IOException {
        if (label.startsWith(CLASSPATH)) {
            String resource = label.substring(CLASSPATH.length());
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            try (InputStream in =
                    (loader != null ? loader : PersonaTexts.class.getClassLoader()).getResourceAsStream(resource)) {
                return in == null
                        ? Optional.empty()
                        : Optional.of(new String(in.readNBytes(MAX_BYTES), StandardCharsets.UTF_8));
            }
        }
        java.nio.file.Path file = persona != null && persona.source().file().isPresent()
                ? persona.source().file().get()
                : java.nio.file.Path.of(label);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(
                new String(org.persona4j.PersonaFiles.readSmallFile(file, MAX_BYTES), StandardCharsets.UTF_8));
    }
}
