package org.persona4j.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.persona4j.Diagnostic;
import org.persona4j.DiagnosticCodes;
import org.persona4j.Dialect;
import org.persona4j.PersonaReader;
import org.persona4j.Personas;
import org.persona4j.ReadOptions;
import org.persona4j.ReadResult;
import org.persona4j.SourceSpan;
import org.persona4j.TerminalText;
import org.persona4j.convert.Conversion;
import org.persona4j.convert.LedgerEntry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code persona convert}: writes personas in another dialect, with a ledger of what was kept and lost. */
@Command(
        name = "convert",
        mixinStandardHelpOptions = true,
        description = {
            "Write personas in another dialect, where that dialect keeps its files under --out, and say "
                    + "for every front-matter key and section whether it was mapped, transformed or lost.",
            "Never overwrites a file unless --force is given."
        },
        footer = {
            "",
            "Exit codes: 0 ok, 1 an input has error-level findings, a file exists, two personas go to the "
                    + "same file, or --check found a field that reads back different; 2 usage or I/O error."
        })
final class ConvertCommand implements Callable<Integer> {

    @Parameters(
            arity = "1..*",
            paramLabel = "PATH|ID",
            description = "Persona files or directories, or ids, names or id ends of personas in --catalog.")
    List<String> inputs = new ArrayList<>();

    @Option(
            names = "--to",
            required = true,
            paramLabel = "DIALECT",
            description = "The dialect to write, by a short name (claude, copilot, copilot-instructions, "
                    + "copilot-prompt, cursor, skill, agents-md, claude-md, gemini-md, claude-rule, claude-command, ai-ley) or a full "
                    + "one (claude-subagent…), any case. Not crewai (agents share one file) nor a retired format.")
    Dialect to;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "DIR",
            description = "The directory to write into, as a repository root (.claude/agents/…, skills/…).")
    Path out;

    @Option(
            names = "--loss-report",
            paramLabel = "FILE",
            description = "Also write the ledger of every file as " + "JSON to FILE.")
    Path lossReport;

    @Option(names = "--force", description = "Overwrite files that exist.")
    boolean force;

    @Option(
            names = "--check",
            description = "Read every written file back and compare each mapped field with the "
                    + "source; a field that differs is an error.")
    boolean check;

    @CommandLine.Mixin
    CatalogOption catalogOption = new CatalogOption();

    @CommandLine.Mixin
    ReadAsOption readAs = new ReadAsOption();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!to.writable()) {
            org.persona4j.dialect.DialectSpec spec = to.spec();
            err.println("persona: "
                    + (spec.lifecycle() == org.persona4j.dialect.Lifecycle.RETIRED
                            ? spec.displayName() + "s are retired; write "
                                    + spec.replacement().spec().shortName() + " ("
                                    + spec.replacement().displayName() + ") instead: --to "
                                    + spec.replacement().spec().shortName()
                            : spec.displayName() + "s are read and converted from, not written; choose another --to"));
            return ExitCodes.USAGE_OR_IO;
        }
        boolean errors = false;
        List<Conversion> written = new ArrayList<>();
        read.clear();
        try {
            PersonaReader reader = PersonaReader.builder()
                    .options(ReadOptions.builder().dialect(readAs.dialect).build())
                    .build();
            List<ReadResult> results =
                    PersonaArguments.readAll(inputs, () -> BundledPersonas.catalog(catalogOption.dir), reader, err);
            Map<String, String> destinations = new HashMap<>();
            for (ReadResult result : results) {
                result.findPersona().flatMap(p -> p.source().file()).ifPresent(read::add);
            }
            if (results.stream().allMatch(r -> r.findPersona().isEmpty())) {
                results.forEach(r -> r.diagnostics().forEach(err::println));
                err.println("persona: no persona to convert in " + TerminalText.escape(String.join(", ", inputs)));
                return ExitCodes.USAGE_OR_IO;
            }
            for (ReadResult result : results) {
                result.diagnostics().forEach(err::println);
                errors |= result.hasErrors();
                if (result.findPersona().isEmpty()) {
                    continue;
                }
                String label = result.findPersona().get().source().label();
                if (result.diagnostics().stream().anyMatch(d -> UNREAD_FRONT_MATTER.contains(d.code()))) {
                    err.println(DiagnosticCodes.CONVERT_UNREAD_FRONT_MATTER.at(
                            label,
                            SourceSpan.FILE,
                            "its front matter did not read (the error above), so converting it would drop keys the "
                                    + "ledger cannot name; nothing was written for this file"));
                    errors = true;
                    continue;
                }
                Conversion c = Personas.convert(result.findPersona().get(), to);
                String earlier = destinations.putIfAbsent(c.path(), label);
                if (earlier != null) {
                    err.println(DiagnosticCodes.CONVERT_CLASH.at(
                            label,
                            SourceSpan.FILE,
                            "converts to " + c.path() + ", which " + earlier
                                    + " was already written to; nothing was written for this file"));
                    errors = true;
                    continue;
                }
                if (!write(c, err)) {
                    errors = true;
                    continue;
                }
                written.add(c);
                report(c, stdout);
                if (check) {
                    List<Diagnostic> mismatches = c.check();
                    mismatches.forEach(err::println);
                    errors |= !mismatches.isEmpty();
                }
            }
            if (lossReport != null) {
                SafeWrites.write(lossReport, json(written).getBytes(StandardCharsets.UTF_8), read);
            }
        } catch (PersonaArguments.Unresolved e) {
            err.println("persona: " + e.getMessage());
            return ExitCodes.USAGE_OR_IO;
        } catch (IOException e) {
            err.println("persona: cannot read or write " + TerminalText.escape(String.valueOf(e.getMessage())));
            return ExitCodes.USAGE_OR_IO;
        }
        stdout.flush();
        return errors ? ExitCodes.FINDINGS : 0;
    }

    /**
     * Writes the file under {@code --out}, with the files its source bundles where the target keeps them;
     * {@code false}, with an error printed, when one exists.
     */
    private boolean write(Conversion c, PrintWriter err) throws IOException {
        Path destination = out.resolve(c.path());
        try {
            if (!force) {
                // Every file of the conversion or none: a clash found half-way would leave half a skill behind.
                for (Path p : destinations(c)) {
                    if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                        throw new FileAlreadyExistsException(p.toString());
                    }
                }
            }
            write(destination, c.text().getBytes(StandardCharsets.UTF_8));
            for (org.persona4j.convert.BundledFile f : c.files()) {
                write(out.resolve(f.path()), bundled(f.source()));
            }
            return true;
        } catch (FileAlreadyExistsException e) {
            err.println(DiagnosticCodes.CONVERT_EXISTS.at(
                    c.source().source().label(),
                    SourceSpan.FILE,
                    "converts to " + e.getFile() + ", which exists; nothing more was written (pass --force to "
                            + "overwrite)"));
            return false;
        }
    }

    private List<Path> destinations(Conversion c) {
        List<Path> all = new ArrayList<>();
        all.add(out.resolve(c.path()));
        c.files().forEach(f -> all.add(out.resolve(f.path())));
        return all;
    }

    /**
     * The reading errors after which a persona lacks front matter its file has: the block did not parse, was not
     * closed or not a mapping, was over the size limit, or held a tag, an alias, nesting too deep or a second
     * document, which the reader refuses. A duplicate key (the last value counts, as in YAML) or a line separator
     * (read as YAML reads it) leaves every key read.
     */
    private static final java.util.Set<String> UNREAD_FRONT_MATTER = java.util.Set.of(
            DiagnosticCodes.FRONT_MATTER_SYNTAX.code(),
            DiagnosticCodes.FRONT_MATTER_UNCLOSED.code(),
            DiagnosticCodes.FRONT_MATTER_NOT_A_MAPPING.code(),
            DiagnosticCodes.FRONT_MATTER_TOO_LARGE.code(),
            DiagnosticCodes.YAML_TAG.code(),
            DiagnosticCodes.YAML_ALIAS.code(),
            DiagnosticCodes.YAML_TOO_DEEP.code(),
            DiagnosticCodes.FRONT_MATTER_SECOND_DOCUMENT.code());

    /** The most bytes one bundled file may have: a skill's scripts and references, not its datasets. */
    private static final int MAX_BUNDLED_BYTES = 16 * 1024 * 1024;

    /**
     * A bundled file's bytes, through the one way files are opened (a regular file, an open that cannot block), and
     * never through a link put in its place since it was listed.
     */
    private static byte[] bundled(Path source) throws IOException {
        if (Files.isSymbolicLink(source)) {
            throw new IOException(source + " became a symbolic link after it was listed; it is not followed");
        }
        byte[] bytes = org.persona4j.PersonaFiles.readSmallFile(source, MAX_BUNDLED_BYTES + 1);
        if (bytes.length > MAX_BUNDLED_BYTES) {
            throw new IOException(source + ": a bundled file larger than " + MAX_BUNDLED_BYTES + " bytes");
        }
        return bytes;
    }

    private void write(Path destination, byte[] bytes) throws IOException {
        SafeWrites.write(destination, bytes, read, force);
    }

    /** The files this run read, which no write may replace. */
    private final List<Path> read = new ArrayList<>();

    /** One line per written file, then one per lost key or section. */
    private void report(Conversion c, PrintWriter stdout) {
        stdout.println(TerminalText.escape(c.source().source().label()) + " -> " + out.resolve(c.path()) + ": "
                + c.entries(LedgerEntry.Outcome.MAPPED).size() + " mapped, "
                + c.entries(LedgerEntry.Outcome.TRANSFORMED).size() + " transformed, "
                + c.entries(LedgerEntry.Outcome.LOST).size() + " lost");
        for (LedgerEntry e : c.entries(LedgerEntry.Outcome.LOST)) {
            stdout.println("  lost "
                    + switch (e.origin()) {
                        case KEY -> "key '";
                        case SECTION -> "section '";
                        case FILLED -> "filled key '";
                        case FILE -> "bundled file '";
                    }
                    + TerminalText.escape(e.name()) + "' (" + TerminalText.escape(e.location()) + "): "
                    + TerminalText.escape(e.note()));
        }
    }

    private String json(List<Conversion> conversions) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("target", to.name());
        ArrayNode files = root.putArray("files");
        for (Conversion c : conversions) {
            ObjectNode file = files.addObject();
            file.put("source", c.source().source().label());
            file.put("output", c.path());
            ArrayNode ledger = file.putArray("ledger");
            for (LedgerEntry e : c.ledger()) {
                ObjectNode entry = ledger.addObject();
                entry.put("origin", e.origin().name().toLowerCase(java.util.Locale.ROOT));
                entry.put("name", e.name());
                entry.put("outcome", e.outcome().name().toLowerCase(java.util.Locale.ROOT));
                entry.put("target", e.target());
                entry.put("note", e.note());
                entry.put("file", e.file());
                entry.put("line", e.span().startLine());
            }
        }
        return mapper.writeValueAsString(root) + "\n";
    }
}
