package org.persona4j.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.persona4j.validation.LintTesting.withCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.persona4j.Diagnostic;
import org.persona4j.Severity;

/** {@code .persona-lint.yml}, {@code extends}, per-glob {@code overrides}, and pruning a baseline. */
class LintConfigLayeringTest {

    private static final String PLACEHOLDER =
            "---\ntitle: T\ndescription: Awaiting summary.\n---\n## Role Summary\nx\n";
    private static final String TRAILING = "---\ntitle: T\ndescription: A persona.\n---\n## Role Summary\nx   \n";

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private static List<Diagnostic> lint(LintConfig config, Path file) throws IOException {
        return Linter.builder()
                .config(config)
                .serviceLoaderRules(false)
                .build()
                .lint(List.of(file))
                .files()
                .get(0)
                .diagnostics();
    }

    @Test
    void aYmlFileIsFoundAsAYamlOneIs(@TempDir Path dir) throws IOException {
        write(dir.resolve(".persona-lint.yml"), "rules:\n  metadata.placeholder: error\n");
        Path file = write(dir.resolve("a/p.md"), PLACEHOLDER);
        Path found = LintConfig.find(file).orElseThrow();
        assertEquals(dir.resolve(".persona-lint.yml").toAbsolutePath().normalize(), found);
        assertEquals(
                Severity.ERROR,
                withCode(lint(LintConfig.load(found), file), "metadata.placeholder")
                        .get(0)
                        .severity());
    }

    @Test
    void bothNamesInOneFolderAreRefusedRatherThanOnePickedByChance(@TempDir Path dir) throws IOException {
        write(dir.resolve(".persona-lint.yml"), "strict: true\n");
        write(dir.resolve(".persona-lint.yaml"), "strict: false\n");
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> LintConfig.find(dir.resolve("p.md")));
        assertTrue(e.getMessage().contains("keep one"), e.getMessage());
    }

    @Test
    void aFileExtendsAnotherAndItsOwnSettingsWin(@TempDir Path dir) throws IOException {
        write(
                dir.resolve("team/base.yaml"),
                "profile: permissive\nrules:\n  metadata.placeholder: error\n  text.html-comment: error\n");
        write(dir.resolve("repo/.persona-lint.yaml"), "extends: ../team/base.yaml\nrules:\n  text.html-comment: off\n");
        LintConfig config = LintConfig.load(dir.resolve("repo/.persona-lint.yaml"));
        assertEquals(Profile.PERMISSIVE, config.profile());
        assertEquals(Level.ERROR, config.levels().get("metadata.placeholder"));
        assertEquals(Level.OFF, config.levels().get("text.html-comment"));
        assertEquals(dir.resolve("repo").toAbsolutePath().normalize(), config.base());
    }

    @Test
    void extendingInACycleOrTooDeepIsAnErrorThatSaysSo(@TempDir Path dir) throws IOException {
        write(dir.resolve("a.yaml"), "extends: b.yaml\n");
        write(dir.resolve("b.yaml"), "extends: a.yaml\n");
        IllegalArgumentException cycle =
                assertThrows(IllegalArgumentException.class, () -> LintConfig.load(dir.resolve("a.yaml")));
        assertTrue(cycle.getMessage().contains("cycle"), cycle.getMessage());
        for (int i = 0; i < 12; i++) {
            write(dir.resolve("c" + i + ".yaml"), "extends: c" + (i + 1) + ".yaml\n");
        }
        write(dir.resolve("c12.yaml"), "strict: true\n");
        IllegalArgumentException deep =
                assertThrows(IllegalArgumentException.class, () -> LintConfig.load(dir.resolve("c0.yaml")));
        assertTrue(deep.getMessage().contains("deep"), deep.getMessage());
    }

    @Test
    void overridesAreCappedAcrossTheFilesAConfigurationExtends(@TempDir Path dir) throws IOException {
        // Two files of 200 overrides each: each under the cap of one file, together over the cap of a configuration.
        StringBuilder many = new StringBuilder("overrides:\n");
        for (int i = 0; i < 200; i++) {
            many.append("  - files: d").append(i).append("/**\n    rules:\n      metadata.placeholder: off\n");
        }
        write(dir.resolve("team.yaml"), many.toString());
        write(dir.resolve("alone.yaml"), many.toString());
        Path config = write(dir.resolve(".persona-lint.yaml"), "extends: team.yaml\n" + many);
        assertEquals(200, LintConfig.load(dir.resolve("alone.yaml")).overrides().size());
        IllegalArgumentException capped = assertThrows(IllegalArgumentException.class, () -> LintConfig.load(config));
        assertTrue(capped.getMessage().contains("more than 256 overrides in all"), capped.getMessage());
    }

    @Test
    void anUnknownRuleIsNamedWithWhereItIsAndTheNearestCode(@TempDir Path dir) throws IOException {
        Path config = write(
                dir.resolve(".persona-lint.yaml"),
                "overrides:\n  - files: legacy/**\n    rules:\n      metadata.placeholdr: off\n");
        IllegalArgumentException inOverride = assertThrows(
                IllegalArgumentException.class,
                () -> Linter.builder().config(LintConfig.load(config)).build());
        assertTrue(
                inOverride.getMessage().startsWith("the override for legacy/** names an unknown rule"),
                inOverride.getMessage());
        assertTrue(inOverride.getMessage().contains("did you mean 'metadata.placeholder'?"), inOverride.getMessage());
        write(config, "rules:\n  no.such-thing: off\n");
        IllegalArgumentException far = assertThrows(
                IllegalArgumentException.class,
                () -> Linter.builder().config(LintConfig.load(config)).build());
        assertTrue(far.getMessage().startsWith("the configuration's rules name an unknown rule 'no.such-thing'"));
        assertTrue(far.getMessage().length() < 400, "no list of every code: " + far.getMessage());
        IllegalArgumentException given = assertThrows(
                IllegalArgumentException.class,
                () -> Linter.builder().level("metadata.placeholdr", Level.OFF).build());
        assertTrue(
                given.getMessage().startsWith("a level given (such as persona lint --rule) names"), given.getMessage());
    }

    @Test
    void configurationThatIsNotYamlIsReportedAtItsLineAndColumnOnOneLine(@TempDir Path dir) throws IOException {
        Path config = write(dir.resolve(".persona-lint.yaml"), "strict: true\nrules: [1\n");
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> LintConfig.load(config));
        assertTrue(bad.getMessage().startsWith(config + ":3:1: not valid YAML: "), bad.getMessage());
        assertTrue(!bad.getMessage().contains("\n"), bad.getMessage());
    }

    @Test
    void anExtendedFileInAnotherFolderMayNotBringIgnorePatternsRelativeToItself(@TempDir Path dir) throws IOException {
        write(dir.resolve("team/base.yaml"), "ignore:\n  - drafts/**\n");
        write(dir.resolve("repo/.persona-lint.yaml"), "extends: ../team/base.yaml\n");
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> LintConfig.load(dir.resolve("repo/.persona-lint.yaml")));
        assertTrue(e.getMessage().contains("relative to its own folder"), e.getMessage());
    }

    @Test
    void aFoundConfigurationMayExtendOnlyFilesInItsOwnFolderOrBelow(@TempDir Path dir) throws IOException {
        write(dir.resolve("secret.ini"), "key = value\n");
        write(dir.resolve("repo/shared/team.yaml"), "rules:\n  metadata.placeholder: error\n");
        Path inside = write(dir.resolve("repo/.persona-lint.yaml"), "extends: shared/team.yaml\n");
        assertEquals(Level.ERROR, LintConfig.loadFound(inside).levels().get("metadata.placeholder"));
        for (String bad : List.of("../secret.ini", dir.resolve("secret.ini").toString())) {
            Path config = write(dir.resolve("repo/.persona-lint.yaml"), "extends: \"" + bad + "\"\n");
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> LintConfig.loadFound(config));
            assertTrue(e.getMessage().contains("only files in its own folder"), e.getMessage());
            assertTrue(!e.getMessage().contains("value"), "nothing of the file outside is read: " + e.getMessage());
        }
        Files.createSymbolicLink(dir.resolve("repo/link.yaml"), dir.resolve("secret.ini"));
        Path linked = write(dir.resolve("repo/.persona-lint.yaml"), "extends: link.yaml\n");
        assertThrows(IllegalArgumentException.class, () -> LintConfig.loadFound(linked), "no way out by a link");
        assertTrue(Files.exists(dir.resolve("secret.ini")));
        // Given with --config, the same file may extend what its author names.
        Path given = write(dir.resolve("repo/given.yaml"), "extends: ../outside.yaml\n");
        write(dir.resolve("outside.yaml"), "strict: true\n");
        assertTrue(LintConfig.load(given).strict());
    }

    @Test
    void aFileExtendedByManyRoutesIsReadOnceAndTheFilesReadAreCapped(@TempDir Path dir) throws IOException {
        for (int k = 1; k < 8; k++) {
            String next = "c" + (k + 1) + ".yaml";
            write(
                    dir.resolve("c" + k + ".yaml"),
                    "extends: [" + String.join(", ", java.util.Collections.nCopies(16, next)) + "]\n");
        }
        write(dir.resolve("c8.yaml"), "rules:\n  metadata.placeholder: error\n");
        // 16^7 routes to c8 if each were read again; read once each, the load is immediate.
        assertEquals(
                Level.ERROR, LintConfig.load(dir.resolve("c1.yaml")).levels().get("metadata.placeholder"));
        StringBuilder many = new StringBuilder("extends:\n");
        for (int k = 0; k < 40; k++) {
            write(dir.resolve("f" + k + ".yaml"), "strict: false\n");
            many.append("  - f").append(k).append(".yaml\n");
        }
        Path wide = write(dir.resolve("wide.yaml"), many.toString());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LintConfig.load(wide));
        assertTrue(e.getMessage().contains("more than 32"), e.getMessage());
    }

    @Test
    void aFileThatSaysStrictFalseWinsOverTheStrictFileItExtends(@TempDir Path dir) throws IOException {
        write(dir.resolve("strict.yaml"), "strict: true\n");
        Path loose = write(dir.resolve("loose.yaml"), "extends: strict.yaml\nstrict: false\n");
        Path silent = write(dir.resolve("silent.yaml"), "extends: strict.yaml\n");
        assertEquals(false, LintConfig.load(loose).strict());
        assertEquals(true, LintConfig.load(silent).strict(), "a file that says nothing keeps what it extends");
    }

    @Test
    void anOverrideChangesLevelsForTheFilesItsGlobsMatchOnly(@TempDir Path dir) throws IOException {
        Path config = write(
                dir.resolve(".persona-lint.yaml"),
                "overrides:\n  - files: [\"legacy/**\"]\n    rules:\n      metadata.placeholder: off\n");
        Path legacy = write(dir.resolve("legacy/old.md"), PLACEHOLDER);
        Path fresh = write(dir.resolve("new/p.md"), PLACEHOLDER);
        LintConfig c = LintConfig.load(config);
        assertEquals(List.of(), withCode(lint(c, legacy), "metadata.placeholder"));
        assertEquals(1, withCode(lint(c, fresh), "metadata.placeholder").size());
        assertEquals("off", ((Map<?, ?>) c.settingsFor(legacy).get("rules")).get("metadata.placeholder"));
    }

    @Test
    void anOverrideSwitchesAnOptInRuleOnForItsFilesAndNoOthers(@TempDir Path dir) throws IOException {
        Path config = write(
                dir.resolve(".persona-lint.yaml"),
                "overrides:\n  - files: strict/*.md\n    rules:\n      text.trailing-whitespace: warning\n");
        Path inside = write(dir.resolve("strict/p.md"), TRAILING);
        Path outside = write(dir.resolve("loose/p.md"), TRAILING);
        LintConfig c = LintConfig.load(config);
        assertEquals(1, withCode(lint(c, inside), "text.trailing-whitespace").size());
        assertEquals(List.of(), withCode(lint(c, outside), "text.trailing-whitespace"));
    }

    @Test
    void standardInputIsMatchedAgainstOverridesByTheNameItIsGiven(@TempDir Path dir) throws IOException {
        Path config = write(
                dir.resolve(".persona-lint.yaml"),
                "overrides:\n  - files: legacy/**\n    rules:\n      metadata.placeholder: off\n");
        Linter linter = Linter.builder()
                .config(LintConfig.load(config))
                .serviceLoaderRules(false)
                .build();
        String legacy = dir.resolve("legacy/old.md").toString();
        String fresh = dir.resolve("new/p.md").toString();
        assertEquals(
                List.of(),
                withCode(linter.lint(PLACEHOLDER, legacy).files().get(0).diagnostics(), "metadata.placeholder"));
        assertEquals(
                1,
                withCode(linter.lint(PLACEHOLDER, fresh).files().get(0).diagnostics(), "metadata.placeholder")
                        .size());
    }

    @Test
    void anOptInRulesFindingsOutsideItsOverrideAreNotCountedAsSuppressed(@TempDir Path dir) throws IOException {
        Path config = write(
                dir.resolve(".persona-lint.yaml"),
                "overrides:\n  - files: strict/*.md\n    rules:\n      text.trailing-whitespace: warning\n");
        Path outside = write(dir.resolve("loose/p.md"), TRAILING);
        LintReport report = Linter.builder()
                .config(LintConfig.load(config))
                .serviceLoaderRules(false)
                .build()
                .lint(List.of(outside));
        assertEquals(0, report.suppressedByConfiguration(), "the rule was never on for this file");
    }

    @Test
    void levelsForAFileAreTheOnesTheLintAppliesWithOverridesAndGivenLevels(@TempDir Path dir) throws IOException {
        Path config = write(
                dir.resolve(".persona-lint.yaml"),
                "rules:\n  metadata.placeholder: info\noverrides:\n  - files: legacy/**\n    rules:\n"
                        + "      text.bidi-control: off\n      layout.missing-section: off\n");
        Path legacy = dir.resolve("legacy/old.md");
        Linter found = Linter.builder()
                .foundConfig(LintConfig.load(config), config)
                .level("metadata.placeholder", Level.ERROR)
                .build();
        Map<String, Level> levels = found.levelsFor(legacy);
        assertEquals(Level.ERROR, levels.get("metadata.placeholder"), "a given level wins over the configuration's");
        assertEquals(Level.OFF, levels.get("layout.missing-section"), "the override matches the file");
        assertTrue(!levels.containsKey("text.bidi-control"), "a found configuration has no say over a security check");
        assertTrue(!found.levelsFor(dir.resolve("new.md")).containsKey("layout.missing-section"));
        Linter given = Linter.builder().config(LintConfig.load(config)).build();
        assertEquals(Level.OFF, given.levelsFor(legacy).get("text.bidi-control"), "a given configuration has");
    }

    @Test
    void anOverrideInAFoundConfigurationCannotSwitchOffASecurityCheck(@TempDir Path dir) throws IOException {
        Path config = write(
                dir.resolve(".persona-lint.yaml"),
                "overrides:\n  - files: \"**\"\n    rules:\n      text.bidi-control: off\n");
        Path file =
                write(dir.resolve("p.md"), "---\ntitle: T\ndescription: A persona.\n---\n## Role Summary\nx\u202Ey\n");
        List<Diagnostic> found = Linter.builder()
                .foundConfig(LintConfig.load(config), config)
                .serviceLoaderRules(false)
                .build()
                .lint(List.of(file))
                .files()
                .get(0)
                .diagnostics();
        assertEquals(Severity.ERROR, withCode(found, "text.bidi-control").get(0).severity());
    }

    @Test
    void overridesAndTheirGlobsAreBounded(@TempDir Path dir) throws IOException {
        StringBuilder many = new StringBuilder("overrides:\n");
        for (int k = 0; k < 300; k++) {
            many.append("  - files: a").append(k).append("/**\n    rules:\n      metadata.placeholder: off\n");
        }
        Path tooMany = write(dir.resolve("many.yaml"), many.toString());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LintConfig.load(tooMany));
        assertTrue(e.getMessage().contains("more than 256"), e.getMessage());
        StringBuilder globs = new StringBuilder("overrides:\n  - files:\n");
        for (int k = 0; k < 65; k++) {
            globs.append("      - g").append(k).append("/**\n");
        }
        globs.append("    rules:\n      metadata.placeholder: off\n");
        Path tooWide = write(dir.resolve("wide.yaml"), globs.toString());
        e = assertThrows(IllegalArgumentException.class, () -> LintConfig.load(tooWide));
        assertTrue(e.getMessage().contains("at most 64 globs"), e.getMessage());
        String longGlob = "a".repeat(5000) + "/**";
        Path tooLong = write(
                dir.resolve("long.yaml"),
                "overrides:\n  - files: " + longGlob + "\n    rules:\n      metadata.placeholder: off\n");
        e = assertThrows(IllegalArgumentException.class, () -> LintConfig.load(tooLong));
        assertTrue(
                e.getMessage().startsWith(tooLong + ": glob 'aaaa"), "names the file and the glob: " + e.getMessage());
        Path tooManyWays = write(
                dir.resolve("braces.yaml"),
                "overrides:\n  - files: \"{a,b}{c,d}{e,f}{g,h}{i,j}{k,l}{m,n}/**\"\n    rules:\n"
                        + "      metadata.placeholder: off\n");
        e = assertThrows(IllegalArgumentException.class, () -> LintConfig.load(tooManyWays));
        assertTrue(e.getMessage().contains("would match no file"), "an override that does nothing: " + e.getMessage());
    }

    @Test
    void anOverrideNamingAnUnknownRuleOrWithoutFilesIsRefused(@TempDir Path dir) throws IOException {
        Path unknown = write(
                dir.resolve("u.yaml"), "overrides:\n  - files: \"**\"\n    rules:\n      metadata.placeholdr: off\n");
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> Linter.builder()
                        .config(LintConfig.load(unknown))
                        .serviceLoaderRules(false)
                        .build());
        assertTrue(e.getMessage().contains("metadata.placeholder"), "suggests the rule meant: " + e.getMessage());
        Path noFiles = write(dir.resolve("n.yaml"), "overrides:\n  - rules:\n      metadata.placeholder: off\n");
        assertThrows(IllegalArgumentException.class, () -> LintConfig.load(noFiles));
    }

    @Test
    void pruningABaselineDropsWhatIsFixedAndNeverAddsWhatIsNew(@TempDir Path dir) throws IOException {
        Path a = write(dir.resolve("a.md"), PLACEHOLDER);
        Path b = write(dir.resolve("b.md"), PLACEHOLDER);
        Linter linter = Linter.builder().serviceLoaderRules(false).build();
        Baseline recorded = Baseline.of(linter.lint(List.of(a, b)), dir);
        Files.writeString(b, "---\ntitle: T\ndescription: A persona of its own.\n---\n## Role Summary\nx\n");
        Path c = write(dir.resolve("c.md"), PLACEHOLDER);
        LintReport now = linter.lint(List.of(a, b, c));
        Baseline pruned = recorded.prune(now, dir, List.of(a, b, c));
        assertTrue(pruned.size() < recorded.size(), pruned + " " + recorded);
        assertEquals(
                Baseline.of(linter.lint(List.of(a, b)), dir),
                pruned,
                "what a and the mended b still have stays; b's fixed placeholder goes and c's are not added");
        Baseline partial = recorded.prune(linter.lint(List.of(a)), dir, List.of(a));
        assertEquals(recorded, partial, "a run over a alone keeps what is recorded of b");
        Files.delete(b);
        Baseline deleted = recorded.prune(linter.lint(List.of(a)), dir, List.of(a));
        assertEquals(Baseline.of(linter.lint(List.of(a)), dir), deleted, "a file that is gone takes its entries along");
    }
}
