package org.persona4j.markdown.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.persona4j.Persona;
import org.persona4j.Personas;
import org.persona4j.catalog.Layer;
import org.persona4j.catalog.PersonaCatalog;
import org.persona4j.diff.ChangeType;
import org.persona4j.diff.PersonaDiff;
import org.persona4j.render.TokenCounter;

/**
 * Diffs and layer reports of personas built to make pairing quadratic: thousands of sections of one kind under other
 * headings, capability groups that all change name and content, thousands of equal items, and an extends chain of
 * thousands of free sections. Each pairing is by key or bounded, so these finish like any other file.
 */
@Tag("adversarial")
@Timeout(value = 120, unit = TimeUnit.SECONDS) // a hang fails the test rather than the build
class HostileDiffTest {

    private static final int N = 20_000;
    private static final String HEAD = "---\ntitle: H\nversion: 1\n---\n";

    private static Persona parse(StringBuilder text) {
        return Personas.parse(text.toString(), "h.md").expectPersona();
    }

    @Test
    void thousandsOfSectionsOfOneKindUnderNewHeadingsPairInOrder() {
        StringBuilder a = new StringBuilder(HEAD);
        StringBuilder b = new StringBuilder(HEAD);
        for (int i = 0; i < N; i++) {
            a.append("## Constraints\n\n- rule ").append(i).append("\n\n");
            b.append("## Guardrails\n\n- rule ").append(i).append("\n\n");
        }
        PersonaDiff d = PersonaDiff.between(parse(a), parse(b), TokenCounter.estimate());
        assertEquals(N, d.changes(ChangeType.SECTION_RENAMED).size());
        assertTrue(d.changes(ChangeType.ITEM_REMOVED).isEmpty());
    }

    @Test
    void capabilityGroupsThatAllChangeAreRemovedAndAddedWithoutComparingEveryPair() {
        StringBuilder a = new StringBuilder(HEAD + "## Tools & Capabilities\n");
        StringBuilder b = new StringBuilder(HEAD + "## Tools & Capabilities\n");
        for (int i = 0; i < N; i++) {
            String gap = i % 1000 == 999 ? "\n" : ""; // blank lines now and then, as a real file has
            a.append("- **Group " + i + "**: x" + i + ", y" + i + "\n" + gap);
            b.append("- **Other " + i + "**: p" + i + ", q" + i + "\n" + gap);
        }
        Persona before = parse(a);
        Persona after = parse(b);
        assertEquals(N, before.capabilities().size(), "the groups were read");
        PersonaDiff d = PersonaDiff.between(before, after, TokenCounter.estimate());
        assertEquals(N, d.changes(ChangeType.GROUP_REMOVED).size());
        assertEquals(N, d.changes(ChangeType.GROUP_ADDED).size());
        assertTrue(d.changes(ChangeType.GROUP_RENAMED).isEmpty());
    }

    @Test
    void thousandsOfEqualItemsPairOffByCount() {
        StringBuilder a = new StringBuilder(HEAD + "## Constraints\n");
        StringBuilder b = new StringBuilder(HEAD + "## Constraints\n");
        for (int i = 0; i < N; i++) {
            a.append("- the same rule\n");
            b.append("- the same rule\n");
        }
        b.append("- the same rule\n");
        PersonaDiff d = PersonaDiff.between(parse(a), parse(b), TokenCounter.estimate());
        assertEquals(1, d.changes(ChangeType.ITEM_ADDED).size(), "one more of the same");
        assertEquals(N + 6, d.changes(ChangeType.ITEM_ADDED).get(0).newLine());
    }

    @Test
    void anExtendsChainOfThousandsOfFreeSectionsResolvesAndLayersLinearly(@TempDir Path dir) throws IOException {
        StringBuilder base = new StringBuilder("---\ntitle: Base\n---\n");
        StringBuilder child = new StringBuilder("---\ntitle: Child\nextends: base\n---\n");
        for (int i = 0; i < N; i++) {
            base.append("## Note ").append(i).append("\n\nx\n\n");
            child.append("## Note ").append(i % 2 == 0 ? i : N + i).append("\n\ny\n\n");
        }
        Files.writeString(dir.resolve("base.md"), base);
        Files.writeString(dir.resolve("child.md"), child);
        PersonaCatalog catalog = PersonaCatalog.builder().directory(dir).build();
        var report = catalog.layers(catalog.find("child").orElseThrow());
        assertEquals(N / 2, report.in(Layer.OVERRIDDEN).size());
        assertEquals(N / 2, report.in(Layer.MASKED).size());
        assertEquals(N / 2, report.in(Layer.ADDED).size());
    }
}
