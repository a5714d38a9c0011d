package org.persona4j.markdown.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.persona4j.Persona;
import org.persona4j.Personas;
import org.persona4j.ReadOptions;
import org.persona4j.render.RenderFormat;
import org.persona4j.render.RenderOptions;
import org.persona4j.render.RenderedPrompt;
import org.persona4j.render.TokenCounter;

/** Any persona renders leniently in every format, within any budget, deterministically, without an exception. */
// A quadratic regression fails here rather than passing slowly.
@org.junit.jupiter.api.Timeout(value = 2, unit = java.util.concurrent.TimeUnit.MINUTES)
class RenderFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void anyPersonaRenders(byte[] data) {
        Persona p = Personas.parse(data, "fuzz.md", ReadOptions.defaults())
                .findPersona()
                .orElse(null);
        if (p == null) {
            return;
        }
        int budget = data.length == 0 ? 0 : (data[0] & 0xFF) * 4;
        for (RenderFormat format : RenderFormat.values()) {
            RenderOptions options = RenderOptions.builder()
                    .format(format)
                    .lenient(true)
                    .maxTokens(budget)
                    .tokenCounter(TokenCounter.estimate())
                    .variable("v", new String(data, StandardCharsets.UTF_8))
                    .userMessage("u")
                    .model("m")
                    .provenance(true)
                    .build();
            RenderedPrompt r = p.render(options);
            assertEquals(r.fingerprint(), p.render(options).fingerprint());
            // The count is the system text's by the counter given, and "fits" says whether it is within the budget.
            assertEquals(TokenCounter.estimate().count(r.systemText()), r.tokens(), format::name);
            assertEquals(budget == 0 || r.tokens() <= budget, r.fits(), format::name);
            assertEquals(budget, r.budget(), format::name);
            assertTrue(budget > 0 || r.dropped().isEmpty(), "nothing is dropped without a budget");
            r.provenance()
                    .forEach(pr -> assertTrue(
                            pr.start() <= pr.end() && pr.end() <= r.systemText().length()));
        }
    }
}
