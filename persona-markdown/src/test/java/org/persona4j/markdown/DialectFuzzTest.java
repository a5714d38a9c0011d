package org.persona4j.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.persona4j.Dialect;
import org.persona4j.Persona;
import org.persona4j.Personas;
import org.persona4j.ReadOptions;
import org.persona4j.convert.Conversion;
import org.persona4j.convert.LedgerEntry;
import org.persona4j.model.Section;

/**
 * Dialect detection and conversion on any input: one dialect, the same whichever way it is asked for; every
 * persona converts to every dialect without an exception, with a ledger that covers every key and section, into a
 * file that reads back as that dialect. Regression inputs under {@code DialectFuzzTestInputs/}.
 */
// A quadratic regression fails here rather than passing slowly.
@org.junit.jupiter.api.Timeout(value = 2, unit = java.util.concurrent.TimeUnit.MINUTES)
class DialectFuzzTest {

    private static final java.util.List<Dialect> WRITABLE =
            java.util.Arrays.stream(Dialect.values()).filter(Dialect::writable).toList();

    @FuzzTest(maxDuration = "60s")
    void anyNameAndBytesDetectOneDialectWhicheverWayItIsAsked(FuzzedDataProvider data) {
        String name = data.consumeString(60);
        byte[] bytes = data.consumeRemainingAsBytes();
        Persona p = Personas.parse(bytes, name.isEmpty() ? "x.md" : name, ReadOptions.defaults())
                .findPersona()
                .orElse(null);
        if (p == null) {
            return;
        }
        assertEquals(
                Dialect.detect(p.source().label(), p.metadata().keys()),
                p.dialect(),
                p.source().label());
        assertFalse(p.id().isEmpty());
    }

    @FuzzTest(maxDuration = "60s")
    void anyBytesAsACrewAiAgentsFileGiveAgentsOrFindingsAndNeverAnException(byte[] bytes) {
        var results = new org.persona4j.markdown.internal.CrewAiAgentsParser()
                .readAll(
                        new org.persona4j.spi.SourceInput("config/agents.yaml", null, "agents", bytes),
                        ReadOptions.defaults());
        assertFalse(results.isEmpty());
        for (var r : results) {
            r.findPersona().ifPresent(p -> {
                assertFalse(p.id().isBlank());
                assertEquals(Dialect.CREWAI_AGENT, p.dialect());
                p.sections().forEach(s -> assertTrue(s.line() >= 1));
                assertTrue(Personas.convert(p, Dialect.CLAUDE_SUBAGENT).check().stream()
                        .allMatch(d -> d.code().equals("convert.mismatch")));
            });
        }
    }

    @FuzzTest(maxDuration = "60s")
    void anyPersonaConvertsToEveryDialectWithALedgerOfEveryKeyAndSection(byte[] bytes) {
        Persona p = Personas.parse(bytes, "fuzz.md", ReadOptions.defaults())
                .findPersona()
                .orElse(null);
        if (p == null) {
            return;
        }
        for (Dialect d : WRITABLE) {
            Conversion c = Personas.convert(p, d);
            assertEquals(
                    p.metadata().keys(),
                    c.ledger().stream()
                            .filter(e -> e.origin() == LedgerEntry.Origin.KEY)
                            .map(LedgerEntry::name)
                            .toList());
            assertEquals(
                    p.sections().stream().map(Section::heading).toList(),
                    c.ledger().stream()
                            .filter(e -> e.origin() == LedgerEntry.Origin.SECTION)
                            .map(LedgerEntry::name)
                            .toList());
            String layout = d.spec().files().conventional();
            int name = layout.indexOf("{name}");
            assertTrue(
                    c.path().startsWith(name < 0 ? layout : layout.substring(0, name))
                            && !c.path().contains(".."),
                    c.path());
            c.readBack().findPersona().ifPresent(back -> assertEquals(d, back.dialect()));
            // Whatever does not read back the same is told, as a convert.mismatch naming the field, never otherwise.
            assertTrue(
                    c.check().stream()
                            .allMatch(x -> x.code().equals("convert.mismatch")
                                    && !x.message().isBlank()),
                    () -> c.check().toString());
        }
    }
}
