package org.persona4j.validation.internal;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Function;
import org.persona4j.validation.LintTarget;

/**
 * What several rules compute alike from one lint target, computed by the first of them and read by the others.
 * Keyed by the target itself (it does not override {@code equals}) and held weakly, so nothing outlives a lint run;
 * safe to use from the threads of one run, each checking other files.
 *
 * @param <T> what is computed
 */
final class PerTarget<T> {

    private final Map<LintTarget, T> done = Collections.synchronizedMap(new WeakHashMap<>());
    private final Function<LintTarget, T> compute;

    PerTarget(Function<LintTarget, T> compute) {
        this.compute = compute;
    }

    /** The value for a target, computed on the first call for it (outside the map's lock). */
    T get(LintTarget target) {
        T value = done.get(target);
        if (value == null) {
            value = compute.apply(target);
            done.put(target, value);
        }
        return value;
    }
}
