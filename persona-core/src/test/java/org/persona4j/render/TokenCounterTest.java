package org.persona4j.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Without persona-tokens (this module's tests do not have it), counting falls back to the estimate. */
class TokenCounterTest {

    @Test
    void withoutTheTokenizerTheStandardCounterEstimatesAndNamedEncodingsSayWhatToAdd() {
        assertEquals("estimate", TokenCounter.standard().name());
        assertEquals("estimate", RenderOptions.builder().build().counter().name());
        assertEquals(3, TokenCounter.estimate().count("twelve chars"));
        IllegalStateException e = assertThrows(IllegalStateException.class, TokenCounter::cl100k);
        assertTrue(e.getMessage().contains("add org.persona4j:persona-tokens"), e.getMessage());
    }
}
