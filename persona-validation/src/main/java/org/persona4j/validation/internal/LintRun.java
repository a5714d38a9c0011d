package org.persona4j.validation.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.persona4j.Diagnostic;
import org.persona4j.DiagnosticCodes;
import org.persona4j.Dialect;
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
import org.persona4j.validation.Level;
import org.persona4j.validation.LintConfig;
import org.persona4j.validation.LintRule;
import org.persona4j.validation.LintTarget;
import org.persona4j.validation.Profile;

/**
 * The part of a lint that finds the files, decides how far the configuration is trusted, reads each file once and
 * runs the rules on its personas, on every core. What it gives is checked but not yet configured or reported
 * ({@link LintReporting} does that). Immutable and thread-safe.
 */
public final class LintRun {

    /** Findings of one code beyond this many per file are summarised in one more finding. */
    public static final int MAX_PER_CODE = 50;

    /** Files below this many are linted on the calling thread alone: faster than starting threads. */
    private static final int PARALLEL_FROM = 16;

    private final PersonaReader reader;
    private final List<LintRule> running;
    private final Profile profile;
    private final boolean profileChosen;
    private final LintConfig config;
    private final Path foundConfig;

    /**
     * A run's settings.
     *
     * @param reader        reads the files, leniently
     * @param running       the rules that run
     * @param profile       the profile for AI-LEY personas
     * @param profileChosen whether it was chosen; if not, other dialects get their own
     * @param config        the configuration (its {@code ignore} patterns are used here)
     * @param foundConfig   the configuration's file when it was found in the tree rather than given, else {@code null}
     */
    public LintRun(
            PersonaReader reader,
            List<LintRule> running,
            Profile profile,
            boolean profileChosen,
            LintConfig config,
            Path foundConfig) {
        this.reader = reader;
        this.running = running;
        this.profile = profile;
        this.profileChosen = profileChosen;
        this.config = config;
        this.foundConfig = foundConfig;
    }

    /**
     * {@return a reader for a lint: lenient, whatever the options say, so that strict mode is the linter's to apply}
     *
     * @param options the reading limits
     * @param parsers parsers to try before those found on the class path
     */
    public static PersonaReader reader(ReadOptions options, List<PersonaParser> parsers) {
        PersonaReader.Builder reader = PersonaReader.builder()
                .options(options.toBuilder().strict(false).build());
        parsers.forEach(reader::parser);
        return reader.build();
    }

    /**
     * What a run checked.
     *
     * @param results each persona's result, files skipped first, then in the discovery's order
     * @param ignored how many files each of the tree's own patterns left out
     * @param trusted whether the configuration was given rather than found in the tree
     */
    public record Outcome(List<Checked> results, Map<String, Integer> ignored, boolean trusted) {}

    /**
     * The persona files of these paths, without those the configuration's {@code ignore} patterns leave out. The
     * patterns of a configuration found in the tree are trusted as little as its {@code .gitignore} files: what they
     * leave out is listed, to be checked for what nothing in the tree may switch off.
     *
     * @param paths files and directories, as the user named them
     * @return what the discovery found
     * @throws IOException when a path does not exist or a directory cannot be listed
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
     * Reads and checks every file a discovery found, those its untrusted patterns left out only for what nothing in
     * the tree may switch off.
     *
     * @param found what a discovery found
     * @return the results, in the discovery's order
     */
    public Outcome check(PersonaFiles.Found found) {
        List<Checked> results = new ArrayList<>();
        Map<String, List<Diagnostic>> skipped = new LinkedHashMap<>();
        for (Diagnostic d : found.diagnostics()) {
            skipped.computeIfAbsent(d.source(), k -> new ArrayList<>()).add(d);
        }
        skipped.forEach((label, list) -> results.add(Checked.of(label, null, "", null, list)));
        List<PersonaFile> files = new ArrayList<>(found.files());
        int ordinary = files.size();
        Map<String, Integer> ignored = new TreeMap<>();
        for (PersonaFiles.Ignored i : found.ignored()) {
            files.add(i.file());
            ignored.merge(i.by(), 1, Integer::sum);
        }
        AtomicReferenceArray<List<Checked>> perFile = new AtomicReferenceArray<>(files.size());
        if (files.size() < PARALLEL_FROM) {
            for (int i = 0; i < files.size(); i++) {
                perFile.set(i, checkFile(files.get(i)));
            }
        } else {
            EachIndex.run(files.size(), i -> perFile.set(i, checkFile(files.get(i))));
        }
        for (int i = 0; i < perFile.length(); i++) {
            for (Checked r : perFile.get(i)) {
                results.add(i < ordinary ? r : r.securityOnly());
            }
        }
        return new Outcome(results, ignored, foundConfig == null);
    }

    /**
     * Checks persona text held in memory.
     *
     * @param text  the persona's Markdown
     * @param label how findings name it
     * @return the result
     */
    public Outcome check(String text, String label) {
        ReadResult read = reader.parse(text, label);
        return new Outcome(List.of(check(read, read.text(), null, label)), Map.of(), foundConfig == null);
    }

    /** Checks text as the file {@code file} would be checked (links, a skill's folder), without opening it. */
    public Outcome check(String text, String label, Path file) {
        ReadResult read = reader.parse(text, label, file);
        return new Outcome(List.of(check(read, read.text(), file, label)), Map.of(), foundConfig == null);
    }

    /**
     * {@return the profile a persona of a dialect is checked with} AI-LEY's is the profile; another dialect gets the
     * profile's layout with its own keys when one was chosen, else its own profile ({@link Profile#forDialect}).
     *
     * @param dialect the persona's dialect
     */
    public Profile profileFor(Dialect dialect) {
        return dialect == Dialect.AI_LEY
                ? profile
                : profileChosen ? profile.forFilesOf(dialect) : Profile.forDialect(dialect);
    }

    /** Reads one file and checks each of its personas (several for a CrewAI agents.yaml). */
    private List<Checked> checkFile(PersonaFile f) {
        List<ReadResult> reads;
        try {
            // A lint drops each persona once checked, so its source's hash, which nothing here asks for, is left
            // until asked.
            reads = SourceHashing.later(() -> reader.readAll(f));
        } catch (IOException e) {
            reads = List.of(new ReadResult(
                    null,
                    List.of(DiagnosticCodes.FILE_UNREADABLE.at(
                            f.label(), SourceSpan.FILE, "cannot be read: " + e.getMessage()))));
        }
        List<Checked> out = new ArrayList<>(reads.size());
        for (ReadResult read : reads) {
            out.add(check(read, read.text(), f.path(), f.label()));
        }
        return out;
    }

    private Checked check(ReadResult read, String text, Path path, String label) {
        List<Diagnostic> found = new ArrayList<>(read.diagnostics());
        Persona persona = read.persona();
        if (persona != null) {
            LintTarget target = new LintTarget(persona, text, path, profileFor(persona.dialect()));
            Map<String, Level> levels = null;
            for (LintRule rule : running) {
                if (!rule.onByDefault()) {
                    // An opt-in rule runs where a level switches it on: for this file, after its overrides.
                    if (levels == null) {
                        levels = config.levelsFor(path != null ? path : LintReporting.asPath(label));
                    }
                    Level level = levels.get(rule.code());
                    if (level == null || level == Level.OFF) {
                        continue;
                    }
                }
                runRule(rule, target, label, found);
            }
        }
        return Checked.of(label, path, text, persona, found);
    }

    /** Runs one rule, keeping at most {@link #MAX_PER_CODE} of its findings and turning a failure into one. */
    private static void runRule(LintRule rule, LintTarget target, String label, List<Diagnostic> found) {
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
                    RuleRegistry.RULE_FAILED,
                    "rule " + rule.code() + " failed on this file: " + e,
                    label,
                    SourceSpan.FILE));
        }
        int over = perCode.getOrDefault(rule.code(), 0) - MAX_PER_CODE;
        if (over > 0) {
            found.add(new Diagnostic(
                    rule.defaultSeverity(),
                    rule.code(),
                    over + " more findings like the ones above were not listed",
                    label,
                    SourceSpan.FILE));
        }
    }
}
