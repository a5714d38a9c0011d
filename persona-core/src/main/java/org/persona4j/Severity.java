package org.persona4j;

/** How much a {@link Diagnostic} matters, from least to most. */
public enum Severity {
    /** Worth knowing; nothing to change. */
    INFO,
    /** The file was read, but something in it is probably not what its author meant. */
    WARNING,
    /** Part of the file could not be read as written. */
    ERROR
}
