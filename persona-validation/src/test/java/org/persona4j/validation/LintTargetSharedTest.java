package org.persona4j.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.persona4j.Persona;
import org.persona4j.Personas;

class LintTargetSharedTest {

    private static final Object SCAN = new Object();
    private static final Object OTHER = new Object();

    private static LintTarget target() {
        String text = "---\ntitle: T\ndescription: D\n---\n## Role Summary\nx\n";
        Persona p = Personas.parse(text, "t.md").expectPersona();
        return new LintTarget(p, text, null, Profile.REFERENCE);
    }

    @Test
    void aSharedValueIsComputedOncePerTargetAndKey() {
        LintTarget t = target();
        AtomicInteger runs = new AtomicInteger();
        Object first = t.shared(SCAN, x -> new StringBuilder("scan " + runs.incrementAndGet()));
        Object again = t.shared(SCAN, x -> new StringBuilder("scan " + runs.incrementAndGet()));
        assertSame(first, again);
        assertEquals(1, runs.get());
        t.shared(OTHER, x -> runs.incrementAndGet());
        assertEquals(2, runs.get(), "another key computes its own");
        target().shared(SCAN, x -> runs.incrementAndGet());
        assertEquals(3, runs.get(), "another target computes its own: nothing is kept beyond a target");
    }
}
