package org.persona4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.persona4j.PersonaFile;
import org.persona4j.PersonaFiles;
import org.persona4j.ReadOptions;
import org.persona4j.validation.Level;
import org.persona4j.validation.LintConfig;
import org.persona4j.validation.LintReport;
import org.persona4j.validation.LintReports;
import org.persona4j.validation.Linter;
import org.persona4j.validation.Profile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code persona lint}: checks persona files and reports findings for people, tools or code scanning. */
@Command(
        name = "lint",
        mixinStandardHelpOptions = true,
        description = {
            "Check persona files and directories (searched for .md and .mdc persona files).",
            "Configuration comes from --config or the nearest .persona-lint.yaml above the first PATH; one found",
            "inside the linted tree cannot lower the hidden-text errors or ignore every file.",
            "Give - as the PATH to read one persona from standard input (name it with --stdin-filename)."
        },
        footer = {
            "",
            "Exit codes: 0 no errors (and no more warnings than --max-warnings), 1 findings at error level "
                    + "or too many warnings, 2 usage, configuration or I/O error, or no persona file found."
        })
final class LintCommand implements Callable<Integer> {

    /** The report forms. */
    enum Format {
        text,
        json,
        sarif,
        github,
        junit,
        checkstyle,
        gitlab
    }

    @Parameters(
            arity = "0..*",
            paramLabel = "PATH|ID",
            description = "Files or directories to check, or ids, names "
                    + "or id ends of personas in --catalog or among the bundled ones.")
    List<String> paths = new java.util.ArrayList<>();

    @CommandLine.Mixin
    CatalogOption catalogOption = new CatalogOption();

    @Option(names = "--rules", description = "List every code with its default severity and what it checks.")
    boolean listRules;

    @Option(
            names = {"-f", "--format"},
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "Report form: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--strict", description = "Report every warning as an error.")
    boolean strict;

    @Option(names = "--config", paramLabel = "FILE", description = "The configuration file to use.")
    Path config;

    @Option(
            names = "--no-config-lookup",
            description = "Look for no .persona-lint.yaml: lint with the defaults (and --rule and --profile), whatever "
                    + "configuration the tree holds.")
    boolean noConfigLookup;

    @Option(
            names = "--config-base",
            paramLabel = "DIR",
            description = "The folder the --config file's ignore patterns and overrides are relative to (default: the "
                    + "file's own folder); for a configuration taken from elsewhere, such as a base branch's.")
    Path configBase;

    @Option(
            names = "--sarif-category",
            paramLabel = "NAME",
            defaultValue = "persona4j",
            description = "The SARIF run's category (automationDetails.id), which code scanning keeps apart from "
                    + "other categories' alerts (default: ${DEFAULT-VALUE}; persona diff uses persona4j-diff).")
    String sarifCategory;

    @Option(
            names = "--profile",
            paramLabel = "NAME",
            description = "Layout profile: reference, technical or permissive (overrides the configuration).")
    String profile;

    @CommandLine.Mixin
    ReadAsOption readAs = new ReadAsOption();

    @Option(names = "--quiet", description = "Report errors only; warnings and notes are not shown or counted.")
    boolean quiet;

    @Option(
            names = "--max-warnings",
            paramLabel = "N",
            defaultValue = "-1",
            description = "Exit 1 when there are " + "more than N warnings (default: warnings never fail).")
    int maxWarnings;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write the report to FILE instead of " + "standard output.")
    Path output;

    /** The path {@code --stdin-filename} names, or {@code null} when it names none a path can hold. */
    private static java.nio.file.Path stdinName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return java.nio.file.Path.of(name);
        } catch (java.nio.file.InvalidPathException e) {
            return null; // reported under the name as given, its dialect told by the name alone
        }
    }

    @Option(
            names = "--stdin-filename",
            paramLabel = "NAME",
            description = "With - as the PATH: the name the text "
                    + "read from standard input is reported under (its dialect is taken from it too).")
    String stdinFilename;

    @Option(
            names = "--color",
            negatable = true,
            description = "Colour the severities (default: on a terminal, "
                    + "unless NO_COLOR is set or the report goes to a file).")
    Boolean color;

    @CommandLine.Mixin
    BaselineOptions baselines = new BaselineOptions();

    @Option(
            names = "--print-config",
            paramLabel = "FILE",
            description = "Print the configuration that applies to FILE (the file it comes from, whether it is "
                    + "trusted, its levels with the overrides that match FILE and those --rule gives) as JSON, and "
                    + "lint nothing.")
    Path printConfig;

    @Option(
            names = "--fix",
            description = "Fix what can be fixed mechanically (quote values holding ': ', lists "
                    + "written as comma-separated text, control and zero-width characters, and trailing whitespace "
                    + "when text.trailing-whitespace is on), then report what is left.")
    boolean fix;

    @Option(
            names = "--rule",
            paramLabel = "CODE=LEVEL",
            description = "Set a rule's level (off, info, warning, error) over the configuration's; repeatable. "
                    + "Turns on an opt-in rule: --rule text.trailing-whitespace=warning.")
    Map<String, String> ruleLevels = new LinkedHashMap<>();

    @Option(names = "--fix-dry-run", description = "Print the fixes as a diff instead of writing them.")
    boolean fixDryRun;

    @Option(
            names = "--report-unused-directives",
            description = "Report persona-lint directives that turn nothing " + "off.")
    boolean reportUnusedDirectives;

    @Option(
            names = "--base",
            paramLabel = "DIR",
            description = "The directory the reports' file paths are relative to (sarif, github, junit, checkstyle, "
                    + "gitlab; default: the repository's top directory, else the working directory); a file outside it "
                    + "is reached with .. segments.")
    Path base;

    @Option(
            names = "--report",
            paramLabel = "FORMAT=FILE",
            description = "Also write the report in another form to FILE, from the same run (repeatable), such as "
                    + "--report sarif=lint.sarif beside --format github.")
    Map<Format, Path> reports = new LinkedHashMap<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The report in one form; paths in the forms for other tools are relative to {@code root}. */
    private String render(Format form, LintReport report, Path root, boolean colour) {
        return switch (form) {
            case text -> LintReports.text(report, colour);
            case json -> LintReports.json(report);
            case sarif -> LintReports.sarif(report, root, sarifCategory);
            case github -> LintReports.github(report, root);
            case junit -> LintReports.junit(report, root);
            case checkstyle -> LintReports.checkstyle(report, root);
            case gitlab -> LintReports.gitlab(report, root);
        };
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (paths.isEmpty() && !listRules && printConfig == null) {
            err.println("persona: give at least one PATH to check (or --rules to list the rules)");
            return ExitCodes.USAGE_OR_IO;
        }
        String misuse = baselines.misuse() != null
                ? baselines.misuse()
                : (fix || fixDryRun) && paths.contains("-")
                        ? "--fix works on files, not on standard input"
                        : config != null && noConfigLookup
                                ? "--config and --no-config-lookup contradict each other: give one of them"
                                : configBase != null && config == null
                                        ? "--config-base is the folder of the file --config names: give --config too"
                                        : null;
        if (misuse != null) {
            err.println("persona: " + misuse);
            return ExitCodes.USAGE_OR_IO;
        }
        if (printConfig != null) {
            try {
                Configuration in = configuration(Optional.of(printConfig));
                return PrintConfig.print(printConfig, in, linter(in), ruleLevels, readAs.dialect, out);
            } catch (IOException | IllegalArgumentException e) {
                err.println("persona: " + org.persona4j.TerminalText.escape(String.valueOf(e.getMessage())));
                return ExitCodes.USAGE_OR_IO;
            }
        }
        Path root = base != null ? base : Repository.rootOrWorkingDirectory();
        LintReport report;
        List<Path> inputs = new java.util.ArrayList<>();
        try {
            Linter linter = linter(configuration(paths.isEmpty() ? Optional.empty() : start()));
            if (listRules) {
                linter.rules()
                        .forEach(r -> out.printf(
                                "%-30s %-8s %s%n",
                                r.code(),
                                r.onByDefault() ? r.defaultSeverity().name().toLowerCase(java.util.Locale.ROOT) : "off",
                                r.description()));
                out.flush();
                return 0;
            }
            if (paths.contains("-")) {
                byte[] bytes =
                        System.in.readNBytes((int) ReadOptions.builder().build().maxFileBytes() + 1);
                String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
                java.nio.file.Path named = stdinName(stdinFilename);
                // Linted as the file it names, so that its folder and a plugin's manifest beside it tell the dialect,
                // as they do when the file itself is linted.
                report = named != null
                        ? linter.lint(text, stdinFilename, named)
                        : linter.lint(text, stdinFilename != null ? stdinFilename : "<stdin>");
            } else {
                PersonaFiles.Found input = find(linter);
                if (input == null) {
                    return ExitCodes.USAGE_OR_IO;
                }
                input.files().forEach(f -> inputs.add(f.path()));
                input.ignored().forEach(i -> inputs.add(i.file().path()));
                report = linter.lint(input);
                if (fixDryRun) {
                    LintFixing.fix(report, linter, true, out, err).print(true, err);
                } else if (fix) {
                    // Each file is linted, fixed and checked until nothing is left to fix (LintFixing); the report is
                    // what the run finds in the files as they are after the fixes.
                    LintFixing.fix(report, linter, false, out, err).print(false, err);
                    report = linter.lint(input);
                }
            }
            report = baselines.apply(report, root, inputs, err);
            if (report == null) {
                return ExitCodes.OK; // the findings were recorded
            }
        } catch (PersonaArguments.Unresolved e) {
            err.println("persona: " + e.getMessage());
            return ExitCodes.USAGE_OR_IO;
        } catch (NoSuchFileException e) {
            err.println("persona: no such file or directory: " + e.getFile());
            return ExitCodes.USAGE_OR_IO;
        } catch (IOException | IllegalArgumentException e) {
            err.println("persona: " + org.persona4j.TerminalText.escape(String.valueOf(e.getMessage())));
            return ExitCodes.USAGE_OR_IO;
        }
        if (quiet) {
            report = LintFixing.errorsOnly(report);
        }
        boolean colour =
                color != null ? color : output == null && System.console() != null && System.getenv("NO_COLOR") == null;
        String text = render(format, report, root, colour);
        if (output != null) {
            try {
                SafeWrites.write(output, text.getBytes(java.nio.charset.StandardCharsets.UTF_8), inputs);
            } catch (IOException e) {
                err.println("persona: cannot write " + output + ": " + e.getMessage());
                return ExitCodes.USAGE_OR_IO;
            }
        } else {
            out.print(text);
            out.flush();
        }
        for (Map.Entry<Format, Path> extra : reports.entrySet()) {
            try {
                SafeWrites.write(
                        extra.getValue(),
                        render(extra.getKey(), report, root, false).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        inputs);
            } catch (IOException e) {
                err.println("persona: cannot write " + extra.getValue() + ": " + e.getMessage());
                return ExitCodes.USAGE_OR_IO;
            }
        }
        long warnings = report.count(org.persona4j.Severity.WARNING);
        if (maxWarnings >= 0 && warnings > maxWarnings) {
            err.println("persona: " + warnings + " warnings, more than --max-warnings " + maxWarnings);
            return ExitCodes.FINDINGS;
        }
        if (baselines.file != null && warnings > 0) {
            err.println("persona: " + warnings + " new warning(s) beyond the baseline " + baselines.file);
            return ExitCodes.FINDINGS;
        }
        return report.hasErrors() ? ExitCodes.FINDINGS : 0;
    }

    private Linter linter(Configuration in) {
        Linter.Builder builder = Linter.builder()
                .strict(strict)
                .reportUnusedDirectives(reportUnusedDirectives)
                .readOptions(ReadOptions.builder().dialect(readAs.dialect).build());
        if (in.given()) {
            builder.config(in.config());
        } else if (in.file() != null) {
            builder.foundConfig(in.config(), in.file());
        }
        ruleLevels.forEach((code, level) -> builder.level(code, Level.parse(level)));
        if (profile != null) {
            builder.profile(Profile.named(profile));
        }
        return builder.build();
    }

    /** The files the arguments stand for, resolved once; {@code null}, with the reason printed, when there are none. */
    private PersonaFiles.Found find(Linter linter) throws IOException, PersonaArguments.Unresolved {
        PersonaArguments.Resolved resolved =
                PersonaArguments.resolve(paths, () -> BundledPersonas.catalog(catalogOption.dir));
        PersonaFiles.Found found = linter.find(resolved.directories());
        List<PersonaFile> files = new java.util.ArrayList<>(resolved.files());
        files.addAll(found.files());
        if (files.isEmpty() && found.ignored().isEmpty()) {
            found.diagnostics().forEach(spec.commandLine().getErr()::println);
            spec.commandLine()
                    .getErr()
                    .println("persona: no persona files found in " + String.join(", ", paths)
                            + " (searched for .md, .markdown and .mdc files and agents.yaml)");
            return null;
        }
        return new PersonaFiles.Found(files, found.diagnostics(), found.ignored());
    }

    /**
     * The configuration in effect, and where it comes from.
     *
     * @param config the configuration
     * @param file   its file, or {@code null} for the defaults
     * @param given  whether {@code --config} named it (trusted), rather than it being found in the tree
     */
    record Configuration(LintConfig config, Path file, boolean given) {}

    /**
     * The configuration: {@code --config}, trusted; or, unless {@code --no-config-lookup}, the nearest
     * {@code .persona-lint.yaml} above {@code start}, which the change being linted may have written, so it cannot
     * lower or switch off the security checks; or the defaults.
     */
    private Configuration configuration(Optional<Path> start) throws IOException {
        if (config != null) {
            LintConfig given = LintConfig.load(config);
            return new Configuration(
                    configBase != null
                            ? given.withBase(configBase.toAbsolutePath().normalize())
                            : given,
                    config,
                    true);
        }
        Optional<Path> found = noConfigLookup ? Optional.empty() : start.flatMap(LintConfig::find);
        return found.isPresent()
                ? new Configuration(LintConfig.loadFound(found.get()), found.get(), false)
                : new Configuration(LintConfig.defaults(), null, false);
    }

    /** Where to look for a configuration from: the first argument that is a path. */
    private Optional<Path> start() {
        for (String p : paths) {
            try {
                Path path = Path.of(p);
                if (java.nio.file.Files.exists(path)) {
                    return Optional.of(path);
                }
            } catch (java.nio.file.InvalidPathException e) {
                // not a path: an id
            }
        }
        return Optional.empty();
    }
}
