package org.persona4j.validation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.persona4j.PersonaFiles;
import org.persona4j.PersonaReader;
import org.persona4j.ReadOptions;
import org.persona4j.spi.PersonaParser;
import org.persona4j.validation.internal.ConfigTrust;
import org.persona4j.validation.internal.LintReporting;
import org.persona4j.validation.internal.LintRun;
import org.persona4j.validation.internal.MetadataConstraints;
import org.persona4j.validation.internal.RuleRegistry;

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
    public static final String RULE_FAILED = RuleRegistry.RULE_FAILED;

    /**
     * The codes nothing inside the linted tree may switch off: hidden text (bidi and tag characters, control, zero-width
     * and other invisible characters), a file that reads two ways (duplicate keys, line separators in front matter) and
     * a file taking another's id. No directive or baseline suppresses them, a configuration found in the tree cannot
     * lower them, and the files its patterns or {@code .gitignore} files leave out are still checked for them. Only a
     * configuration given to {@link Builder#config} (what {@code --config} names) can.
     */
    public static final Set<String> SECURITY_CODES = ConfigTrust.PROTECTED;

    private final Profile profile;
    private final RuleRegistry registry;
    private final LintRun run;
    private final LintReporting reporting;
    private final boolean trusted;
    private final boolean strict;

    private Linter(Builder b) {
        LintConfig config = b.config.withLevels(b.levels);
        this.profile = b.profile != null ? b.profile : config.profile() != null ? config.profile() : Profile.REFERENCE;
        this.registry = new RuleRegistry(
                MetadataConstraints.of(b.versionPattern, b.scoreRange, config),
                b.serviceLoader,
                b.added,
                config,
                b.levels.keySet());
        boolean profileChosen = b.profile != null || config.profile() != null;
        PersonaReader reader = LintRun.reader(b.readOptions, b.parsers);
        this.run = new LintRun(reader, registry.running(), profile, profileChosen, config, b.foundConfig);
        this.strict = b.strict || config.strict() || b.readOptions.strict();
        this.trusted = b.foundConfig == null;
        boolean given = b.config != LintConfig.defaults();
        String described = LintReporting.describe(given, b.foundConfig, config.base(), !b.levels.isEmpty());
        this.reporting =
                new LintReporting(config, b.levels, strict, b.reportUnusedDirectives, registry.infos(), described);
    }

    /** {@return a builder with the defaults} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the profile for AI-LEY personas} Unless one was chosen, other dialects get {@link Profile#forDialect}. */
    public Profile profile() {
        return profile;
    }

    /**
     * {@return the profile a persona of this dialect is checked with} For AI-LEY personas it is {@link #profile()};
     * a persona of another dialect gets that profile's layout, with the keys its vendor documents, when a profile was
     * chosen (on the builder or by the configuration), and otherwise {@link Profile#forDialect its own}: no layout.
     *
     * @param dialect the persona's dialect
     */
    public Profile profileFor(org.persona4j.Dialect dialect) {
        return run.profileFor(Objects.requireNonNull(dialect, "dialect"));
    }

    /** {@return whether every warning is reported as an error} Set on the builder, by the configuration or by reading. */
    public boolean strict() {
        return strict;
    }

    /**
     * {@return the level each code has for one file, as this linter applies them} The configuration's levels, then
     * its overrides whose patterns match the file, then those set on the builder; codes without a level keep their
     * rule's default. With a {@linkplain Builder#foundConfig found configuration} every level for
     * {@link #SECURITY_CODES} is left out, the builder's too, because the lint applies none of them then. This is what
     * {@code persona lint --print-config} shows.
     *
     * @param file the file, as the lint would be given it (overrides match it relative to the configuration's base)
     */
    public Map<String, Level> levelsFor(Path file) {
        return reporting.levelsFor(Objects.requireNonNull(file, "file"), trusted);
    }

    /** {@return every code this linter can report: reading's, the rules', and the checks across files} */
    public List<RuleInfo> rules() {
        return registry.infos();
    }

    /**
     * Lints files and directories, searched by the one discovery of persona files ({@link PersonaFiles}: {@code .md},
     * {@code .mdc} and the other persona file kinds, {@code .gitignore} honoured, links not followed) without the
     * configuration's {@code ignore} patterns. Markdown files found that are not personas are reported once
     * ({@code file.not-a-persona}); files named themselves are always linted. Files are reported in path order.
     *
     * @param paths files and directories, as the user named them
     * @return the findings of every file, with the files skipped
     * @throws IOException when a path does not exist ({@link java.nio.file.NoSuchFileException}) or cannot be listed
     */
    public LintReport lint(Collection<Path> paths) throws IOException {
        return lint(find(paths));
    }

    /**
     * {@return the persona files of these paths without those the configuration's {@code ignore} patterns leave out}
     * Those of a {@linkplain Builder#foundConfig found configuration}, like {@code .gitignore} files, are trusted less:
     * what they leave out is listed ({@link PersonaFiles.Found#ignored()}) and still checked for {@link #SECURITY_CODES}.
     *
     * @param paths files and directories, as the user named them
     * @throws IOException when a path does not exist ({@link java.nio.file.NoSuchFileException}) or cannot be listed
     */
    public PersonaFiles.Found find(Collection<Path> paths) throws IOException {
        return run.find(paths);
    }

    /**
     * Lints the files a discovery found, reading each once; what it skipped is reported with them.
     *
     * @param found what a discovery found
     * @return the findings of every file, with the files skipped
     * @throws IOException never for a file that cannot be read (that is a finding); declared for callers' symmetry
     */
    public LintReport lint(PersonaFiles.Found found) throws IOException {
        return reporting.report(run.check(found));
    }

    /**
     * Lints persona text held in memory; {@code label} names it in findings.
     *
     * @param text  the persona's Markdown
     * @param label how findings name it
     * @return the findings
     */
    public LintReport lint(String text, String label) {
        return reporting.report(run.check(text, label));
    }

    /**
     * Lints text held in memory as the file {@code file} would be linted, without opening that file: its dialect is
     * told by the path (and a Claude Code plugin's manifest beside it, looked for on disk), and relative links and a
     * skill's folder are checked against it. For text about to be written to the file, as {@code persona lint --fix}
     * checks its fixes, or an editor's buffer ({@code --stdin-filename}).
     *
     * @param text  the persona's Markdown
     * @param label how findings name it
     * @param file  the file the text is or will be
     * @return the findings
     */
    public LintReport lint(String text, String label, Path file) {
        return reporting.report(run.check(
                Objects.requireNonNull(text, "text"),
                Objects.requireNonNull(label, "label"),
                Objects.requireNonNull(file, "file")));
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
        private boolean strict, reportUnusedDirectives;
        private String versionPattern;
        private List<Double> scoreRange;

        private Builder() {}

        /**
         * The profile; overrides the configuration's.
         *
         * @param value the profile
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
         * A configuration found by searching upward from the linted paths ({@link LintConfig#find}). The change being
         * linted may have written it, as it may have written the files: it cannot lower or switch off
         * {@link #SECURITY_CODES}, and the files its {@code ignore} patterns leave out are still checked for them.
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
         * @param enabled whether they run
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
         * Whether a directive that turned nothing off is reported ({@code lint.directive-unused}); default off.
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
         * @param regex the regular expression
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
