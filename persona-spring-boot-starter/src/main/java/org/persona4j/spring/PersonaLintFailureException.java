package org.persona4j.spring;

import java.util.List;
import org.persona4j.Diagnostic;
import org.persona4j.Severity;

/**
 * The start-up lint found personas at {@code persona4j.fail-on} or above: the application does not start. Spring
 * Boot's failure analysis reports it as what failed and what to change.
 */
public final class PersonaLintFailureException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /** The findings that stopped the application, as text. */
    private final List<String> findings;
    /** The level they are at or above. */
    private final Severity failOn;
    /** Where the personas are. */
    private final List<String> locations;

    PersonaLintFailureException(List<Diagnostic> findings, Severity failOn, List<String> locations) {
        super("persona4j: " + findings.size() + " finding(s) at " + failOn + " or above in " + locations + ":\n"
                + String.join("\n", findings.stream().map(Diagnostic::toString).toList()));
        this.findings = findings.stream().map(Diagnostic::toString).toList();
        this.failOn = failOn;
        this.locations = List.copyOf(locations);
    }

    /**
     * {@return each finding that stopped the application, {@code file:line:column: severity code: message}}
     */
    public List<String> findings() {
        return findings;
    }

    /** {@return the level at or above which a finding stops the application} */
    public Severity failOn() {
        return failOn;
    }

    /** {@return the locations the personas were read from} */
    public List<String> locations() {
        return locations;
    }
}
