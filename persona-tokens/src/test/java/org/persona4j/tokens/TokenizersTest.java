package org.persona4j.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.persona4j.render.TokenCounter;

/** With persona-tokens on the path, the real encodings are found and become the default. */
class TokenizersTest {

    @Test
    void theRealEncodingsAreFoundAndTheStandardCounterIsCl100k() {
        assertEquals("cl100k_base", TokenCounter.cl100k().name());
        assertEquals("o200k_base", TokenCounter.o200k().name());
        assertEquals("cl100k_base", TokenCounter.standard().name());
        assertEquals(2, TokenCounter.cl100k().count("hello world"));
        assertTrue(TokenCounter.o200k().count("The quick brown fox") > 0);
    }
}
