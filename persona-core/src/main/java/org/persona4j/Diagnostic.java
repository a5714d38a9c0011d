package org.persona4j;

import java.util.Objects;

/**
 * A finding about an input: where it is, how bad it is, a stable code tools can match on, and a message that says
 * what to change. Bad input is reported this way, never by an exception.
 *
 * @param severity how much it matters
 * @param code     a stable identifier such as {@code front-matter.duplicate-key}; see {@link DiagnosticCodes}
 * @param message  one or two sentences for a person
 * @param source   the label of the input (usually its path)
 * @param span     where in the input
 */
public record Diagnostic(Severity severity, String code, String message, String source, SourceSpan span) {

    /**
     * Checks the components and keeps unmodifiable copies of its lists.
     *
     * @param severity how much it matters
     * @param code     a stable identifier such as {@code front-matter.duplicate-key}; see {@link DiagnosticCodes}
     * @param message  one or two sentences for a person
     * @param source   the label of the input (usually its path)
     * @param span     where in the input
     */
    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(span, "span");
    }

    /** {@return the first line of the span} */
    public int line() {
        return span.startLine();
    }

    /** {@return the first column of the span} */
    public int column() {
        return span.startColumn();
    }

    /** {@return {@code true} for {@link Severity#ERROR}} */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@return this finding at error level; warnings become errors, information stays information} */
    public Diagnostic asError() {
        return severity == Severity.WARNING ? new Diagnostic(Severity.ERROR, code, message, source, span) : this;
    }

    /** The compiler-style form {@code source:line:column: severity code: message}. */
    @Override
    public String toString() {
        return source + ":" + line() + ":" + column() + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + " "
                + code + ": " + message;
    }
}
