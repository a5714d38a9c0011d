package org.persona4j.routing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One task of a routing set.
 *
 * @param task        the task in a user's words
 * @param expected    the ids any of which is a right pick, at least one
 * @param nearMisses  ids that look related but are a wrong pick
 * @param paraphrased whether the task is worded unlike the expected personas' own text (the half of a set that shows
 *                    what matching words alone misses)
 * @param source      where the case was written, such as {@code routing.yml:12}, when read from a file
 */
public record RoutingCase(
        String task, List<String> expected, List<String> nearMisses, boolean paraphrased, Optional<String> source) {

    /**
     * Checks the components and keeps unmodifiable copies of the lists.
     *
     * @param task        the task in a user's words; not blank
     * @param expected    the ids any of which is a right pick; not empty
     * @param nearMisses  ids that are a wrong pick; none in {@code expected}
     * @param paraphrased whether the task is worded unlike the expected personas' text
     * @param source      where the case was written, if anywhere
     */
    public RoutingCase {
        Objects.requireNonNull(task, "task");
        if (task.isBlank()) {
            throw new IllegalArgumentException("a routing case needs a task");
        }
        expected = List.copyOf(expected);
        nearMisses = List.copyOf(nearMisses);
        if (expected.isEmpty()) {
            throw new IllegalArgumentException("the routing case '" + task + "' expects no id");
        }
        for (String id : nearMisses) {
            if (expected.contains(id)) {
                throw new IllegalArgumentException(
                        "the routing case '" + task + "' both expects and rules out '" + id + "'");
            }
        }
        Objects.requireNonNull(source, "source");
    }

    /**
     * A case written in code.
     *
     * @param task     the task in a user's words
     * @param expected the ids any of which is a right pick
     * @return a case with no near misses, not marked paraphrased
     */
    public static RoutingCase of(String task, String... expected) {
        return new RoutingCase(task, List.of(expected), List.of(), false, Optional.empty());
    }
}
