package org.persona4j.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import com.code_intelligence.jazzer.mutation.annotation.WithUtf8Length;

/** Any pattern against any path: an answer, no exception, and no pattern is slow (the matcher is a DP). */
// A quadratic regression fails here rather than passing slowly.
@org.junit.jupiter.api.Timeout(value = 2, unit = java.util.concurrent.TimeUnit.MINUTES)
class GlobFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void anyPatternMatchesOrNotWithoutThrowing(
            @NotNull @WithUtf8Length(max = 600) String pattern, @NotNull @WithUtf8Length(max = 600) String path) {
        Glob glob = Glob.compile(pattern);
        boolean first = glob.matches(path);
        assertEquals(first, Glob.compile(pattern).matches(path), "matching is deterministic");
        if (!pattern.isBlank() && pattern.chars().noneMatch(c -> "*?[]{}\\,/".indexOf(c) >= 0)) {
            assertEquals(
                    pattern.strip()
                                    .equalsIgnoreCase(path.substring(path.lastIndexOf('/') + 1)
                                            .strip()
                                            .replaceFirst("^\\./", ""))
                            || first,
                    first);
        }
    }
}
