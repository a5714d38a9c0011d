package org.persona4j;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of reading one input: the persona when one could be built, every finding of the read, and the
 * decoded text, so that a checker that needs the text (a linter) never reads or decodes the file again.
 *
 * @param persona     the persona, or {@code null} when the input was rejected; see {@link #findPersona()}
 * @param diagnostics every finding of the read, in input order: bytes, front matter, then body
 * @param text        the decoded text (BOM removed, line breaks as {@code \n}, so lines and columns match the
 *                    diagnostics), or empty when the input was rejected before it was decoded
 */
public record ReadResult(Persona persona, List<Diagnostic> diagnostics, String text) {

    /**
     * Checks the components and keeps unmodifiable copies of its lists.
     *
     * @param persona     the persona, or {@code null} when the input was rejected; see {@link #findPersona()}
     * @param diagnostics every finding of the read, in input order: bytes, front matter, then body
     * @param text        the decoded text (BOM removed, line breaks as {@code \n}, so lines and columns match the
     *                    diagnostics), or empty when the input was rejected before it was decoded
     */
    public ReadResult {
        diagnostics = List.copyOf(diagnostics);
        Objects.requireNonNull(text, "text");
    }

    /**
     * A result without decoded text: an input rejected before decoding, or a persona built in memory.
     *
     * @param persona     the persona, or {@code null} when the input was rejected; see {@link #findPersona()}
     * @param diagnostics every finding of the read, in input order: bytes, front matter, then body
     */
    public ReadResult(Persona persona, List<Diagnostic> diagnostics) {
        this(persona, diagnostics, "");
    }

    /** {@return the persona, if the file was read as one} */
    public Optional<Persona> findPersona() {
        return Optional.ofNullable(persona);
    }

    /**
     * {@return the persona; throws when the input was rejected, naming the input and the first error}
     *
     * @throws IllegalStateException when there is no persona
     */
    public Persona expectPersona() {
        if (persona == null) {
            String why = diagnostics.stream()
                    .filter(Diagnostic::isError)
                    .findFirst()
                    .or(() -> diagnostics.stream().findFirst())
                    .map(Diagnostic::toString)
                    .orElse("no diagnostic was given");
            throw new IllegalStateException("no persona could be read: " + why);
        }
        return persona;
    }

    /** {@return {@code true} when any diagnostic is an error} */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /**
     * {@return the diagnostics with this code}
     *
     * @param code a code such as {@code front-matter.duplicate-key}
     */
    public List<Diagnostic> diagnostics(String code) {
        return diagnostics.stream().filter(d -> d.code().equals(code)).toList();
    }
}
