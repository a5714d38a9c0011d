package org.persona4j.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.persona4j.diff.ChangeType;
import org.persona4j.validation.internal.RuleDocs;

/**
 * {@code docs/rules/<code>.md}, where SARIF's {@code helpUri} points, is made from the registry: each page must equal
 * what the registry gives today. {@code -Dpersona.rules.update=true} writes them.
 */
class RuleDocsTest {

    private static final Path DOCS = Path.of("..", "docs", "rules");

    static List<RuleInfo> everyCode() {
        List<RuleInfo> all = new ArrayList<>(
                Linter.builder().serviceLoaderRules(false).build().rules());
        for (ChangeType t : ChangeType.values()) {
            all.add(new RuleInfo(
                    t.code().code(),
                    t.code().severity(),
                    t.code().description(),
                    t.code().help()));
        }
        return all;
    }

    @Test
    void everyRulePageIsWhatTheRegistryGives() throws IOException {
        TreeMap<String, String> expected = new TreeMap<>();
        for (RuleInfo r : everyCode()) {
            expected.put(r.code() + ".md", RuleDocs.markdown(r));
        }
        StringBuilder index = new StringBuilder("# Rules\n\nEvery code `persona lint` and `persona diff` report, "
                + "made from the code registry (`RuleDocsTest` checks that these pages are current).\n\n"
                + "| code | level | what it checks |\n|---|---|---|\n");
        for (RuleInfo r : everyCode().stream()
                .sorted(java.util.Comparator.comparing(RuleInfo::code))
                .toList()) {
            index.append("| [`")
                    .append(r.code())
                    .append("`](")
                    .append(r.code())
                    .append(".md) | ")
                    .append(r.onByDefault() ? "" : "off (opt-in: ")
                    .append(r.defaultSeverity().name().toLowerCase(java.util.Locale.ROOT))
                    .append(r.onByDefault() ? "" : ")")
                    .append(" | ")
                    .append(r.description().replace("|", "\\\\|"))
                    .append(" |\n");
        }
        expected.put("README.md", index.toString());
        if (Boolean.getBoolean("persona.rules.update")) {
            Files.createDirectories(DOCS);
            try (var old = Files.list(DOCS)) {
                for (Path f : old.toList()) {
                    if (!expected.containsKey(f.getFileName().toString())) {
                        Files.delete(f); // the page of a rule that is gone
                    }
                }
            }
            for (var e : expected.entrySet()) {
                Files.writeString(DOCS.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
            }
        }
        TreeMap<String, String> actual = new TreeMap<>();
        try (var files = Files.list(DOCS)) {
            for (Path f : files.toList()) {
                actual.put(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        assertEquals(expected.keySet(), actual.keySet(), "run with -Dpersona.rules.update=true to write the pages");
        assertEquals(expected, actual, "run with -Dpersona.rules.update=true to write the pages");
    }
}
