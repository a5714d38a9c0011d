package org.persona4j.validation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import org.persona4j.Diagnostic;
import org.persona4j.DiagnosticCodes;
import org.persona4j.Persona;
import org.persona4j.PersonaFile;
import org.persona4j.PersonaFiles;
import org.persona4j.PersonaReader;
import org.persona4j.ReadOptions;
import org.persona4j.ReadResult;
import org.persona4j.Severity;
import org.persona4j.SourceSpan;
import org.persona4j.internal.SourceHashing;
import org.persona4j.spi.PersonaParser;
import org.persona4j.validation.internal.ConfigTrust;
import org.persona4j.validation.internal.DocumentRules;
import org.persona4j.validation.internal.EachIndex;
import org.persona4j.validation.internal.HiddenCharacters;
import org.persona4j.validation.internal.LayoutRules;
import org.persona4j.validation.internal.MetadataConstraints;
import org.persona4j.validation.internal.MetadataRules;
import org.persona4j.validation.internal.SetChecks;
import org.persona4j.validation.internal.Suppressions;

/**
 * Lints persona files: reads each one, runs every rule on it, and applies the configuration (levels, ignored
 * paths, strict mode) and the file's own suppressions. Built once, a linter is immutable and thread-safe.
 *
 * <pre>{@code
 * Linter linter = Linter.builder().profile(Profile.REFERENCE).build();
 * LintReport report = linter.lint(List.of(Path.of("personas")));
 * System.out.print(LintReports.text(report));
 * }</pre>
 */
public final class Linter {

    /** A rule threw; its findings for that file are lost and this error says so. */
    public static final String RULE_FAILED = "lint.rule-failed";

    /**
     * The codes nothing inside the linted tree may switch off: hidden text (bidi controls, tag characters, control
     * characters, zero-width, direction marks and other invisible characters), a file that reads two ways (duplicate
     * keys, line separators in front matter) and a file taking another's id. No directive and no baseline suppresses
     * them; a configuration found in the tree cannot lower them, and the files its patterns or {@code .gitignore}
     * files leave out are still checked for them. Only a configuration given to {@link Builder#config} (what
     * {@code --config} names) can.
     */
    public static final java.util.Set<String> SECURITY_CODES = ConfigTrust.PROTECTED;
    /** Findings of one code beyond this many per file are summarised in one more finding. */
    static final int MAX_PER_CODE = 50;

    private final Profile profile;
    /** Whether the profile was chosen (builder or configuration); if not, other dialects get their own. */
    private final boolean profileChosen;

    private final LintConfig config;
    /** Whether a configuration was given or found. */
    private final boolean configGiven;
    /** Whether levels were set on the builder, as {@code --rule} does. */
    private final boolean levelsGiven;
    /** The rules that run: every rule but the opt-in ones no level switched on. */
    private final List<LintRule> running;

    private final List<LintRule> rules;
    private final PersonaReader reader;
    private final boolean strict;
    private final boolean reportUnusedDirectives;
    /** The configuration's file when it was found by searching upward, not given: then it is trusted less. */
    private final Path foundConfig;

    private Linter(Builder b) {
        this.configGiven = b.config != LintConfig.defaults();
        this.levelsGiven = !b.levels.isEmpty();
        this.config = withLevels(b.config, b.levels);
        this.foundConfig = b.foundConfig;
        this.profile = b.profile != null ? b.profile : config.profile() != null ? config.profile() : Profile.REFERENCE;
        this.profileChosen = b.profile != null || config.profile() != null;
        ReadOptions readOptions = b.readOptions.toBuilder().strict(false).build();
        PersonaReader.Builder rb = PersonaReader.builder().options(readOptions);
        b.parsers.forEach(rb::parser);
        this.reader = rb.build();
        this.strict = b.strict || config.strict() || b.readOptions.strict();
        this.reportUnusedDirectives = b.reportUnusedDirectives;
        List<LintRule> all = new ArrayList<>();
        String versionPattern = b.versionPattern != null
                ? b.versionPattern
                : config.versionPattern() != null ? config.versionPattern() : MetadataConstraints.SEMVER;
        List<Double> range = b.scoreRange != null
                ? b.scoreRange
                : config.scoreRange() != null
                        ? config.scoreRange()
                        : List.of(MetadataConstraints.LOWEST_SCORE, MetadataConstraints.HIGHEST_SCORE);
        all.addAll(new MetadataConstraints(versionPattern, range.get(0), range.get(1)).rules());
        all.addAll(MetadataRules.rules());
        all.addAll(LayoutRules.rules());
        all.addAll(DocumentRules.rules());
        all.addAll(HiddenCharacters.rules());
        all.addAll(org.persona4j.validation.internal.DialectRules.rules());
        all.addAll(org.persona4j.validation.internal.VariableRules.rules());
        all.add(new org.persona4j.validation.internal.TrailingWhitespace());
        if (b.serviceLoader) {
            ServiceLoader.load(LintRule.class, Linter.class.getClassLoader()).forEach(all::add);
        }
        all.addAll(b.added);
        Map<String, LintRule> byCode = new LinkedHashMap<>();
        for (LintRule r : all) {
            if (byCode.putIfAbsent(r.code(), r) != null) {
                throw new IllegalArgumentException("two rules have the code '" + r.code() + "'; codes must be unique");
            }
        }
        this.rules = List.copyOf(byCode.values());
        this.running = rules.stream()
                .filter(r -> r.onByDefault()
                        || config.level(r.code()).filter(l -> l != Level.OFF).isPresent())
                .toList();
        List<String> codes = rules().stream().map(RuleInfo::code).toList();
        for (String code : config.levels().keySet()) {
            if (!codes.contains(code)) {
                throw new IllegalArgumentException("the configuration names an unknown rule '" + code + "'"
                        + org.persona4j.validation.internal.RuleNames.suggestion(code, codes));
            }
        }
    }

    /** The configuration with some levels set over its own. */
    private static LintConfig withLevels(LintConfig config, Map<String, Level> levels) {
        if (levels.isEmpty()) {
            return config;
        }
        Map<String, Level> merged = new LinkedHashMap<>(config.levels());
        merged.putAll(levels);
        return new LintConfig(
                config.profile(),
                merged,
                config.ignore(),
                config.strict(),
                config.base(),
                config.versionPattern(),
                config.scoreRange());
    }

    /** {@return a builder with the defaults} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@return the profile in effect for AI-LEY personas} Unless a profile was chosen, a persona of another dialect is
     * checked with {@link Profile#forDialect} instead.
     */
    public Profile profile() {
        return profile;
    }

    /** {@return every code this linter can report: reading's, the rules', and the checks across files} */
    public List<RuleInfo> rules() {
        Map<String, RuleInfo> all = new TreeMap<>();
        DiagnosticCodes.all()
                .forEach(c -> all.put(c.code(), new RuleInfo(c.code(), c.severity(), c.description(), c.help())));
        SetChecks.codes().forEach(r -> all.put(r.code(), r));
        rules.forEach(r -> all.put(r.code(), RuleInfo.of(r)));
        all.put(RULE_FAILED, new RuleInfo(RULE_FAILED, Severity.ERROR, "every rule ran to completion"));
        all.put(
                Suppressions.UNKNOWN_CODE,
                new RuleInfo(
                        Suppressions.UNKNOWN_CODE,
                        Severity.WARNING,
                        "every code a persona-lint directive names is a rule",
                        "Correct the code (the message suggests the "
                                + "closest rule), or remove it from the directive; persona lint --rules lists the codes."));
        all.put(
                Suppressions.UNUSED,
                new RuleInfo(
                        Suppressions.UNUSED,
                        Severity.WARNING,
                        "every persona-lint directive turns off a finding (reported with --report-unused-directives)",
                        "Remove the directive: the finding it was written for is gone."));
        return List.copyOf(all.values());
    }

    /**
     * Lints files and directories. Directories are searched with the one discovery of persona files
     * ({@link PersonaFiles}: {@code .md}, {@code .mdc} and the other persona file kinds, {@code .gitignore} files
     * honoured, symbolic links not followed), skipping the configuration's {@code ignore} patterns. Markdown files
     * found in a directory that are not personas are reported once ({@code file.not-a-persona}) and not linted;
     * files named themselves always are. Each file is read once. Files are reported in path order.
     *
     * @param paths files and directories, as the user named them
     * @return the findings of every file, with the files skipped
     * @throws java.nio.file.NoSuchFileException when a path does not exist
     * @throws IOException                       when a directory cannot be listed
     */
    public LintReport lint(Collection<Path> paths) throws IOException {
        return lint(find(paths), paths);
    }

    /**
     * {@return the persona files of these paths as this linter sees them: {@link PersonaFiles} with the configuration's
     * {@code ignore} patterns (relative to the configuration's folder)} The patterns of a configuration found in the
     * linted tree ({@link Builder#foundConfig}), like its {@code .gitignore} files, leave files out of the lint, but
     * the files they leave out are listed ({@link PersonaFiles.Found#ignored()}) and still checked for
     * {@link #SECURITY_CODES}.
     *
     * @param paths files and directories, as the user named them
     * @throws java.nio.file.NoSuchFileException when a path does not exist
     * @throws IOException                       when a directory cannot be listed
     */
    public PersonaFiles.Found find(Collection<Path> paths) throws IOException {
        PersonaFiles.Builder discovery = PersonaFiles.builder().listIgnored(true);
        if (!config.ignore().isEmpty()) {
            if (foundConfig != null) {
                discovery.ignoreUntrusted(
                        config.base() != null
                                ? config.base()
                                : foundConfig.toAbsolutePath().getParent(),
                        config.ignore());
            } else if (config.base() != null) {
                discovery.ignore(config.base(), config.ignore());
            } else {
                discovery.ignore(config.ignore().toArray(new String[0]));
            }
        }
        return discovery.build().find(paths);
    }

    /**
     * Lints the files a discovery found, reading each once; what it skipped is reported with them. The paths linted
     * are taken to be the files' folders (see {@link #lint(PersonaFiles.Found, Collection)}).
     *
     * @param found what a discovery found
     * @return the findings of every file, with the files skipped
     * @throws IOException never for a file that cannot be read (that is a finding); declared for callers' symmetry
     */
    public LintReport lint(PersonaFiles.Found found) throws IOException {
        List<Path> folders = new ArrayList<>();
        for (PersonaFile f : found.files()) {
            folders.add(f.path());
        }
        return lint(found, folders);
    }

    /**
     * Lints the files a discovery found in {@code linted} (the paths as the user gave them, which decide whether a
     * {@linkplain Builder#foundConfig found configuration} is inside the linted tree), reading each once.
     *
     * @param found  what a discovery found
     * @param linted the paths as the user gave them
     * @return the findings of every file, with the files skipped
     * @throws IOException never for a file that cannot be read (that is a finding); declared for callers' symmetry
     */
    public LintReport lint(PersonaFiles.Found found, Collection<Path> linted) throws IOException {
        List<Result> results = new ArrayList<>();
        Map<String, List<Diagnostic>> skipped = new LinkedHashMap<>();
        for (Diagnostic d : found.diagnostics()) {
            skipped.computeIfAbsent(d.source(), k -> new ArrayList<>()).add(d);
        }
        skipped.forEach((label, list) -> results.add(Result.of(label, null, "", null, list)));
        boolean trusted = foundConfig == null;
        List<PersonaFile> files = new ArrayList<>(found.files());
        int ordinary = files.size();
        Map<String, Integer> ignored = new java.util.TreeMap<>();
        for (PersonaFiles.Ignored i : found.ignored()) {
            files.add(i.file());
            ignored.merge(i.by(), 1, Integer::sum);
        }
        List<?>[] perFile = new List<?>[files.size()];
        // Files are read and checked on every core; results keep the discovery's order. A handful of files is
        // checked faster than a thread pool starts.
        if (files.size() < PARALLEL_FROM) {
            for (int i = 0; i < files.size(); i++) {
                perFile[i] = lintOne(files.get(i));
            }
        } else {
            EachIndex.run(files.size(), i -> perFile[i] = lintOne(files.get(i)));
        }
        for (int i = 0; i < perFile.length; i++) {
            for (Object r : perFile[i]) {
                // A file the tree's own patterns left out is checked for what nothing in the tree may switch off.
                results.add(i < ordinary ? (Result) r : ((Result) r).securityOnly());
            }
        }
        return finish(results, trusted, ignored);
    }

    /** Files below this many are linted on the calling thread alone. */
    private static final int PARALLEL_FROM = 16;

    /** Reads one file and checks each of its personas. */
    private List<Result> lintOne(PersonaFile f) {
        List<ReadResult> reads;
        try {
            // One per persona (several for a CrewAI agents.yaml). A lint drops each persona once checked, so its
            // source's hash, which nothing here asks for, is left until asked.
            reads = SourceHashing.later(() -> reader.readAll(f));
        } catch (IOException e) {
            reads = List.of(new ReadResult(
                    null,
                    List.of(DiagnosticCodes.FILE_UNREADABLE.at(
                            f.label(), SourceSpan.FILE, "cannot be read: " + e.getMessage()))));
        }
        List<Result> out = new ArrayList<>(reads.size());
        for (ReadResult read : reads) {
            out.add(check(read, read.text(), f.path(), f.label()));
        }
        return out;
    }

    /**
     * Lints persona text held in memory; {@code label} names it in findings.
     *
     * @param text  the persona's Markdown
     * @param label how findings name it
     * @return the findings
     */
    public LintReport lint(String text, String label) {
        ReadResult read = reader.parse(text, label);
        return finish(List.of(check(read, read.text(), null, label)), foundConfig == null, Map.of());
    }

    /**
     * What checking one persona left for the end of the run: its findings, its directives, what the checks across
     * files need, and the text of the lines findings may point at. Its text and its persona are not kept, so a run
     * over thousands of files holds little more than their findings.
     */
    private record Result(
            String label,
            Path path,
            List<Diagnostic> diagnostics,
            Suppressions suppressions,
            SetChecks.Entry entry,
            Map<Integer, String> lines,
            boolean linted,
            boolean quietWhenClean) {

        static Result of(String label, Path path, String text, Persona persona, List<Diagnostic> diagnostics) {
            SetChecks.Entry entry = persona == null ? null : SetChecks.Entry.of(persona);
            Suppressions suppressions = Suppressions.of(text, persona);
            Map<Integer, String> lines = new HashMap<>();
            java.util.Set<Integer> wanted = new java.util.TreeSet<>(suppressions.lines());
            diagnostics.forEach(d -> wanted.add(d.line()));
            if (entry != null) {
                wanted.add(entry.idSpan().startLine());
                wanted.add(entry.titleSpan().startLine());
            }
            int line = 1;
            int start = 0;
            for (int want : wanted) {
                if (want < 1) {
                    continue;
                }
                while (line < want && start >= 0) {
                    int next = text.indexOf('\n', start);
                    start = next < 0 ? -1 : next + 1;
                    line++;
                }
                if (start < 0 || start > text.length()) {
                    break;
                }
                int end = text.indexOf('\n', start);
                lines.put(want, text.substring(start, end < 0 ? text.length() : end));
            }
            return new Result(label, path, diagnostics, suppressions, entry, lines, persona != null, false);
        }

        /**
         * This result with only the findings nothing in the tree may switch off, as for a file the tree's own
         * patterns left out: its directives are not read, and it is reported only when such a finding remains.
         */
        Result securityOnly() {
            List<Diagnostic> kept = diagnostics.stream()
                    .filter(d -> SECURITY_CODES.contains(d.code()))
                    .toList();
            return new Result(label, path, kept, Suppressions.none(), entry, lines, false, true);
        }
    }

    private Result check(ReadResult read, String text, Path path, String label) {
        List<Diagnostic> found = new ArrayList<>(read.diagnostics());
        Persona persona = read.persona();
        if (persona != null) {
            Profile applied = persona.dialect() == org.persona4j.Dialect.AI_LEY
                    ? profile
                    : profileChosen ? profile.forFilesOf(persona.dialect()) : Profile.forDialect(persona.dialect());
            LintTarget target = new LintTarget(persona, text, path, applied);
            for (LintRule rule : running) {
                Map<String, Integer> perCode = new HashMap<>();
                try {
                    rule.check(target, (span, message) -> {
                        int n = perCode.merge(rule.code(), 1, Integer::sum);
                        if (n <= MAX_PER_CODE) {
                            found.add(new Diagnostic(rule.defaultSeverity(), rule.code(), message, label, span));
                        }
                    });
                } catch (RuntimeException e) {
                    found.add(new Diagnostic(
                            Severity.ERROR,
                            RULE_FAILED,
                            "rule " + rule.code() + " failed on this " + "file: " + e,
                            label,
                            org.persona4j.SourceSpan.FILE));
                }
                int over = perCode.getOrDefault(rule.code(), 0) - MAX_PER_CODE;
                if (over > 0) {
                    found.add(new Diagnostic(
                            rule.defaultSeverity(),
                            rule.code(),
                            over + " more findings like the " + "ones above were not listed",
                            label,
                            org.persona4j.SourceSpan.FILE));
                }
            }
        }
        return Result.of(label, path, text, persona, found);
    }

    private LintReport finish(List<Result> results, boolean trusted, Map<String, Integer> ignored) {
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
        int byDirectives = 0;
        int byConfiguration = 0;
        Set<String> known = new HashSet<>();
        rules().forEach(r -> known.add(r.code()));
        for (int i = 0; i < results.size(); i++) {
            Result r = results.get(i);
            Suppressions suppressions = r.suppressions();
            List<Diagnostic> kept = new ArrayList<>();
            for (Diagnostic d : all.get(i)) {
                Diagnostic configured = configure(d, trusted);
                if (configured == null) {
                    byConfiguration++;
                } else if (!SECURITY_CODES.contains(d.code()) && suppressions.suppresses(configured)) {
                    byDirectives++; // a file cannot switch off the security findings about itself
                } else {
                    kept.add(configured);
                }
            }
            for (Diagnostic problem : suppressions.problems(r.label(), known, reportUnusedDirectives)) {
                Diagnostic configured = configure(problem, trusted);
                if (configured == null) {
                    byConfiguration++;
                } else {
                    kept.add(configured);
                }
            }
            kept.sort(Comparator.comparingInt(Diagnostic::line)
                    .thenComparingInt(Diagnostic::column)
                    .thenComparing(Diagnostic::code));
            Map<Integer, String> lines = new HashMap<>();
            for (Diagnostic d : kept) {
                String text = r.lines().get(d.line());
                if (text != null) {
                    lines.put(d.line(), text);
                }
            }
            if (!r.quietWhenClean() || !kept.isEmpty()) {
                reports.add(new FileReport(r.label(), r.path(), kept, lines, r.linted()));
            }
        }
        String file = !configGiven
                ? null
                : foundConfig != null
                        ? foundConfig + " (found, not given: it cannot lower or switch off the security checks)"
                        : config.base() != null ? "given (" + config.base() + ")" : "given";
        String configuration = file == null
                ? (levelsGiven ? "levels given" : "none")
                : file + (levelsGiven ? ", with levels given" : "");
        return new LintReport(
                reports, rules(), configuration, byDirectives, byConfiguration, 0, new java.util.TreeMap<>(ignored));
    }

    /**
     * The diagnostic at its configured level, or {@code null} when its code is off. A configuration that is not
     * trusted leaves the hidden-text errors as they are.
     */
    private Diagnostic configure(Diagnostic d, boolean trusted) {
        if (!trusted && SECURITY_CODES.contains(d.code())) {
            return strict ? d.asError() : d;
        }
        Severity severity = config.level(d.code()).map(Level::severity).orElse(d.severity());
        if (config.level(d.code()).filter(l -> l == Level.OFF).isPresent()) {
            return null;
        }
        if (strict && severity == Severity.WARNING) {
            severity = Severity.ERROR;
        }
        return severity == d.severity() ? d : new Diagnostic(severity, d.code(), d.message(), d.source(), d.span());
    }

    /** Builds a {@link Linter}; defaults: reference profile, no configuration, ServiceLoader rules on. */
    public static final class Builder {
        private Profile profile;
        private LintConfig config = LintConfig.defaults();
        private Path foundConfig;
        private final List<LintRule> added = new ArrayList<>();
        private final Map<String, Level> levels = new LinkedHashMap<>();
        private boolean serviceLoader = true;
        private ReadOptions readOptions = ReadOptions.defaults();
        private final List<PersonaParser> parsers = new ArrayList<>();
        private boolean strict;
        private boolean reportUnusedDirectives;
        private String versionPattern;
        private List<Double> scoreRange;

        private Builder() {}

        /**
         * The profile; overrides the configuration's.
         *
         * @param value the profile; overrides the configuration's
         * @return this builder
         */
        public Builder profile(Profile value) {
            this.profile = Objects.requireNonNull(value, "profile");
            return this;
        }

        /**
         * A configuration given explicitly (such as {@code --config}): trusted in full.
         *
         * @param value a configuration given explicitly (such as {@code --config}): trusted in full
         * @return this builder
         */
        public Builder config(LintConfig value) {
            this.config = Objects.requireNonNull(value, "config");
            this.foundConfig = null;
            return this;
        }

        /**
         * A configuration found by searching upward from the linted paths ({@link LintConfig#find}). Wherever it
         * lies, the change being linted may have written it, as it may have written the files it would check: it cannot
         * lower or switch off {@link #SECURITY_CODES}, and the files its {@code ignore} patterns leave out are still
         * checked for them. Its other settings apply.
         *
         * @param value the configuration
         * @param file  the file it was read from
         * @return this builder
         */
        public Builder foundConfig(LintConfig value, Path file) {
            this.config = Objects.requireNonNull(value, "config");
            this.foundConfig = Objects.requireNonNull(file, "file");
            return this;
        }

        /**
         * Sets the level of one code over the configuration's, as {@code persona lint --rule CODE=LEVEL} does; an
         * opt-in rule ({@link LintRule#onByDefault()}) given a level other than {@code off} runs.
         *
         * @param code  the code, such as {@code text.trailing-whitespace}; an unknown one fails {@link #build()}
         * @param level its level
         * @return this builder
         */
        public Builder level(String code, Level level) {
            levels.put(Objects.requireNonNull(code, "code"), Objects.requireNonNull(level, "level"));
            return this;
        }

        /**
         * Runs this rule with the built-in ones.
         *
         * @param rule a rule to run with the built-in ones
         * @return this builder
         */
        public Builder addRule(LintRule rule) {
            added.add(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /**
         * Whether rules listed in {@code META-INF/services/org.persona4j.validation.LintRule} run (default on).
         *
         * @param enabled whether rules listed in {@code META-INF/services/org.persona4j.validation.LintRule} run
         *                (default on)
         * @return this builder
         */
        public Builder serviceLoaderRules(boolean enabled) {
            this.serviceLoader = enabled;
            return this;
        }

        /**
         * Limits for reading; strict mode in them makes the lint strict too.
         *
         * @param value limits for reading; strict mode in them makes the lint strict too
         * @return this builder
         */
        public Builder readOptions(ReadOptions value) {
            this.readOptions = Objects.requireNonNull(value, "readOptions");
            return this;
        }

        /**
         * A parser to try before those found on the path (see {@link PersonaReader.Builder#parser}).
         *
         * @param parser a parser to try before those found on the path (see {@link PersonaReader.Builder#parser})
         * @return this builder
         */
        public Builder parser(PersonaParser parser) {
            parsers.add(Objects.requireNonNull(parser, "parser"));
            return this;
        }

        /**
         * Whether a {@code persona-lint-*} directive that turned nothing off is reported
         * ({@code lint.directive-unused}); default {@code false}.
         *
         * @param value whether to report them
         * @return this builder
         */
        public Builder reportUnusedDirectives(boolean value) {
            this.reportUnusedDirectives = value;
            return this;
        }

        /**
         * Reports every warning as an error.
         *
         * @param value {@code true} to report every warning as an error
         * @return this builder
         */
        public Builder strict(boolean value) {
            this.strict = value;
            return this;
        }

        /**
         * The regular expression versions must match; overrides the configuration (default: Semantic Versioning).
         *
         * @param regex the regular expression versions must match; overrides the configuration (default: Semantic
         *              Versioning)
         * @return this builder
         */
        public Builder versionPattern(String regex) {
            java.util.regex.Pattern.compile(regex);
            this.versionPattern = regex;
            return this;
        }

        /**
         * The range summary scores must fall in; overrides the configuration (default 0 to 5).
         *
         * @param min the lowest score allowed
         * @param max the highest score allowed
         * @return this builder
         */
        public Builder scoreRange(double min, double max) {
            if (!(min <= max)) {
                throw new IllegalArgumentException("score range " + min + " to " + max + " is empty");
            }
            this.scoreRange = List.of(min, max);
            return this;
        }

        /**
         * {@return the linter}
         *
         * @throws IllegalArgumentException when the configuration names a rule that does not exist
         */
        public Linter build() {
            return new Linter(this);
        }
    }
}
