package org.persona4j;

import java.util.Objects;

/**
 * A stable diagnostic code, defined once in {@link DiagnosticCodes}: what it is called, how bad it is unless
 * configured otherwise, what it checks and what to do about it. Tools may match on {@link #code()}; a code never
 * changes meaning once released.
 *
 * @param code        the stable identifier, such as {@code front-matter.duplicate-key}
 * @param severity    its default severity
 * @param description what holds when it is not reported, in one line ("no key is given twice")
 * @param help        what to change when it is reported, in a sentence or two
 */
public record DiagnosticCode(String code, Severity severity, String description, String help) {

    /**
     * Checks the components and keeps unmodifiable copies of its lists.
     *
     * @param code        the stable identifier, such as {@code front-matter.duplicate-key}
     * @param severity    its default severity
     * @param description what holds when it is not reported, in one line ("no key is given twice")
     * @param help        what to change when it is reported, in a sentence or two
     */
    public DiagnosticCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(help, "help");
    }

    /**
     * {@return a finding of this code at its default severity}
     *
     * @param source  the label of the input, usually its path
     * @param span    where in the input
     * @param message one or two sentences for a person
     */
    public Diagnostic at(String source, SourceSpan span, String message) {
        return new Diagnostic(severity, code, message, source, span);
    }

    /**
     * {@return whether any of the findings has this code}
     *
     * @param findings findings, such as a persona's or a read result's
     */
    public boolean isIn(java.util.Collection<Diagnostic> findings) {
        for (Diagnostic d : findings) {
            if (d.code().equals(code)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return code;
    }
}
