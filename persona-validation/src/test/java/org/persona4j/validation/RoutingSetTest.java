package org.persona4j.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.persona4j.Diagnostic;
import org.persona4j.routing.RoutingCase;

/** Routing sets read from YAML: whole cases kept with where they were written, every mistake a diagnostic. */
class RoutingSetTest {

    @Test
    void wholeCasesAreReadWithTheirLine() {
        RoutingSet read = RoutingSet.parse("""
                cases:
                  - task: Upgrade to Java 21
                    expect: [java-upgrader, java-pro, java-upgrader]
                    near-misses: [kotlin-pro]
                    paraphrased: true
                  - task: Review a pull request
                    expect:
                      - reviewer
                """, "set.yml");
        assertEquals(List.of(), read.diagnostics());
        assertEquals(
                List.of(
                        new RoutingCase(
                                "Upgrade to Java 21",
                                List.of("java-upgrader", "java-pro"),
                                List.of("kotlin-pro"),
                                true,
                                Optional.of("set.yml:2")),
                        new RoutingCase(
                                "Review a pull request",
                                List.of("reviewer"),
                                List.of(),
                                false,
                                Optional.of("set.yml:6"))),
                read.cases());
    }

    @Test
    void everyMistakeIsADiagnosticAtItsCaseAndTheRestIsKept() {
        RoutingSet read = RoutingSet.parse("""
                cases:
                  - task: No list
                    expect: reviewer
                  - task: Fine
                    expect: [reviewer]
                  - task: Both
                    expect: [a]
                    near-misses: [a]
                  - task: Odd flag
                    expect: [a]
                    paraphrased: maybe
                  - just text
                """, "set.yml");
        assertEquals(
                List.of("Fine"), read.cases().stream().map(RoutingCase::task).toList());
        assertEquals(
                List.of(
                        "set.yml:2:5: error routing.case-invalid: 'expect' must be a list of one or more ids",
                        "set.yml:6:5: error routing.case-invalid: an id is both expected and a near miss",
                        "set.yml:9:5: error routing.case-invalid: 'paraphrased' must be true or false",
                        "set.yml:12:5: error routing.case-invalid: a case is a mapping with 'task' and 'expect'"),
                read.diagnostics().stream().map(Diagnostic::toString).toList());
    }

    @Test
    void textThatIsNotARoutingSetSaysWhatOneIs() {
        assertTrue(RoutingSet.parse("cases: [", "a.yml")
                .diagnostics()
                .get(0)
                .message()
                .startsWith("not valid YAML"));
        assertEquals(
                "a routing set is a mapping whose 'cases' is a list of cases",
                RoutingSet.parse("- task: x", "a.yml").diagnostics().get(0).message());
        assertEquals(1, RoutingSet.parse("", "a.yml").diagnostics().size());
        assertEquals(1, RoutingSet.parse("a: &a [*a]", "a.yml").diagnostics().size());
        assertEquals(
                "the key 'task' is given twice; give each key once",
                RoutingSet.parse("cases:\n  - task: A\n    task: B\n    expect: [x]\n", "a.yml")
                        .diagnostics()
                        .get(0)
                        .message());
    }
}
