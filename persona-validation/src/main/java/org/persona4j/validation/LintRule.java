package org.persona4j.validation;

import org.persona4j.Severity;

/**
 * A check that runs on every persona a {@link Linter} reads. Implement it and either register it with
 * {@link Linter.Builder#addRule} or list it in {@code META-INF/services/org.persona4j.validation.LintRule}
 * ({@code provides} in a module) to have it run with the built-in rules. Rules must be thread-safe and must
 * report problems through {@link Findings}, not by throwing.
 */
public interface LintRule {

    /** {@return a stable code such as {@code team.owner-missing}; configuration refers to the rule by it} */
    String code();

    /** {@return the severity of its findings unless configuration says otherwise} */
    Severity defaultSeverity();

    /** {@return what the rule checks, in one line} */
    String description();

    /**
     * What to change when the rule reports, for reports and {@code docs/rules}; empty for the general advice.
     *
     * @return the help, or an empty text
     */
    default String help() {
        return "";
    }

    /**
     * Whether the rule runs unless configured. An opt-in rule ({@code false}) runs only when a configuration
     * ({@code rules:} in {@code .persona-lint.yaml}, {@link Linter.Builder#level}, {@code --rule}) gives its code a
     * level other than {@code off}; its findings then have that level.
     *
     * @return {@code true} for a rule that runs by default
     */
    default boolean onByDefault() {
        return true;
    }

    /**
     * Checks one persona. A linter checks several files at once: a rule may be called from several threads.
     *
     * @param target   the persona and its text
     * @param findings where the rule reports what it finds
     */
    void check(LintTarget target, Findings findings);
}
