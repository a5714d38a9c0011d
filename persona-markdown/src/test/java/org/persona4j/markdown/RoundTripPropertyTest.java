package org.persona4j.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import com.code_intelligence.jazzer.mutation.annotation.WithUtf8Length;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.persona4j.Persona;
import org.persona4j.Personas;
import org.persona4j.ReadResult;

/** read(write(p)) equals p, and writing is idempotent, for generated personas and for any text at all. */
// A quadratic regression fails here rather than passing slowly.
@org.junit.jupiter.api.Timeout(value = 2, unit = java.util.concurrent.TimeUnit.MINUTES)
class RoundTripPropertyTest {

    @TestFactory
    Stream<DynamicTest> generatedPersonasRoundTrip() {
        return LongStream.range(0, 400)
                .mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
                    String text = new PersonaGenerator(seed).persona();
                    Persona p = Personas.parse(text, "gen-" + seed + ".md").expectPersona();
                    RoundTrip.assertRoundTrip(p);
                }));
    }

    @TestFactory
    Stream<DynamicTest> generatedPersonasKeepEveryHeading() {
        return LongStream.range(0, 100)
                .mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
                    String text = new PersonaGenerator(seed).persona();
                    Persona p = Personas.parse(text, "gen.md").expectPersona();
                    long atxHeadings =
                            text.lines().filter(l -> l.startsWith("## ")).count();
                    assertTrue(p.sections().size()
                            <= atxHeadings + text.lines().filter("---"::equals).count());
                    p.sections()
                            .forEach(s ->
                                    assertEquals(s.kind(), org.persona4j.model.SectionKind.fromHeading(s.heading())));
                }));
    }

    /** Whatever the text, a persona that reads also survives being written and read again. */
    @FuzzTest(maxDuration = "10s")
    void anyReadablePersonaRoundTrips(@NotNull @WithUtf8Length(max = 4000) String text) {
        ReadResult r = Personas.parse(text, "fuzz.md");
        r.findPersona().ifPresent(RoundTrip::assertRoundTrip);
    }
}
