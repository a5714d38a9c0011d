package org.persona4j.validation.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.persona4j.Diagnostic;
import org.persona4j.Severity;
import org.persona4j.validation.FileReport;
import org.persona4j.validation.Level;
import org.persona4j.validation.LintConfig;
import org.persona4j.validation.LintReport;
import org.persona4j.validation.RuleInfo;

/**
 * The end of a lint: the checks across files, then each finding at its configured level, the files' directives
 * applied, and the report. A configuration found in the tree cannot lower, switch off or suppress
 * {@link ConfigTrust#PROTECTED}; neither can a file's own directives. Immutable.
 */
public final class LintReporting {

    private final LintConfig config;
    private final Map<String, Level> given;
    private final Set<String> optIn = new HashSet<>();
    private final boolean strict;
    private final boolean reportUnusedDirectives;
    private final List<RuleInfo> rules;
    private final String configuration;

    /**
     * The reporting settings.
     *
     * @param config                 the configuration's levels, and its overrides for some files
     * @param given                  levels given over the configuration's (as {@code --rule} gives them), for every file
     * @param strict                 whether every warning is an error
     * @param reportUnusedDirectives whether a directive that turned nothing off is reported
     * @param rules                  every code the linter can report
     * @param configuration          what the report says of the configuration
     */
    public LintReporting(
            LintConfig config,
            Map<String, Level> given,
            boolean strict,
            boolean reportUnusedDirectives,
            List<RuleInfo> rules,
            String configuration) {
        this.config = config;
        this.given = Map.copyOf(given);
        this.strict = strict;
        this.reportUnusedDirectives = reportUnusedDirectives;
        this.rules = rules;
        this.configuration = configuration;
        rules.stream().filter(r -> !r.onByDefault()).forEach(r -> optIn.add(r.code()));
    }

    /**
     * What the report says of the configuration in effect.
     *
     * @param configGiven whether a configuration was given or found
     * @param foundConfig its file, when it was found in the tree rather than given
     * @param base        the folder its patterns are relative to, when given
     * @param levelsGiven whether levels were set over it
     * @return the description
     */
    public static String describe(boolean configGiven, Path foundConfig, Path base, boolean levelsGiven) {
        String file = !configGiven
                ? null
                : foundConfig != null
                        ? foundConfig + " (found, not given: it cannot lower or switch off the security checks)"
                        : base != null ? "given (" + base + ")" : "given";
        return file == null
                ? (levelsGiven ? "levels given" : "none")
                : file + (levelsGiven ? ", with levels given" : "");
    }

    /**
     * The report of a run.
     *
     * @param outcome what the run checked
     * @return the report, files in the run's order and findings by line, column and code
     */
    public LintReport report(LintRun.Outcome outcome) {
        List<Checked> results = outcome.results();
        List<List<Diagnostic>> all = new ArrayList<>();
        List<SetChecks.Entry> entries = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            all.add(new ArrayList<>(results.get(i).diagnostics()));
            if (results.get(i).entry() != null) {
                entries.add(results.get(i).entry());
                owners.add(i);
            }
        }
        SetChecks.check(entries, (index, d) -> all.get(owners.get(index)).add(d));
        List<FileReport> reports = new ArrayList<>();
        int[] dropped = new int[2]; // by directives, by configuration
        Set<String> known = new HashSet<>();
        rules.forEach(r -> known.add(r.code()));
        for (int i = 0; i < results.size(); i++) {
            Checked r = results.get(i);
            Set<Diagnostic> fixable = new HashSet<>();
            List<Diagnostic> kept = kept(r, all.get(i), known, outcome.trusted(), dropped, fixable);
            Map<Integer, String> lines = new HashMap<>();
            for (Diagnostic d : kept) {
                String text = r.lines().get(d.line());
                if (text != null) {
                    lines.put(d.line(), text);
                }
            }
            if (!r.quietWhenClean() || !kept.isEmpty()) {
                reports.add(new FileReport(r.label(), r.path(), kept, lines, r.linted(), fixable));
            }
        }
        return new LintReport(
                reports, rules, configuration, dropped[0], dropped[1], 0, new TreeMap<>(outcome.ignored()));
    }

    /**
     * One file's findings as configured, without those its directives turn off, sorted; counts what was dropped and
     * adds the kept findings a fix applies to to {@code fixable}.
     */
    private List<Diagnostic> kept(
            Checked r,
            List<Diagnostic> found,
            Set<String> known,
            boolean trusted,
            int[] dropped,
            Set<Diagnostic> fixable) {
        Suppressions suppressions = r.suppressions();
        Map<String, Level> levels = levelsFor(r);
        List<Diagnostic> kept = new ArrayList<>();
        for (Diagnostic d : found) {
            Diagnostic configured = configure(d, trusted, levels);
            if (configured == null && levels.get(d.code()) == null) {
                continue; // an opt-in rule that runs for other files only: nothing was switched off here
            } else if (configured == null) {
                dropped[1]++;
            } else if (!ConfigTrust.PROTECTED.contains(d.code()) && suppressions.suppresses(configured)) {
                dropped[0]++; // a file cannot switch off the security findings about itself
            } else {
                kept.add(configured);
                if (r.fixable().contains(d)) {
                    fixable.add(configured);
                }
            }
        }
        for (Diagnostic problem : suppressions.problems(r.label(), known, reportUnusedDirectives)) {
            Diagnostic configured = configure(problem, trusted, levels);
            if (configured == null) {
                dropped[1]++;
            } else {
                kept.add(configured);
            }
        }
        kept.sort(Comparator.comparingInt(Diagnostic::line)
                .thenComparingInt(Diagnostic::column)
                .thenComparing(Diagnostic::code));
        return kept;
    }

    /**
     * The levels that apply to one file as a lint applies them: the configuration's, its overrides that match the
     * file, then those given; a configuration that is not trusted has no say over {@link ConfigTrust#PROTECTED}.
     *
     * @param file    the file, as the lint would name it
     * @param trusted whether the configuration was given rather than found in the tree
     * @return the level of each code that has one, by code
     */
    public Map<String, Level> levelsFor(Path file, boolean trusted) {
        Map<String, Level> levels = new TreeMap<>(levelsFor(file));
        if (!trusted) {
            levels.keySet().removeAll(ConfigTrust.PROTECTED);
        }
        return java.util.Collections.unmodifiableMap(levels);
    }

    /** The levels for one file: the configuration's, its overrides that match the file, then those given. */
    private Map<String, Level> levelsFor(Checked r) {
        return levelsFor(r.path() != null ? r.path() : asPath(r.label()));
    }

    private Map<String, Level> levelsFor(Path file) {
        Map<String, Level> forFile = config.levelsFor(file);
        if (given.isEmpty()) {
            return forFile;
        }
        Map<String, Level> merged = new java.util.HashMap<>(forFile);
        merged.putAll(given);
        return merged;
    }

    /** Text without a file (standard input) is matched against overrides by its label, as its file would be. */
    static Path asPath(String label) {
        try {
            return Path.of(label);
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    /**
     * The diagnostic at its configured level, or {@code null} when its code is off for the file (an opt-in rule is
     * off where no level switches it on). A configuration that is not trusted leaves the security findings as they
     * are.
     */
    private Diagnostic configure(Diagnostic d, boolean trusted, Map<String, Level> levels) {
        if (!trusted && ConfigTrust.PROTECTED.contains(d.code())) {
            return strict ? d.asError() : d;
        }
        Level level = levels.get(d.code());
        if (level == Level.OFF || (level == null && optIn.contains(d.code()))) {
            return null;
        }
        Severity severity = level != null ? level.severity() : d.severity();
        if (strict && severity == Severity.WARNING) {
            severity = Severity.ERROR;
        }
        return severity == d.severity() ? d : new Diagnostic(severity, d.code(), d.message(), d.source(), d.span());
    }
}
