package org.persona4j.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.persona4j.Diagnostic;
import org.persona4j.Severity;
import org.persona4j.SourceSpan;

/** Users add rules on the builder or through ServiceLoader, and they run with the built-in ones. */
class CustomRuleTest {

    /** A team rule: every persona names an owner. Registered in META-INF/services for the ServiceLoader test. */
    public static final class OwnerRule implements LintRule {
        @Override
        public String code() {
            return "team.owner";
        }

        @Override
        public Severity defaultSeverity() {
            return Severity.ERROR;
        }

        @Override
        public String description() {
            return "every persona names an owner";
        }

        @Override
        public void check(LintTarget target, Findings findings) {
            if (!target.persona().metadata().extra().containsKey("owner")) {
                findings.report(SourceSpan.FILE, "no 'owner'; add 'owner: team-name' to the front matter");
            }
        }
    }

    @Test
    void aRuleAddedOnTheBuilderRunsAndIsListed() {
        Linter linter = Linter.builder()
                .serviceLoaderRules(false)
                .addRule(new LintRule() {
                    @Override
                    public String code() {
                        return "team.short-title";
                    }

                    @Override
                    public Severity defaultSeverity() {
                        return Severity.WARNING;
                    }

                    @Override
                    public String description() {
                        return "titles are short";
                    }

                    @Override
                    public void check(LintTarget target, Findings findings) {
                        if (target.persona().title().length() > 10) {
                            findings.report(
                                    target.persona().metadata().span("title").orElse(SourceSpan.FILE),
                                    "title is longer than 10 characters");
                        }
                    }
                })
                .build();
        List<Diagnostic> found = LintTesting.lint(linter, "---\ntitle: A Very Long Title\n---\n");
        assertEquals(2, LintTesting.withCode(found, "team.short-title").get(0).line());
        assertTrue(linter.rules().stream().anyMatch(r -> r.code().equals("team.short-title")));
    }

    @Test
    void aRuleListedForServiceLoaderRunsByDefault() {
        Linter linter = Linter.builder().build();
        List<Diagnostic> found = LintTesting.lint(linter, "---\ntitle: T\n---\n");
        assertEquals(
                Severity.ERROR, LintTesting.withCode(found, "team.owner").get(0).severity());
        assertEquals(
                List.of(),
                LintTesting.withCode(LintTesting.lint(linter, "---\ntitle: T\nowner: core\n---\n"), "team.owner"));
    }

    @Test
    void aRuleThatThrowsIsReportedAndTheOthersStillRun() {
        Linter linter = Linter.builder()
                .serviceLoaderRules(false)
                .addRule(new LintRule() {
                    @Override
                    public String code() {
                        return "team.broken";
                    }

                    @Override
                    public Severity defaultSeverity() {
                        return Severity.WARNING;
                    }

                    @Override
                    public String description() {
                        return "always fails";
                    }

                    @Override
                    public void check(LintTarget target, Findings findings) {
                        throw new IllegalStateException("bug in rule");
                    }
                })
                .build();
        List<Diagnostic> found = LintTesting.lint(linter, "---\ntitle: T\n---\n");
        assertTrue(
                LintTesting.withCode(found, Linter.RULE_FAILED).get(0).message().contains("team.broken"));
        assertTrue(!LintTesting.withCode(found, "layout.missing-section").isEmpty());
    }

    @Test
    void anOptInRuleAnOverrideSwitchesOnRunsOnlyForTheFilesItMatches(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
        java.util.Set<String> ranOn = java.util.concurrent.ConcurrentHashMap.newKeySet();
        LintRule optIn = new LintRule() {
            @Override
            public String code() {
                return "team.audit";
            }

            @Override
            public Severity defaultSeverity() {
                return Severity.WARNING;
            }

            @Override
            public String description() {
                return "an opt-in audit";
            }

            @Override
            public boolean onByDefault() {
                return false;
            }

            @Override
            public void check(LintTarget target, Findings findings) {
                ranOn.add(target.path().map(p -> p.getFileName().toString()).orElse("?"));
                findings.report(SourceSpan.FILE, "audited");
            }
        };
        String persona = "---\ntitle: T\ndescription: A persona.\n---\n# T\n";
        java.nio.file.Files.createDirectories(dir.resolve("legacy"));
        java.nio.file.Files.writeString(dir.resolve("legacy/old.md"), persona);
        java.nio.file.Files.writeString(dir.resolve("new.md"), persona);
        LintConfig config = new LintConfig(
                null,
                java.util.Map.of(),
                List.of(),
                false,
                dir,
                null,
                null,
                List.of(new LintConfig.FileOverride(
                        List.of("legacy/**"), java.util.Map.of("team.audit", Level.WARNING))));
        LintReport report = Linter.builder()
                .serviceLoaderRules(false)
                .addRule(optIn)
                .config(config)
                .build()
                .lint(List.of(dir));
        assertEquals(java.util.Set.of("old.md"), ranOn, "the rule ran only where the override switches it on");
        assertEquals(
                1,
                report.files().stream()
                        .flatMap(f -> f.diagnostics().stream())
                        .filter(d -> d.code().equals("team.audit"))
                        .count());
    }
}
