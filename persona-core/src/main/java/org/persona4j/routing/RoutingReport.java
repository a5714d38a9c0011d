package org.persona4j.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a router did on a routing set: recall@k (the share of tasks with a right pick among the first k), the mean
 * reciprocal rank, the near misses it picked, and the confusion between personas (which persona takes which other's
 * tasks).
 *
 * @param results each case with the router's picks, in the set's order
 */
public record RoutingReport(List<Result> results) {

    /**
     * {@return the report as text for people: recall@1, recall@3 and MRR over the set and its direct and paraphrased
     * halves, then the tasks whose first pick was wrong with what was picked, then the confusion table} Tasks and ids
     * are escaped for a terminal. This is what {@code persona route-test} prints and persona-test's
     * {@code @RoutingCases} fails with.
     *
     * @param everyTask whether every task is listed with its picks, not only those not routed first
     */
    public String text(boolean everyTask) {
        return org.persona4j.internal.routing.RoutingText.of(this, everyTask);
    }

    /**
     * Keeps an unmodifiable copy of the results.
     *
     * @param results each case with the router's picks
     */
    public RoutingReport {
        results = List.copyOf(results);
    }

    /**
     * One case and what the router picked.
     *
     * @param routingCase the case
     * @param picks       the router's picks, best first
     */
    public record Result(RoutingCase routingCase, List<Router.Pick> picks) {

        /**
         * Keeps an unmodifiable copy of the picks.
         *
         * @param routingCase the case
         * @param picks       the router's picks, best first
         */
        public Result {
            Objects.requireNonNull(routingCase, "routingCase");
            picks = List.copyOf(picks);
        }

        /** {@return the ids of the picks, best first} */
        public List<String> picked() {
            return picks.stream().map(Router.Pick::id).toList();
        }

        /** {@return the 1-based rank of the first right pick (itself or a twin expected), or 0 when none was} */
        public int rank() {
            for (int i = 0; i < picks.size(); i++) {
                if (picks.get(i).isAny(routingCase.expected())) {
                    return i + 1;
                }
            }
            return 0;
        }

        /**
         * {@return whether a right pick is among the first {@code k}}
         *
         * @param k how many picks count
         */
        public boolean hitAt(int k) {
            int rank = rank();
            return rank > 0 && rank <= k;
        }

        /** {@return the near misses among the first three picks} */
        public List<String> nearMissesPicked() {
            return picked().subList(0, Math.min(3, picks.size())).stream()
                    .filter(routingCase.nearMisses()::contains)
                    .toList();
        }
    }

    /**
     * A persona that took another's tasks: the router's first pick was {@code picked} where {@code expected} (the
     * case's first expected id) was right.
     *
     * @param expected the persona that should have had the tasks
     * @param picked   the persona the router put first instead, or {@code ""} when it picked none
     * @param tasks    the tasks it took
     */
    public record Confusion(String expected, String picked, List<String> tasks) {
        /**
         * Keeps an unmodifiable copy of the tasks.
         *
         * @param expected the persona that should have had the tasks
         * @param picked   the persona put first instead
         * @param tasks    the tasks it took
         */
        public Confusion {
            tasks = List.copyOf(tasks);
        }
    }

    /** {@return how many cases the report holds} */
    public int size() {
        return results.size();
    }

    /**
     * {@return the share of cases with a right pick among the first {@code k}, 0 for an empty set}
     *
     * @param k how many picks count, at least 1
     */
    public double recallAt(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, was " + k);
        }
        return results.isEmpty()
                ? 0
                : (double) results.stream().filter(r -> r.hitAt(k)).count() / results.size();
    }

    /** {@return the mean of 1/rank of the first right pick (0 when none is among the picks kept)} */
    public double meanReciprocalRank() {
        return results.isEmpty()
                ? 0
                : results.stream()
                                .mapToDouble(r -> r.rank() == 0 ? 0 : 1.0 / r.rank())
                                .sum()
                        / results.size();
    }

    /** {@return the report of the cases marked paraphrased only} */
    public RoutingReport paraphrased() {
        return new RoutingReport(
                results.stream().filter(r -> r.routingCase().paraphrased()).toList());
    }

    /** {@return the report of the cases not marked paraphrased only} */
    public RoutingReport direct() {
        return new RoutingReport(
                results.stream().filter(r -> !r.routingCase().paraphrased()).toList());
    }

    /** {@return the cases without a right first pick} */
    public List<Result> misses() {
        return results.stream().filter(r -> !r.hitAt(1)).toList();
    }

    /** {@return which persona took which other's tasks as first pick, the most often first, then by ids} */
    public List<Confusion> confusion() {
        Map<List<String>, List<String>> pairs = new LinkedHashMap<>();
        for (Result r : misses()) {
            String picked = r.picked().isEmpty() ? "" : r.picked().get(0);
            pairs.computeIfAbsent(List.of(r.routingCase().expected().get(0), picked), k -> new ArrayList<>())
                    .add(r.routingCase().task());
        }
        return pairs.entrySet().stream()
                .map(e -> new Confusion(e.getKey().get(0), e.getKey().get(1), e.getValue()))
                .sorted(Comparator.comparingInt((Confusion c) -> -c.tasks().size())
                        .thenComparing(Confusion::expected)
                        .thenComparing(Confusion::picked))
                .toList();
    }
}
