package org.persona4j.cli;

/** The exit codes every command shares, in one place of their own instead of the top command's. */
final class ExitCodes {

    private ExitCodes() {}

    /** All is well; also when a query matches nothing. */
    static final int OK = 0;
    /** An input has error-level findings, or a gate (a lint level, a recall, a diff) is missed. */
    static final int FINDINGS = 1;
    /** A usage error or an I/O error (an output that cannot be written included). */
    static final int USAGE_OR_IO = 2;
}
