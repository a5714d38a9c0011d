package org.persona4j;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of reading one input: the persona when one could be built, and what was found on the way.
 *
 * @param persona     the persona, or {@code null} when the input was rejected; see {@link #findPersona()}
 * @param diagnostics findings in input order; for a persona read with a lazy body, body findings are in
 *                    {@link Persona#diagnostics()} instead
 */
public record ReadResult(Persona persona, List<Diagnostic> diagnostics) {

    public ReadResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public Optional<Persona> findPersona() {
        return Optional.ofNullable(persona);
    }

    /**
     * The persona; throws when the input was rejected, naming the input and the first error.
     *
     * @throws IllegalStateException when there is no persona
     */
    public Persona expectPersona() {
        if (persona == null) {
            String why = diagnostics.stream().filter(Diagnostic::isError).findFirst().map(Diagnostic::toString)
                    .orElse("no diagnostic was given");
            throw new IllegalStateException("no persona could be read: " + why);
        }
        return persona;
    }

    /** {@code true} when any diagnostic is an error. */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** The diagnostics with this code. */
    public List<Diagnostic> diagnostics(String code) {
        return diagnostics.stream().filter(d -> d.code().equals(code)).toList();
    }
}
