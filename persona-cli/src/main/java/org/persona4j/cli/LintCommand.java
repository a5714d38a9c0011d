package org.persona4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.persona4j.Dialect;
import org.persona4j.PersonaFile;
import org.persona4j.ReadOptions;
import org.persona4j.PersonaFiles;
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
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = {"Check persona files and directories (searched for .md and .mdc persona files).",
            "Configuration comes from --config or the nearest .persona-lint.yaml above the first PATH; one found",
            "inside the linted tree cannot lower the hidden-text errors or ignore every file."},
        footer = {"", "Exit codes: 0 no errors, 1 findings at error level, 2 usage, configuration or I/O error."})
final class LintCommand implements Callable<Integer> {

    /** The report forms. */
    enum Format { text, json, sarif }

    @Parameters(arity = "0..*", paramLabel = "PATH|ID", description = "Files or directories to check, or ids, names "
            + "or id ends of personas in --catalog or among the bundled ones.")
    List<String> paths = new java.util.ArrayList<>();

    @Option(names = "--catalog", paramLabel = "DIR", description = "A directory of personas to find ids in "
            + "(default: the bundled personas).")
    Path catalog;

    @Option(names = "--rules", description = "List every code with its default severity and what it checks.")
    boolean listRules;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Report form: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--strict", description = "Report every warning as an error.")
    boolean strict;

    @Option(names = "--config", paramLabel = "FILE", description = "The configuration file to use.")
    Path config;

    @Option(names = "--profile", paramLabel = "NAME",
            description = "Layout profile: reference, technical or permissive (overrides the configuration).")
    String profile;

    @Option(names = "--dialect", paramLabel = "DIALECT", description = "Read every file as this dialect instead "
            + "of detecting it: ${COMPLETION-CANDIDATES}.")
    Dialect dialect;

    @Option(names = "--base", paramLabel = "DIR", description = "The directory SARIF file locations are relative "
            + "to (default: the repository's top directory, else the working directory); files outside it get "
            + "absolute file: URIs.")
    Path base;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (paths.isEmpty() && !listRules) {
            err.println("persona: give at least one PATH to check (or --rules to list the rules)");
            return PersonaCommand.USAGE_OR_IO;
        }
        LintReport report;
        try {
            Linter.Builder builder = Linter.builder().strict(strict)
                    .readOptions(ReadOptions.builder().dialect(dialect).build());
            configure(builder);
            if (profile != null) {
                builder.profile(Profile.named(profile));
            }
            Linter linter = builder.build();
            if (listRules) {
                linter.rules().forEach(r -> out.printf("%-30s %-8s %s%n", r.code(),
                        r.defaultSeverity().name().toLowerCase(java.util.Locale.ROOT), r.description()));
                out.flush();
                return 0;
            }
            PersonaArguments.Resolved resolved = PersonaArguments.resolve(paths,
                    () -> BundledPersonas.catalog(catalog));
            PersonaFiles.Found found = linter.find(resolved.directories());
            List<PersonaFile> files = new java.util.ArrayList<>(resolved.files());
            files.addAll(found.files());
            List<Path> linted = new java.util.ArrayList<>(resolved.directories());
            files.forEach(f -> linted.add(f.path()));
            if (files.isEmpty()) {
                found.diagnostics().forEach(err::println);
                err.println("persona: no persona files found in " + String.join(", ", paths) + " (searched for "
                        + ".md, .markdown and .mdc files and agents.yaml)");
                return PersonaCommand.USAGE_OR_IO;
            }
            report = linter.lint(new PersonaFiles.Found(files, found.diagnostics()), linted);
        } catch (PersonaArguments.Unresolved e) {
            err.println("persona: " + e.getMessage());
            return PersonaCommand.USAGE_OR_IO;
        } catch (NoSuchFileException e) {
            err.println("persona: no such file or directory: " + e.getFile());
            return PersonaCommand.USAGE_OR_IO;
        } catch (IOException e) {
            err.println("persona: " + e.getMessage());
            return PersonaCommand.USAGE_OR_IO;
        } catch (IllegalArgumentException e) {
            err.println("persona: " + e.getMessage());
            return PersonaCommand.USAGE_OR_IO;
        }
        out.print(switch (format) {
            case text -> LintReports.text(report);
            case json -> LintReports.json(report);
            case sarif -> LintReports.sarif(report, base != null ? base : Repository.rootOrWorkingDirectory());
        });
        out.flush();
        return report.hasErrors() ? PersonaCommand.FINDINGS : 0;
    }

    /**
     * The configuration: {@code --config}, trusted; or the nearest {@code .persona-lint.yaml} above the first path,
     * which the linter trusts in full only when it is above every linted path.
     */
    private void configure(Linter.Builder builder) throws IOException {
        if (config != null) {
            builder.config(LintConfig.load(config));
        } else if (!paths.isEmpty()) {
            Optional<Path> found = start().flatMap(LintConfig::find);
            if (found.isPresent()) {
                builder.foundConfig(LintConfig.load(found.get()), found.get());
            }
        }
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
