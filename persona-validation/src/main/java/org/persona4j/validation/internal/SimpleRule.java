package org.persona4j.validation.internal;

import java.util.function.BiConsumer;
import org.persona4j.Severity;
import org.persona4j.validation.Findings;
import org.persona4j.validation.LintRule;
import org.persona4j.validation.LintTarget;

/** A rule made of its code, severity, description and a check function. */
record SimpleRule(String code, Severity defaultSeverity, String description, BiConsumer<LintTarget, Findings> checker)
        implements LintRule {

    @Override
    public void check(LintTarget target, Findings findings) {
        checker.accept(target, findings);
    }
}
