package org.persona4j.validation;

import java.util.List;
import org.persona4j.Diagnostic;

/** Helpers for lint tests. */
final class LintTesting {

    static final Linter REFERENCE = Linter.builder().serviceLoaderRules(false).build();

    private LintTesting() {}

    static List<Diagnostic> lint(String text) {
        return lint(REFERENCE, text);
    }

    static List<Diagnostic> lint(Linter linter, String text) {
        return linter.lint(text, "test.md").files().get(0).diagnostics();
    }

    static List<Diagnostic> withCode(List<Diagnostic> diagnostics, String code) {
        return diagnostics.stream().filter(d -> d.code().equals(code)).toList();
    }

    static List<String> codes(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(Diagnostic::code).toList();
    }
}
