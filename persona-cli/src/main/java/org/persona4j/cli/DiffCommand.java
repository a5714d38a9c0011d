package org.persona4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.persona4j.PersonaFile;
import org.persona4j.PersonaReader;
import org.persona4j.ReadOptions;
import org.persona4j.diff.DiffGate;
import org.persona4j.diff.PersonaDiff;
import org.persona4j.render.TokenCounter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code persona diff}: what changed between two versions of personas, as structure, with gates for CI. */
@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        description = {
            "Show what changed between two versions of personas: front-matter keys, sections added, "
                    + "removed, renamed or moved, list items, capability groups, examples and templates, with their "
                    + "lines, the change in rendered tokens, and a body changed under the same version.",
            "Compare two files, two directories (files paired by path), or with --git REV the revision's personas "
                    + "under PATH (default .) against the working tree."
        },
        footer = {
            "",
            "Gates (--fail-on, comma-separated): ACTION:TARGET with ACTION removed, added, renamed, "
                    + "moved or changed and TARGET a section kind (constraints, directives, role-summary, …), "
                    + "sections, metadata, personas or any; or version-unchanged.",
            "Exit codes: 0 no gate fired, 1 a gate fired, 2 usage or I/O error."
        })
final class DiffCommand implements Callable<Integer> {

    enum Format {
        text,
        json,
        sarif
    }

    @Parameters(
            arity = "0..*",
            paramLabel = "PATH",
            description = "OLD NEW (two files or two directories); with --git, the paths to compare (default .).")
    List<String> paths = new ArrayList<>();

    @Option(
            names = "--git",
            paramLabel = "REV",
            description = "Compare the personas of this revision (HEAD~1, " + "main, a tag) with the working tree.")
    String git;

    @Option(
            names = {"-f", "--format"},
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text (default), json, or sarif (annotating the new files' lines).")
    Format format;

    @Option(
            names = "--fail-on",
            paramLabel = "GATES",
            description = "Exit 1 when a change fires one of these "
                    + "gates, such as removed:constraints,removed:directives,version-unchanged.")
    String failOn = "";

    @CommandLine.Mixin
    ReadAsOption readAs = new ReadAsOption();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<DiffGate> gates;
        try {
            gates = DiffGate.parseAll(failOn);
        } catch (IllegalArgumentException e) {
            err.println("persona: --fail-on: " + e.getMessage());
            return ExitCodes.USAGE_OR_IO;
        }
        PersonaReader reader = PersonaReader.builder()
                .options(ReadOptions.builder().dialect(readAs.dialect).build())
                .build();
        DiffSides sides = new DiffSides(reader, TokenCounter.cl100k(), err);
        List<PersonaDiff> diffs;
        try {
            diffs = git != null ? againstRevision(sides) : betweenPaths(sides, err);
        } catch (IllegalArgumentException e) {
            err.println("persona: " + e.getMessage());
            return ExitCodes.USAGE_OR_IO;
        } catch (IOException e) {
            err.println("persona: " + e.getMessage());
            return ExitCodes.USAGE_OR_IO;
        }
        if (diffs == null) {
            return ExitCodes.USAGE_OR_IO;
        }
        out.print(
                switch (format) {
                    case text -> DiffReports.text(diffs, gates);
                    case json -> DiffReports.json(diffs, gates);
                    case sarif -> DiffReports.sarif(diffs, gates);
                });
        out.flush();
        long fired = diffs.stream().mapToLong(d -> d.firing(gates).size()).sum();
        if (fired > 0) {
            err.println("persona: " + fired + " change(s) fire --fail-on " + failOn.strip());
            return ExitCodes.FINDINGS;
        }
        return 0;
    }

    /** OLD NEW: two files, or two directories; {@code null} after a usage error. */
    private List<PersonaDiff> betweenPaths(DiffSides sides, PrintWriter err) throws IOException {
        if (paths.size() != 2) {
            err.println("persona: give OLD and NEW (two files or two directories), or --git REV");
            return null;
        }
        Path before = Path.of(paths.get(0));
        Path after = Path.of(paths.get(1));
        for (Path p : List.of(before, after)) {
            if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                err.println("persona: no such file or directory: " + p);
                return null;
            }
        }
        if (Files.isDirectory(before) && Files.isDirectory(after)) {
            return sides.pair(
                    sides.files(before, before),
                    sides.files(after, after),
                    key -> before.resolve(key).toString());
        }
        if (Files.isDirectory(before) || Files.isDirectory(after)) {
            err.println("persona: OLD and NEW must both be files or both be directories");
            return null;
        }
        return sides.files(named(before), named(after));
    }

    /** {@code --git REV [PATH…]}: the revision's files, copied to a temporary directory, against the tree. */
    private List<PersonaDiff> againstRevision(DiffSides sides) throws IOException {
        List<Path> under =
                (paths.isEmpty() ? List.of(".") : paths).stream().map(Path::of).toList();
        Path first = under.get(0).toAbsolutePath().normalize();
        Path at = Files.isDirectory(first) ? first : first.getParent();
        while (at != null && !Files.isDirectory(at)) {
            at = at.getParent(); // a path deleted since the revision: git runs in the nearest directory left
        }
        GitRevision revision = new GitRevision(at == null ? Path.of("").toAbsolutePath() : at, git);
        Path root = revision.root();
        Path copy = Files.createTempDirectory("persona-diff");
        try {
            revision.copy(under, copy);
            Map<String, PersonaFile> before = sides.files(copy, copy);
            Map<String, PersonaFile> after = new java.util.TreeMap<>();
            for (Path p : under) {
                if (Files.exists(p)) {
                    after.putAll(sides.files(root, p));
                }
            }
            return sides.pair(before, after, key -> git + ":" + key);
        } finally {
            DiffSides.deleteTree(copy);
        }
    }

    private static PersonaFile named(Path file) {
        String name = String.valueOf(file.getFileName());
        int dot = name.lastIndexOf('.');
        return new PersonaFile(file, file.toString(), dot > 0 ? name.substring(0, dot) : name, true);
    }
}
