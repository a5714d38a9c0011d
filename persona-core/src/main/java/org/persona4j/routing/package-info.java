/**
 * Routing you can measure: which persona, agent or skill a router picks for a task, checked against a routing set
 * (tasks with the ids that should be picked and the near misses that should not). {@link Router} picks,
 * {@link RoutingEvaluation} runs a set through a router, and {@link RoutingReport} gives recall@1, recall@3, the mean
 * reciprocal rank and the confusion between personas.
 */
package org.persona4j.routing;
