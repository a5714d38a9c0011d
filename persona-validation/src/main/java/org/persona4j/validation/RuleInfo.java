package org.persona4j.validation;

import java.util.Objects;
import org.persona4j.Severity;

/**
 * A code a lint run can report, with its default severity, what it means and what to do; reports list these
 * (SARIF's {@code tool.driver.rules}), and {@code docs/rules/<code>.md} is made from them.
 *
 * @param code            the stable code
 * @param defaultSeverity its severity unless configured otherwise (for an opt-in rule: once configured on)
 * @param description     what it checks, in one line: what holds in a file without this finding
 * @param help            what to change when it is reported
 * @param onByDefault     whether it runs unless configured; see {@link LintRule#onByDefault()}
 */
public record RuleInfo(String code, Severity defaultSeverity, String description, String help, boolean onByDefault) {

    /**
     * Checks that every part is there.
     *
     * @param code            the stable code
     * @param defaultSeverity its severity unless configured otherwise (for an opt-in rule: once configured on)
     * @param description     what it checks, in one line: what holds in a file without this finding
     * @param help            what to change when it is reported
     * @param onByDefault     whether it runs unless configured; see {@link LintRule#onByDefault()}
     */
    public RuleInfo {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(help, "help");
    }

    /**
     * A rule that runs by default.
     *
     * @param code            the stable code
     * @param defaultSeverity its severity unless configured otherwise
     * @param description     what it checks, in one line: what holds in a file without this finding
     * @param help            what to change when it is reported
     */
    public RuleInfo(String code, Severity defaultSeverity, String description, String help) {
        this(code, defaultSeverity, description, help, true);
    }

    /**
     * A rule that runs by default and whose help is the general advice: change the file so that its description
     * holds.
     *
     * @param code            the stable code
     * @param defaultSeverity its severity unless configured otherwise
     * @param description     what it checks
     */
    public RuleInfo(String code, Severity defaultSeverity, String description) {
        this(code, defaultSeverity, description, generalHelp(description));
    }

    /** The help of a rule that gives none of its own: change the file so that its description holds. */
    private static String generalHelp(String description) {
        return "Change the file so that " + description + "; the finding's "
                + "message says where and what to change. Turn the rule off or change its level in "
                + ".persona-lint.yaml, or for one place with a persona-lint-disable comment.";
    }

    /** {@return {@code docs/rules/<code>.md}, relative to the repository, where each rule is explained} */
    public String docsPath() {
        return "docs/rules/" + code + ".md";
    }

    /**
     * {@return what a rule says of itself, with general advice when it gives no help of its own}
     *
     * @param rule the rule
     */
    public static RuleInfo of(LintRule rule) {
        return new RuleInfo(
                rule.code(),
                rule.defaultSeverity(),
                rule.description(),
                rule.help().isBlank() ? generalHelp(rule.description()) : rule.help(),
                rule.onByDefault());
    }
}
