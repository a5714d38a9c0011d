package org.persona4j.validation;

import org.persona4j.SourceSpan;

/** Where a {@link LintRule} reports what it found; the linter adds the rule's code, severity and file. */
@FunctionalInterface
public interface Findings {

    /**
     * Reports one finding.
     *
     * @param span    where it is in the file
     * @param message what is wrong and what to change, in a sentence or two; input is quoted, never interpreted
     */
    void report(SourceSpan span, String message);
}
