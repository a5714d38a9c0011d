package org.persona4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** {@code persona route-test} over a small fixture catalog: the report, the gates, and case files it cannot read. */
class RouteTestCommandTest {

    private static final String DIR = "src/test/resources/routing/";
    private static final String CATALOG = DIR + "catalog";

    @Test
    void aSetTheSearchRoutesRightPassesItsGatesWithTheMeasures() {
        ShowCommandTest.Run run = ShowCommandTest.persona(
                "route-test",
                DIR + "passing.yml",
                "--catalog",
                CATALOG,
                "--min-recall-at-3",
                "1",
                "--min-recall-at-1",
                "1");
        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("3 task(s) (0 paraphrased) routed among 4 persona(s)"), run.out());
        assertTrue(run.out().contains("recall@1      1.000    1.000"), run.out());
        assertTrue(!run.out().contains("gate missed"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void aMissedGateExitsOneWithTheMissesAndTheConfusionTable() {
        ShowCommandTest.Run run = ShowCommandTest.persona(
                "route-test", DIR + "failing.yml", "--catalog", CATALOG, "--min-recall-at-3", "0.9");
        assertEquals(1, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("none Messages pile up unread in our streaming platform"), run.out());
        assertTrue(run.out().contains("nothing took kafka-operator's task(s)"), run.out());
        assertTrue(run.out().contains("traffic-engineer took kafka-operator's task(s)"), run.out());
        assertTrue(run.out().contains("near misses picked: traffic-engineer"), run.out());
        assertTrue(run.out().contains("gate missed: recall@3 0.667 is below 0.900"), run.out());
    }

    @Test
    void withoutAGateTheReportIsGivenAndTheExitIsZero() {
        ShowCommandTest.Run run = ShowCommandTest.persona("route-test", DIR + "failing.yml", "--catalog", CATALOG);
        assertEquals(0, run.exit(), run.out() + run.err());
    }

    @Test
    void theJsonReportHasTheMeasuresOfEachHalfAndEveryPick() throws Exception {
        ShowCommandTest.Run run = ShowCommandTest.persona(
                "route-test", DIR + "failing.yml", "--catalog", CATALOG, "-f", "json", "--min-recall-at-1", "0.5");
        assertEquals(1, run.exit(), run.err());
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertEquals(3, report.get("all").get("cases").asInt());
        assertEquals(1, report.get("paraphrased").get("cases").asInt());
        assertEquals(1.0 / 3, report.get("all").get("recallAt1").asDouble(), 1e-9);
        assertEquals(0, report.get("results").get(1).get("rank").asInt());
        assertEquals("", report.get("confusion").get(0).get("picked").asText(), "nothing picked sorts first");
        assertEquals(
                "traffic-engineer", report.get("confusion").get(1).get("picked").asText());
        assertEquals(1, report.get("gatesMissed").size());
    }

    @Test
    void aCaseFileWithMistakesIsNotRunAndEachMistakeHasItsLine() {
        ShowCommandTest.Run run = ShowCommandTest.persona("route-test", DIR + "broken.yml", "--catalog", CATALOG);
        assertEquals(2, run.exit(), run.out() + run.err());
        assertTrue(
                run.err().contains("broken.yml:2:5: error routing.case-invalid: 'expect' must be a list"), run.err());
        assertTrue(
                run.err().contains("broken.yml:4:5: error routing.case-invalid: the case has no 'task' text"),
                run.err());
        assertTrue(
                run.err().contains("broken.yml:5:5: error routing.case-invalid: a case has only the keys"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void anIdTheCatalogDoesNotHoldIsWarnedAboutAtItsCase() {
        ShowCommandTest.Run run =
                ShowCommandTest.persona("route-test", DIR + "passing.yml", "--catalog", "src/test/resources/named");
        assertTrue(run.err().contains("warning routing.unknown-id"), run.err());
    }

    @Test
    void aGateOutsideZeroToOneIsAUsageError() {
        ShowCommandTest.Run run = ShowCommandTest.persona(
                "route-test", DIR + "passing.yml", "--catalog", CATALOG, "--min-recall-at-3", "90");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("a share from 0 to 1"), run.err());
    }

    @Test
    void theHybridRouterWithoutAnEmbeddingModelSaysWhatToAdd() {
        ShowCommandTest.Run run =
                ShowCommandTest.persona("route-test", DIR + "passing.yml", "--catalog", CATALOG, "--router", "hybrid");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("add persona-embeddings"), run.err());
    }
}
