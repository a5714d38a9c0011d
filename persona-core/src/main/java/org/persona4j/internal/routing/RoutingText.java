package org.persona4j.internal.routing;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.persona4j.TerminalText;
import org.persona4j.routing.RoutingReport;

/**
 * A routing report as text for people: recall@1, recall@3 and MRR over the set and its direct and paraphrased
 * halves, the tasks not routed first (or every task), and the confusion table. What the routing set and the catalog
 * wrote (tasks, ids) is escaped for a terminal. {@code persona route-test} prints it; persona-test's
 * {@code @RoutingCases} puts it in its failure message.
 */
public final class RoutingText {

    private RoutingText() {}

    /**
     * {@return the report as text, lines ending in a line break}
     *
     * @param report    the report
     * @param everyTask whether every task is listed, not only those not routed first
     */
    public static String of(RoutingReport report, boolean everyTask) {
        StringBuilder out = new StringBuilder();
        RoutingReport direct = report.direct();
        RoutingReport paraphrased = report.paraphrased();
        out.append(String.format(Locale.ROOT, "%-10s %8s %8s %12s\n", "", "all", "direct", "paraphrased"));
        out.append(row("recall@1", report, direct, paraphrased, r -> r.recallAt(1)));
        out.append(row("recall@3", report, direct, paraphrased, r -> r.recallAt(3)));
        out.append(row("MRR@10", report, direct, paraphrased, RoutingReport::meanReciprocalRank));
        List<RoutingReport.Result> shown = everyTask ? report.results() : report.misses();
        if (!shown.isEmpty()) {
            out.append(everyTask ? "\nevery task:\n" : "\nnot first:\n");
            for (RoutingReport.Result r : shown) {
                out.append(String.format(
                        Locale.ROOT,
                        "  %s %s\n      picked %s; expected %s%s\n",
                        r.rank() == 1 ? "ok  " : r.rank() == 0 ? "none" : "#" + r.rank() + "  ",
                        TerminalText.escape(r.routingCase().task()),
                        TerminalText.escape(String.join(", ", first(r.picked(), 3))),
                        TerminalText.escape(String.join(", ", r.routingCase().expected())),
                        r.nearMissesPicked().isEmpty()
                                ? ""
                                : "; near misses picked: "
                                        + TerminalText.escape(String.join(", ", r.nearMissesPicked()))));
            }
        }
        List<RoutingReport.Confusion> confusion = report.confusion();
        if (!confusion.isEmpty()) {
            out.append("\nconfusion (first pick instead of the expected persona):\n");
            for (RoutingReport.Confusion c : confusion) {
                out.append(String.format(
                        Locale.ROOT,
                        "  %3d  %s took %s's task(s)\n",
                        c.tasks().size(),
                        c.picked().isEmpty() ? "nothing" : TerminalText.escape(c.picked()),
                        TerminalText.escape(c.expected())));
            }
        }
        return out.toString();
    }

    private static List<String> first(List<String> ids, int n) {
        return ids.isEmpty() ? List.of("nothing") : ids.subList(0, Math.min(n, ids.size()));
    }

    /** One measure over the set and each half; a half without tasks shows a dash. */
    private static String row(
            String name,
            RoutingReport all,
            RoutingReport direct,
            RoutingReport paraphrased,
            ToDoubleFunction<RoutingReport> measure) {
        return String.format(
                Locale.ROOT,
                "%-10s %8.3f %8s %12s\n",
                name,
                measure.applyAsDouble(all),
                direct.size() == 0 ? "-" : String.format(Locale.ROOT, "%.3f", measure.applyAsDouble(direct)),
                paraphrased.size() == 0 ? "-" : String.format(Locale.ROOT, "%.3f", measure.applyAsDouble(paraphrased)));
    }
}
