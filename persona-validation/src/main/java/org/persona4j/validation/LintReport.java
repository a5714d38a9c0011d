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
        int suppressedByConfiguration,
        int suppressedByBaseline,
        SortedMap<String, Integer> ignoredFiles) {

    /**
     * Checks the components and keeps unmodifiable copies of its lists.
     *
     * @param files                     the reports, one per file read, including files without findings
     * @param rules                     every code of the run, built-in and added
     * @param configuration             the configuration used: {@code none}, a file or {@code given}, and
     *                                  {@code levels given} when levels were set on the linter ({@code --rule})
     * @param suppressedByDirectives    findings the files' own {@code persona-lint-disable} directives suppressed
     * @param suppressedByConfiguration findings the configuration switched off
     * @param suppressedByBaseline      findings a baseline accepted
     * @param ignoredFiles              persona files that patterns inside the linted tree left out, by what left them
     *                                  out ({@code .gitignore}, {@code configuration}); they were still checked for
     *                                  what nothing in the tree may switch off ({@link Linter#SECURITY_CODES})
     */
    public LintReport {
        files = List.copyOf(files);
        rules = List.copyOf(rules);
        java.util.Objects.requireNonNull(configuration, "configuration");
        ignoredFiles = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(ignoredFiles));
    }

    /**
     * A report with nothing accepted by a baseline and no file left out.
     *
     * @param files                     the reports, one per file read, including files without findings
     * @param rules                     every code of the run, built-in and added
     * @param configuration             the configuration used
     * @param suppressedByDirectives    findings the files' own directives suppressed
     * @param suppressedByConfiguration findings the configuration switched off
     */
    public LintReport(
            List<FileReport> files,
            List<RuleInfo> rules,
            String configuration,
            int suppressedByDirectives,
            int suppressedByConfiguration) {
        this(files, rules, configuration, suppressedByDirectives, suppressedByConfiguration, 0, new TreeMap<>());
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

    /** {@return every finding the run suppressed, whatever suppressed it} */
    public int suppressed() {
        return suppressedByDirectives + suppressedByConfiguration + suppressedByBaseline;
    }

    /** {@return how many persona files patterns inside the linted tree left out} */
    public int ignoredCount() {
        return ignoredFiles.values().stream().mapToInt(Integer::intValue).sum();
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
        return withBaseline(newFiles, 0);
    }

    /**
     * The same run after a baseline accepted some of its findings.
     *
     * @param newFiles the file reports without the accepted findings
     * @param accepted how many findings the baseline accepted
     * @return the report
     */
    public LintReport withBaseline(List<FileReport> newFiles, int accepted) {
        return new LintReport(
                newFiles,
                rules,
                configuration,
                suppressedByDirectives,
                suppressedByConfiguration,
                suppressedByBaseline + accepted,
                ignoredFiles);
    }
}
