package org.persona4j.catalog;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/** Any applyTo values expand within the per-persona bound, and matching any path answers without throwing. */
// A quadratic regression fails here rather than passing slowly.
@org.junit.jupiter.api.Timeout(value = 2, unit = java.util.concurrent.TimeUnit.MINUTES)
class AppliesToFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void anyApplyToStaysWithinItsBound(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        List<String> values = List.of(text.split("\n", 64));
        AppliesTo applies = AppliesTo.of(values);
        assertTrue(applies.patterns().size() <= AppliesTo.MAX_ALTERNATIVES);
        assertTrue(applies.patterns().stream().mapToInt(String::length).sum() <= AppliesTo.MAX_CHARACTERS);
        try {
            applies.explain(Path.of(values.get(values.size() - 1).replace('\0', '_')));
        } catch (InvalidPathException e) {
            // not a path on this system: nothing to match
        }
    }
}
