package org.persona4j.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.persona4j.routing.RoutingReport;

/** {@code @RoutingCases}: the report reaches the test, and a missed gate fails it with the confusion table. */
class RoutingCasesTest {

    /** Routed among the fixture catalog; run by the launcher below, not by Surefire (a nested class). */
    @PersonaCatalogSource(
            value = {},
            directories = "src/test/resources/routing/catalog")
    static class Passing {
        @Test
        @RoutingCases(value = "src/test/resources/routing/passing.yml", minRecallAt1 = 1, minRecallAt3 = 1)
        void everyTaskReachesItsPersona(RoutingReport report) {
            assertEquals(3, report.size());
            assertEquals(1.0, report.meanReciprocalRank());
        }
    }

    /** A set the search routes badly, under a gate it misses. */
    @PersonaCatalogSource(
            value = {},
            directories = "src/test/resources/routing/catalog")
    static class Failing {
        @Test
        @RoutingCases(value = "src/test/resources/routing/failing.yml", minRecallAt3 = 0.9)
        void gated() {}
    }

    private static TestExecutionSummary run(Class<?> test) {
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        launcher.execute(
                LauncherDiscoveryRequestBuilder.request()
                        .selectors(selectClass(test))
                        .build(),
                listener);
        return listener.getSummary();
    }

    @Test
    void aSetThatMeetsItsGatesPassesAndGivesTheReport() {
        TestExecutionSummary summary = run(Passing.class);
        assertEquals(
                List.of(),
                summary.getFailures().stream()
                        .map(f -> f.getException().toString())
                        .toList());
        assertEquals(1, summary.getTestsSucceededCount());
    }

    @Test
    void aMissedGateFailsTheTestWithTheMissesAndTheConfusionTable() {
        TestExecutionSummary summary = run(Failing.class);
        assertEquals(1, summary.getTestsFailedCount());
        String message = summary.getFailures().get(0).getException().getMessage();
        assertTrue(message.startsWith("recall@3 0.667 is below 0.900"), message);
        assertTrue(message.contains("none Messages pile up unread in our streaming platform"), message);
        assertTrue(message.contains("traffic-engineer took kafka-operator's task(s)"), message);
    }
}
