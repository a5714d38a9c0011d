package org.persona4j.validation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.persona4j.Diagnostic;
import org.persona4j.Persona;
import org.persona4j.Personas;
import org.persona4j.ReadOptions;
import org.persona4j.ReadResult;
import org.persona4j.Severity;
import org.persona4j.validation.internal.DocumentRules;
import org.persona4j.validation.internal.HiddenCharacters;
import org.persona4j.validation.internal.LayoutRules;
import org.persona4j.validation.internal.MetadataConstraints;
import org.persona4j.validation.internal.MetadataRules;
import org.persona4j.validation.internal.ReaderCodes;
import org.persona4j.validation.internal.SetChecks;
import org.persona4j.validation.internal.Suppressions;
import org.persona4j.validation.internal.TextDecoding;

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
    /** Findings of one code beyond this many per file are summarised in one more finding. */
    static final int MAX_PER_CODE = 50;

    private static final Set<String> SKIPPED_DIRS = Set.of(".git", "node_modules", "target", "build", ".idea");

    private final Profile profile;
    private final LintConfig config;
    private final List<LintRule> rules;
    private final ReadOptions readOptions;
    private final boolean strict;

    private Linter(Builder b) {
        this.config = b.config;
        this.profile = b.profile != null ? b.profile : config.profile() != null ? config.profile() : Profile.REFERENCE;
        this.readOptions = b.readOptions.toBuilder().strict(false).lazyBody(false).build();
        this.strict = b.strict || config.strict() || b.readOptions.strict();
        List<LintRule> all = new ArrayList<>();
        String versionPattern = b.versionPattern != null ? b.versionPattern
                : config.versionPattern() != null ? config.versionPattern() : MetadataConstraints.SEMVER;
        List<Double> range = b.scoreRange != null ? b.scoreRange
                : config.scoreRange() != null ? config.scoreRange() : List.of(0.0, 5.0);
        all.addAll(new MetadataConstraints(versionPattern, range.get(0), range.get(1)).rules());
        all.addAll(MetadataRules.rules());
        all.addAll(LayoutRules.rules());
        all.addAll(DocumentRules.rules());
        all.addAll(HiddenCharacters.rules());
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
        List<String> codes = rules().stream().map(RuleInfo::code).toList();
        for (String code : config.levels().keySet()) {
            if (!codes.contains(code)) {
                throw new IllegalArgumentException("the configuration names an unknown rule '" + code + "'"
                        + org.persona4j.validation.internal.RuleNames.suggestion(code, codes));
            }
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The profile in effect. */
    public Profile profile() {
        return profile;
    }

    /** Every code this linter can report: reading's, the rules', and the checks across files. */
    public List<RuleInfo> rules() {
        Map<String, RuleInfo> all = new TreeMap<>();
        ReaderCodes.all().forEach(r -> all.put(r.code(), r));
        rules.forEach(r -> all.put(r.code(), RuleInfo.of(r)));
        all.put(RULE_FAILED, new RuleInfo(RULE_FAILED, Severity.ERROR, "every rule ran to completion"));
        return List.copyOf(all.values());
    }

    /**
     * Lints files and directories (searched recursively for {@code .md} files, without following symbolic links,
     * skipping ignored paths). Files are reported in path order.
     *
     * @throws IOException when a path cannot be listed or read
     */
    public LintReport lint(Collection<Path> paths) throws IOException {
        List<Path[]> files = new ArrayList<>(); // {file, root}
        for (Path p : paths) {
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
                            .filter(f -> isMarkdown(f) && !inSkippedDir(p, f) && !ignored(p, f))
                            .sorted(Comparator.comparing(Path::toString))
                            .forEach(f -> files.add(new Path[] {f, p}));
                }
            } else if (Files.exists(p)) {
                Path parent = p.toAbsolutePath().getParent();
                if (!ignored(parent, p)) {
                    files.add(new Path[] {p, parent});
                }
            } else {
                throw new java.nio.file.NoSuchFileException(p.toString(), null, "no such file or directory");
            }
        }
        List<Result> results = new ArrayList<>();
        for (Path[] f : files) {
            results.add(lintFile(f[0], f[1]));
        }
        return finish(results);
    }

    /** Lints persona text held in memory; {@code label} names it in findings. */
    public LintReport lint(String text, String label) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ReadResult read = Personas.parse(bytes, label, readOptions);
        return finish(List.of(check(read, TextDecoding.decode(bytes), null, label)));
    }

    /** One file's read result and findings before the checks across files. */
    private record Result(String label, Path path, String text, Persona persona, List<Diagnostic> diagnostics) {
    }

    private Result lintFile(Path file, Path root) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, readOptions.maxFileBytes() + 1));
        }
        ReadResult read = Personas.read(file, root, readOptions);
        return check(read, TextDecoding.decode(bytes), file, file.toString());
    }

    private Result check(ReadResult read, String text, Path path, String label) {
        List<Diagnostic> found = new ArrayList<>(read.diagnostics());
        Persona persona = read.persona();
        if (persona != null) {
            LintTarget target = new LintTarget(persona, text, path, profile);
            for (LintRule rule : rules) {
                Map<String, Integer> perCode = new HashMap<>();
                try {
                    rule.check(target, (span, message) -> {
                        int n = perCode.merge(rule.code(), 1, Integer::sum);
                        if (n <= MAX_PER_CODE) {
                            found.add(new Diagnostic(rule.defaultSeverity(), rule.code(), message, label, span));
                        }
                    });
                } catch (RuntimeException e) {
                    found.add(new Diagnostic(Severity.ERROR, RULE_FAILED, "rule " + rule.code() + " failed on this "
                            + "file: " + e, label, org.persona4j.SourceSpan.FILE));
                }
                int over = perCode.getOrDefault(rule.code(), 0) - MAX_PER_CODE;
                if (over > 0) {
                    found.add(new Diagnostic(rule.defaultSeverity(), rule.code(), over + " more findings like the "
                            + "ones above were not listed", label, org.persona4j.SourceSpan.FILE));
                }
            }
        }
        return new Result(label, path, text, persona, found);
    }

    private LintReport finish(List<Result> results) {
        List<List<Diagnostic>> all = new ArrayList<>();
        List<Persona> personas = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            all.add(new ArrayList<>(results.get(i).diagnostics()));
            if (results.get(i).persona() != null) {
                personas.add(results.get(i).persona());
                owners.add(i);
            }
        }
        SetChecks.check(personas, (index, d) -> all.get(owners.get(index)).add(d));
        List<FileReport> reports = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            Result r = results.get(i);
            Suppressions suppressions = Suppressions.of(r.text());
            List<Diagnostic> kept = new ArrayList<>();
            for (Diagnostic d : all.get(i)) {
                Diagnostic configured = configure(d);
                if (configured != null && !suppressions.suppresses(configured)) {
                    kept.add(configured);
                }
            }
            kept.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column)
                    .thenComparing(Diagnostic::code));
            Map<Integer, String> lines = new HashMap<>();
            String[] text = r.text().split("\n", -1);
            for (Diagnostic d : kept) {
                if (d.line() <= text.length) {
                    lines.put(d.line(), text[d.line() - 1]);
                }
            }
            reports.add(new FileReport(r.label(), r.path(), kept, lines));
        }
        return new LintReport(reports, rules());
    }

    /** The diagnostic at its configured level, or {@code null} when its code is off. */
    private Diagnostic configure(Diagnostic d) {
        Severity severity = config.level(d.code()).map(Level::severity).orElse(d.severity());
        if (config.level(d.code()).filter(l -> l == Level.OFF).isPresent()) {
            return null;
        }
        if (strict && severity == Severity.WARNING) {
            severity = Severity.ERROR;
        }
        return severity == d.severity() ? d : new Diagnostic(severity, d.code(), d.message(), d.source(), d.span());
    }

    private static boolean isMarkdown(Path f) {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown");
    }

    private static boolean inSkippedDir(Path root, Path f) {
        for (Path part : root.relativize(f)) {
            if (SKIPPED_DIRS.contains(part.toString())) {
                return true;
            }
        }
        return false;
    }

    private boolean ignored(Path root, Path file) {
        if (config.ignore().isEmpty()) {
            return false;
        }
        Path base = config.base() != null ? config.base() : root.toAbsolutePath();
        Path relative;
        try {
            relative = base.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
        } catch (IllegalArgumentException e) {
            return false;
        }
        String r = relative.toString().replace(java.io.File.separatorChar, '/');
        for (String glob : config.ignore()) {
            PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + glob);
            if (m.matches(Path.of(r)) || r.startsWith(glob.endsWith("/") ? glob : glob + "/")) {
                return true;
            }
        }
        return false;
    }

    /** Builds a {@link Linter}; defaults: reference profile, no configuration, ServiceLoader rules on. */
    public static final class Builder {
        private Profile profile;
        private LintConfig config = LintConfig.defaults();
        private final List<LintRule> added = new ArrayList<>();
        private boolean serviceLoader = true;
        private ReadOptions readOptions = ReadOptions.defaults();
        private boolean strict;
        private String versionPattern;
        private List<Double> scoreRange;

        private Builder() {
        }

        /** The profile; overrides the configuration's. */
        public Builder profile(Profile value) {
            this.profile = Objects.requireNonNull(value, "profile");
            return this;
        }

        public Builder config(LintConfig value) {
            this.config = Objects.requireNonNull(value, "config");
            return this;
        }

        /** Runs this rule with the built-in ones. */
        public Builder addRule(LintRule rule) {
            added.add(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /** Whether rules listed in {@code META-INF/services/org.persona4j.validation.LintRule} run (default on). */
        public Builder serviceLoaderRules(boolean enabled) {
            this.serviceLoader = enabled;
            return this;
        }

        /** Limits for reading; strict mode in them makes the lint strict too. */
        public Builder readOptions(ReadOptions value) {
            this.readOptions = Objects.requireNonNull(value, "readOptions");
            return this;
        }

        /** Reports every warning as an error. */
        public Builder strict(boolean value) {
            this.strict = value;
            return this;
        }

        /** The regular expression versions must match; overrides the configuration (default: Semantic Versioning). */
        public Builder versionPattern(String regex) {
            java.util.regex.Pattern.compile(regex);
            this.versionPattern = regex;
            return this;
        }

        /** The range summary scores must fall in; overrides the configuration (default 0 to 5). */
        public Builder scoreRange(double min, double max) {
            if (!(min <= max)) {
                throw new IllegalArgumentException("score range " + min + " to " + max + " is empty");
            }
            this.scoreRange = List.of(min, max);
            return this;
        }

        /**
         * The linter.
         *
         * @throws IllegalArgumentException when the configuration names a rule that does not exist
         */
        public Linter build() {
            return new Linter(this);
        }
    }
}
