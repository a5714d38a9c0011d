package org.persona4j.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Recall@k, the mean reciprocal rank and the confusion table, worked out by hand for a router that answers by rote. */
class RoutingEvaluationTest {

    private static final Map<String, List<String>> ANSWERS = Map.of(
            "first", List.of("a", "b", "c"),
            "second", List.of("x", "b", "a"),
            "third", List.of("x", "y", "z", "w", "b"),
            "none", List.of(),
            "repeats", List.of("x", "x", "x", "a"),
            "hostile \u001b[2J task", List.of("x\u001b]0;title\u0007", "a"));

    private static final Router ROTE =
            (task, limit) -> ANSWERS.get(task).stream().map(Router.Pick::of).toList();

    private static RoutingCase paraphrased(String task, String... expected) {
        return new RoutingCase(task, List.of(expected), List.of("x"), true, Optional.empty());
    }

    @Test
    void recallAndReciprocalRankCountTheFirstRightPick() {
        RoutingReport report = RoutingEvaluation.run(
                List.of(
                        RoutingCase.of("first", "a"),
                        RoutingCase.of("second", "b", "a"),
                        paraphrased("third", "b"),
                        paraphrased("none", "a")),
                ROTE);
        assertEquals(
                List.of(1, 2, 5, 0),
                report.results().stream().map(RoutingReport.Result::rank).toList());
        assertEquals(0.25, report.recallAt(1));
        assertEquals(0.5, report.recallAt(3));
        assertEquals(0.75, report.recallAt(5));
        assertEquals((1 + 0.5 + 0.2 + 0) / 4, report.meanReciprocalRank(), 1e-12);
        assertEquals(1.0, report.direct().recallAt(3));
        assertEquals(0.0, report.paraphrased().recallAt(3));
        assertEquals(List.of("x"), report.results().get(2).nearMissesPicked());
    }

    @Test
    void theConfusionTableCountsWhoTookWhoseTasksMostOftenFirst() {
        RoutingReport report = RoutingEvaluation.run(
                List.of(
                        RoutingCase.of("second", "b"),
                        RoutingCase.of("third", "b"),
                        RoutingCase.of("none", "a"),
                        RoutingCase.of("first", "a")),
                ROTE);
        assertEquals(
                List.of(
                        new RoutingReport.Confusion("b", "x", List.of("second", "third")),
                        new RoutingReport.Confusion("a", "", List.of("none"))),
                report.confusion());
    }

    @Test
    void aRouterThatRepeatsAnIdIsHeldToItsDistinctPicks() {
        RoutingReport report = RoutingEvaluation.run(List.of(RoutingCase.of("repeats", "a")), ROTE);
        assertEquals(List.of("x", "a"), report.results().get(0).picked());
        assertEquals(2, report.results().get(0).rank());
    }

    @Test
    void aPickIsRightWhenOneOfItsTwinsIsExpected() {
        Router folded = (task, limit) -> List.of(new Router.Pick("x", List.of("a")), Router.Pick.of("b"));
        RoutingReport report = RoutingEvaluation.run(List.of(RoutingCase.of("first", "a")), folded);
        assertEquals(1, report.results().get(0).rank());
        assertEquals(List.of("x", "b"), report.results().get(0).picked());
    }

    @Test
    void anEmptySetHasNoRecallAndACaseMustExpectSomething() {
        assertEquals(0.0, RoutingEvaluation.run(List.of(), ROTE).recallAt(3));
        assertThrows(IllegalArgumentException.class, () -> RoutingCase.of("task"));
        assertThrows(
                IllegalArgumentException.class,
                () -> new RoutingCase("task", List.of("a"), List.of("a"), false, Optional.empty()));
        assertThrows(
                IllegalArgumentException.class,
                () -> RoutingEvaluation.run(List.of(), ROTE).recallAt(0));
    }

    @Test
    void theTextShowsEachHalfTheMissesAndTheConfusionWithNothingATerminalWouldRun() {
        RoutingReport direct = RoutingEvaluation.run(
                List.of(RoutingCase.of("first", "a"), RoutingCase.of("hostile \u001b[2J task", "a")), ROTE);
        String text = direct.text(false);
        assertTrue(text.contains("recall@1      0.500    0.500            -"), text);
        assertTrue(text.contains("not first:"), text);
        assertTrue(!text.contains("\u001b") && !text.contains("\u0007"), "escaped: " + text);
        assertTrue(text.contains("took a's task(s)"), text);
        assertTrue(!text.contains("  ok   first"), "only the misses: " + text);
        assertTrue(direct.text(true).contains("ok   first"), direct.text(true));
    }
}
