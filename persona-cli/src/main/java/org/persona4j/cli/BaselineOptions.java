package org.persona4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.persona4j.validation.Baseline;
import org.persona4j.validation.LintReport;
import picocli.CommandLine.Option;

/** {@code persona lint}'s baseline options, and what they do to a run's report. */
final class BaselineOptions {

    @Option(
            names = "--baseline",
            paramLabel = "FILE",
            description = "Report only findings that FILE does not "
                    + "record, and exit 1 on any new warning or error; with --update-baseline, record today's findings in "
                    + "FILE instead.")
    Path file;

    @Option(
            names = "--update-baseline",
            description = "Write every finding of this run to the --baseline file " + "and exit 0.")
    boolean update;

    @Option(
            names = "--prune-baseline",
            description = "Remove from the --baseline file what this run no longer finds in the files it lints (fixed, "
                    + "or gone with its file), keeping what it records of other files, then report as --baseline "
                    + "does; it never records a new finding. Prune with the configuration and rules of a full run.")
    boolean prune;

    /** {@return what is wrong with the options as given, or {@code null}} */
    String misuse() {
        if ((update || prune) && file == null) {
            return (update ? "--update-baseline" : "--prune-baseline") + " needs --baseline FILE";
        }
        return update && prune
                ? "--update-baseline records every finding; --prune-baseline keeps only recorded ones: give one"
                : null;
    }

    /**
     * Applies the options to a run's report: records it (then {@code null}: the run is done), prunes the baseline,
     * or filters the report by it.
     *
     * @param report the run's report
     * @param root   the directory the baseline's file names are relative to
     * @param inputs the files the run read, which the baseline file may not replace
     */
    LintReport apply(LintReport report, Path root, List<Path> inputs, PrintWriter err) throws IOException {
        if (file == null) {
            return report;
        }
        if (update) {
            SafeWrites.write(file, Baseline.of(report, root).toJson().getBytes(StandardCharsets.UTF_8), inputs);
            err.println("persona: recorded "
                    + report.files().stream()
                            .mapToLong(f -> f.diagnostics().size())
                            .sum() + " findings in " + file);
            return null;
        }
        Baseline accepted = Baseline.read(file);
        if (prune) {
            Baseline pruned = accepted.prune(report, root, inputs);
            SafeWrites.write(file, pruned.toJson().getBytes(StandardCharsets.UTF_8), inputs);
            err.println("persona: pruned " + (accepted.size() - pruned.size()) + " of " + accepted.size()
                    + " recorded findings from " + file);
            accepted = pruned;
        }
        return accepted.filter(report, root);
    }
}
