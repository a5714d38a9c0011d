package org.persona4j.validation;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.persona4j.Diagnostic;
import org.persona4j.Severity;

/**
 * The outcome of a lint run: one report per file, in path order, every rule that could have reported, which
 * configuration was used, and how many findings were suppressed and by what.
 *
 * @param files                     the reports, one per file read, including files without findings
 * @param rules                     every code of the run, built-in and added
 * @param configuration             the configuration used: {@code none}, a file or {@code given}, and
 *                                  {@code levels given} when levels were set on the linter ({@code --rule})
 * @param suppressedByDirectives    findings the files' own {@code persona-lint-disable} directives suppressed
 * @param suppressedByConfiguration findings the configuration switched off
 */
public record LintReport(
        List<FileReport> files,
        List<RuleInfo> rules,
        String configuration,
        int suppressedByDirectives,
        int suppressedByConfiguration) {

    /**
     * Checks the components and keeps unmodifiable copies of its lists.
     *
     * @param files                     the reports, one per file read, including files without findings
     * @param rules                     every code of the run, built-in and added
     * @param configuration             the configuration used: {@code none}, a file or {@code given}, and
     *                                  {@code levels given} when levels were set on the linter ({@code --rule})
     * @param suppressedByDirectives    findings the files' own {@code persona-lint-disable} directives suppressed
     * @param suppressedByConfiguration findings the configuration switched off
     */
    public LintReport {
        files = List.copyOf(files);
        rules = List.copyOf(rules);
        java.util.Objects.requireNonNull(configuration, "configuration");
    }

    /**
     * A report with no configuration and nothing suppressed.
     *
     * @param files the reports, one per file read, including files without findings
     * @param rules every code of the run, built-in and added
     */
    public LintReport(List<FileReport> files, List<RuleInfo> rules) {
        this(files, rules, "none", 0, 0);
    }

    /** {@return {@code true} when any finding is an error; the {@code persona lint} command then exits with 1} */
    public boolean hasErrors() {
        return files.stream().anyMatch(FileReport::hasErrors);
    }

    /** {@return how many files were read as personas and checked (the others were only reported)} */
    public long lintedCount() {
        return files.stream().filter(FileReport::linted).count();
    }

    /**
     * {@return how many findings have this severity}
     *
     * @param severity the severity to count
     */
    public long count(Severity severity) {
        return files.stream()
                .flatMap(f -> f.diagnostics().stream())
                .filter(d -> d.severity() == severity)
                .count();
    }

    /** {@return the number of findings per code, sorted by code} */
    public SortedMap<String, Integer> countsByCode() {
        SortedMap<String, Integer> counts = new TreeMap<>();
        for (FileReport f : files) {
            for (Diagnostic d : f.diagnostics()) {
                counts.merge(d.code(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** {@return the rule information by code} */
    public Map<String, RuleInfo> rulesByCode() {
        Map<String, RuleInfo> byCode = new TreeMap<>();
        rules.forEach(r -> byCode.put(r.code(), r));
        return byCode;
    }

    /**
     * The same run with other file reports: its rules, configuration and suppression counts kept. Baselines and
     * filters such as "errors only" make their reports with it.
     *
     * @param newFiles the file reports
     * @return the report
     */
    public LintReport withFiles(List<FileReport> newFiles) {
        return new LintReport(newFiles, rules, configuration, suppressedByDirectives, suppressedByConfiguration);
    }
}
