package org.persona4j.spring;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a start-up lint failure, however deep Spring nested it, into a report: the findings, and what to change
 * (the personas, or the level that stops the application).
 */
public final class PersonaFailureAnalyzer extends AbstractFailureAnalyzer<PersonaLintFailureException> {

    /** Used by Spring Boot through {@code META-INF/spring.factories}. */
    public PersonaFailureAnalyzer() {}

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, PersonaLintFailureException cause) {
        String description = "The personas in " + cause.locations() + " have "
                + cause.findings().size()
                + " finding(s) at " + cause.failOn() + " or above, which stop the application:\n  "
                + String.join("\n  ", cause.findings());
        String lint = cause.locations().stream()
                .map(PersonaFailureAnalyzer::sourceFolder)
                .collect(java.util.stream.Collectors.joining(" "));
        String action = "Fix the personas named above (`persona lint " + lint
                + "` shows the same findings, and `persona lint --fix` mends some)"
                + (cause.failOn() == org.persona4j.Severity.ERROR
                        ? "; errors always stop the application."
                        : ", or set persona4j.fail-on to a higher level than " + cause.failOn()
                                + " to start with them.");
        return new FailureAnalysis(description, action, cause);
    }

    /** Where a location's files are in a source tree: a class-path folder under src/main/resources. */
    private static String sourceFolder(String location) {
        String l = location.strip();
        for (String prefix : new String[] {"classpath*:", "classpath:"}) {
            if (l.startsWith(prefix)) {
                return "src/main/resources/" + l.substring(prefix.length()).replaceFirst("^/+", "");
            }
        }
        return l.startsWith("file:") ? l.substring("file:".length()) : l;
    }
}
