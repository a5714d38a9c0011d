package org.persona4j.test;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one contract scenario.
 *
 * @param personaId      the persona's id
 * @param name           the scenario's name
 * @param response       the model's answer (replayed or just recorded); empty when it could not be had
 * @param replayed       whether the answer came from a recording
 * @param failures       why the scenario failed: checks that did not hold, or a recording that does not fit; empty when
 *                       it passed
 * @param withoutPersona the answer to the same task without the persona, when the scenarios file asks to compare
 * @param checks         the number of checks
 * @param failedWithout  how many checks the answer without the persona fails, or -1 without a comparison
 */
public record ScenarioResult(
        String personaId,
        String name,
        String response,
        boolean replayed,
        List<String> failures,
        String withoutPersona,
        int checks,
        int failedWithout) {

    /**
     * Checks the components and keeps unmodifiable copies of its lists.
     *
     * @param personaId      the persona's id
     * @param name           the scenario's name
     * @param response       the model's answer (replayed or just recorded); empty when it could not be had
     * @param replayed       whether the answer came from a recording
     * @param failures       why the scenario failed: checks that did not hold, or a recording that does not fit; empty
     *                       when it passed
     * @param withoutPersona the answer to the same task without the persona, when the scenarios file asks to compare
     * @param checks         the number of checks
     * @param failedWithout  how many checks the answer without the persona fails, or -1 without a comparison
     */
    public ScenarioResult {
        Objects.requireNonNull(personaId, "personaId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(response, "response");
        failures = List.copyOf(failures);
    }

    /** {@return whether every check held on the answer} */
    public boolean passed() {
        return failures.isEmpty();
    }

    /** {@return the answer without the persona, if compared} */
    public Optional<String> baseline() {
        return Optional.ofNullable(withoutPersona);
    }

    /**
     * {@return one paragraph for a test report: the outcome, and the comparison with the persona off when there is one}
     */
    public String report() {
        StringBuilder b = new StringBuilder(personaId)
                .append(" / ")
                .append(name)
                .append(": ")
                .append(passed() ? "passed" : "failed")
                .append(replayed ? " (replayed)" : " (recorded)");
        if (failedWithout >= 0) {
            b.append("; with the persona ")
                    .append(checks - (passed() ? 0 : failures.size()))
                    .append('/')
                    .append(checks)
                    .append(" checks hold, without it ")
                    .append(checks - failedWithout)
                    .append('/')
                    .append(checks);
        }
        failures.forEach(f -> b.append("\n  ").append(f));
        return b.toString();
    }
}
