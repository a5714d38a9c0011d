package org.persona4j.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.persona4j.Diagnostic;

/**
 * The Hibernate Validator EL-injection class (CVE-2020-10693): input that looks like an expression or a message
 * key must come back verbatim, never evaluated or resolved.
 */
class ExpressionLanguageTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "${'x'.toUpperCase()}",
                "#{1+1}",
                "{jakarta.validation.constraints.NotNull.message}",
                "${1+1}",
                "{value}"
            })
    void expressionsInFieldsComeBackVerbatim(String payload) {
        String quoted = "'" + payload.replace("'", "''") + "'";
        List<Diagnostic> found = LintTesting.lint(
                "---\ntitle: T\nversion: " + quoted + "\nlastUpdated: " + quoted + "\ndescription: ' '\n---\n");
        Diagnostic version =
                LintTesting.withCode(found, "metadata.version-format").get(0);
        Diagnostic date = LintTesting.withCode(found, "metadata.date-format").get(0);
        for (Diagnostic d : List.of(version, date)) {
            assertTrue(d.message().contains(payload), d.message());
            assertFalse(
                    d.message().contains("'X'")
                            || d.message().contains("must not be null")
                            || d.message().contains(": '2'"),
                    d.message());
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "org.glassfish.expressly.ExpressionFactoryImpl",
                "jakarta.el.ExpressionFactory",
                "com.sun.el.ExpressionFactoryImpl",
                "org.apache.el.ExpressionFactoryImpl"
            })
    void noExpressionLanguageIsOnTheClassPath(String className) {
        assertThrows(ClassNotFoundException.class, () -> Class.forName(className));
    }
}
