package org.persona4j.markdown.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.persona4j.catalog.Layer;
import org.persona4j.catalog.LayerReport;
import org.persona4j.catalog.LayeredSection;
import org.persona4j.catalog.PersonaCatalog;

/** The layer report of a three-level chain: base ← backend (overrides, appends) ← payments (overrides, adds). */
class LayerReportTest {

    @Test
    void everySectionOfAThreeLevelChainIsMarkedWithItsFileAndLine() throws IOException {
        PersonaCatalog catalog = PersonaCatalog.builder()
                .directory(Path.of("src", "test", "resources", "layers"))
                .build();
        LayerReport report = catalog.layers(catalog.find("payments").orElseThrow());
        assertEquals(List.of(), report.diagnostics());
        assertEquals(
                List.of("payments", "backend", "base"),
                report.chain().stream().map(p -> p.id()).toList());
        List<String> rows = report.sections().stream().map(LayerReportTest::row).toList();
        assertEquals(
                List.of(
                        "OVERRIDDEN Role Summary payments.md:5 over base.md:4",
                        "INHERITED Constraints backend.md:6 over base.md:7",
                        "INHERITED Directives base.md:10",
                        "INHERITED Directives backend.md:9",
                        "INHERITED Working Notes backend.md:12 over base.md:13",
                        "ADDED Examples payments.md:8",
                        "MASKED Role Summary base.md:4 over payments.md:5",
                        "MASKED Constraints base.md:7 over backend.md:6",
                        "MASKED Working Notes base.md:13 over backend.md:12"),
                rows);
        assertEquals(
                report.resolved().sections().size(),
                report.sections().size() - report.in(Layer.MASKED).size());
        LayerReport backend = catalog.layers(catalog.find("backend").orElseThrow());
        assertEquals(
                Layer.APPENDED,
                backend.sections().stream()
                        .filter(s -> s.section().heading().equals("Directives")
                                && s.section().source().endsWith("backend.md"))
                        .findFirst()
                        .orElseThrow()
                        .layer(),
                "backend's own directives come after the base's");
        assertTrue(
                catalog.layers(catalog.find("base").orElseThrow()).sections().stream()
                        .allMatch(s -> s.layer() == Layer.ADDED),
                "a persona that extends nothing only adds");
    }

    private static String row(LayeredSection s) {
        String file = Path.of(s.section().source()).getFileName().toString();
        String other = s.replaced()
                .map(o -> " over " + Path.of(o.source()).getFileName() + ":" + o.line())
                .orElse("");
        return s.layer() + " " + s.section().heading() + " " + file + ":"
                + s.section().line() + other;
    }
}
