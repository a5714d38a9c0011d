package org.persona4j.routing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Runs a routing set through a router: each task once, the first {@value #DEPTH} picks kept, so that recall@1,
 * recall@3 and the mean reciprocal rank (over the first {@value #DEPTH}) can be told.
 */
public final class RoutingEvaluation {

    /** How many picks of each task are kept: the mean reciprocal rank counts a right pick below them as none. */
    public static final int DEPTH = 10;

    private RoutingEvaluation() {}

    /**
     * @param cases  the routing set
     * @param router the router to judge
     * @return each case with the router's picks
     */
    public static RoutingReport run(List<RoutingCase> cases, Router router) {
        Objects.requireNonNull(router, "router");
        List<RoutingReport.Result> results = new ArrayList<>();
        for (RoutingCase c : List.copyOf(cases)) {
            List<Router.Pick> picked = router.route(c.task(), DEPTH);
            // A router that repeats an id or returns too many is held to its first DEPTH distinct picks.
            List<Router.Pick> distinct = new ArrayList<>();
            java.util.Set<String> seen = new LinkedHashSet<>();
            for (Router.Pick p : picked == null ? List.<Router.Pick>of() : picked) {
                if (p != null && seen.add(p.id()) && distinct.size() < DEPTH) {
                    distinct.add(p);
                }
            }
            results.add(new RoutingReport.Result(c, distinct));
        }
        return new RoutingReport(results);
    }
}
