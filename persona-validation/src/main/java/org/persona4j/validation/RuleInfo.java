package org.persona4j.validation;

import java.util.Objects;
import org.persona4j.Severity;

/**
 * A code a lint run can report, with its default severity and what it means; reports list these (SARIF's
 * {@code tool.driver.rules}).
 *
 * @param code            the stable code
 * @param defaultSeverity its severity unless configured otherwise
 * @param description     what it checks, in one line
 */
public record RuleInfo(String code, Severity defaultSeverity, String description) {

    public RuleInfo {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        Objects.requireNonNull(description, "description");
    }

    static RuleInfo of(LintRule rule) {
        return new RuleInfo(rule.code(), rule.defaultSeverity(), rule.description());
    }
}
