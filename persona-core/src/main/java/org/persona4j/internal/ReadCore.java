package org.persona4j.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import org.persona4j.Diagnostic;
import org.persona4j.DiagnosticCodes;
import org.persona4j.Dialect;
import org.persona4j.Persona;
import org.persona4j.PersonaFile;
import org.persona4j.ReadOptions;
import org.persona4j.ReadResult;
import org.persona4j.SourceSpan;
import org.persona4j.internal.files.FileBytes;
import org.persona4j.model.PersonaBody;
import org.persona4j.spi.PersonaHead;
import org.persona4j.spi.PersonaParser;
import org.persona4j.spi.SourceInput;

/**
 * The one read path behind {@link org.persona4j.PersonaReader} and the catalog: open (see {@link FileBytes}), check
 * the size and that the bytes are text, pick the parser by file name, parse, and leave out Markdown files found in
 * a folder that are not personas. See {@code docs/ARCHITECTURE.md}.
 */
public final class ReadCore {

    private ReadCore() {}

    /**
     * The bytes of a file, at most one past the limit, and its attributes before it was opened; or the finding
     * that it could not be opened safely.
     */
    public record Loaded(byte[] bytes, BasicFileAttributes before, Diagnostic failure) {}

    /** Opens and reads a file, turning a file that is no longer a regular file into a finding. */
    public static Loaded load(Path path, String label, ReadOptions options) throws IOException {
        try {
            FileBytes.Read read = FileBytes.read(path, cap(options));
            return new Loaded(read.bytes(), read.before(), null);
        } catch (FileBytes.NotRegularFile e) {
            return new Loaded(
                    null, null, DiagnosticCodes.FILE_SKIPPED.at(label, SourceSpan.FILE, label + " " + e.getMessage()));
        }
    }

    /** How many bytes to read to learn whether a file is over the limit. */
    public static int cap(ReadOptions options) {
        return (int) Math.min(Integer.MAX_VALUE - 8L, options.maxFileBytes() + 1L);
    }

    /** The finding that rejects these bytes before any parser sees them, or {@code null}. */
    public static Diagnostic reject(byte[] bytes, String label, ReadOptions options) {
        if (bytes.length > options.maxFileBytes()) {
            return DiagnosticCodes.FILE_TOO_LARGE.at(
                    label,
                    SourceSpan.FILE,
                    "file is larger than the limit of " + options.maxFileBytes()
                            + " bytes; split it, or raise ReadOptions.maxFileBytes if it is trusted");
        }
        if (FileBytes.isBinary(bytes)) {
            return DiagnosticCodes.FILE_BINARY.at(
                    label,
                    SourceSpan.FILE,
                    "the file is binary (NUL bytes or mostly " + "control characters), not a persona; it was not read");
        }
        return null;
    }

    /**
     * Reads a whole input. A Markdown file found in a folder ({@code named == false}) that is another tool's file
     * ({@link NotPersonas#otherFormat}), a repository's own document without a front matter that names a persona
     * ({@link NotPersonas#namesAPersona}), or one with neither front matter nor sections that describe a role
     * ({@link NotPersonas#hasPersonaSection}) gives no persona and one {@code file.not-a-persona} finding.
     */
    public static ReadResult read(List<PersonaParser> parsers, SourceInput input, ReadOptions given, boolean named) {
        Diagnostic rejected = reject(input.bytes(), input.label(), given);
        if (rejected != null) {
            return new ReadResult(null, List.of(rejected));
        }
        ReadOptions options = pluginCommand(input, given);
        if (!named && options == given && NotPersonas.otherFormat(input) != null) {
            return new ReadResult(null, List.of(NotPersonas.notAPersona(input)));
        }
        ReadResult read = Formats.parser(parsers, Formats.fileName(input)).read(input, options);
        Persona p = read.persona();
        if (!named
                && p != null
                && options == given
                && !NotPersonas.claimedByPath(input)
                && (NotPersonas.isRepositoryDocument(input)
                        ? !NotPersonas.namesAPersona(p.metadata())
                        : lacksFrontMatter(p.headerDiagnostics()) && !NotPersonas.hasPersonaSection(p.body()))) {
            return new ReadResult(null, List.of(NotPersonas.notAPersona(input)), read.text());
        }
        return read;
    }

    /** Reads every persona of a whole input ({@link PersonaParser#readAll}); one result for most files. */
    public static List<ReadResult> readAll(
            List<PersonaParser> parsers, SourceInput input, ReadOptions options, boolean named) {
        PersonaParser parser = Formats.parser(parsers, Formats.fileName(input));
        if (reject(input.bytes(), input.label(), options) != null || !several(input)) {
            return List.of(SourceHashing.owned(input.bytes(), () -> read(parsers, input, options, named)));
        }
        return SourceHashing.owned(input.bytes(), () -> parser.readAll(input, options));
    }

    /** Whether the input's file is one that holds several personas. */
    private static boolean several(SourceInput input) {
        return Dialect.detect(Formats.fileName(input), List.of()) == Dialect.CREWAI_AGENT;
    }

    /** {@link #readHead} for every persona of the input. */
    public static List<Head> readHeads(
            List<PersonaParser> parsers, SourceInput input, ReadOptions options, boolean named) {
        if (reject(input.bytes(), input.label(), options) != null || !several(input)) {
            return List.of(readHead(parsers, input, options, named));
        }
        PersonaParser parser = Formats.parser(parsers, Formats.fileName(input));
        return parser.readHeads(input, options).stream()
                .map(h -> new Head(parser, h, null, null))
                .toList();
    }

    /**
     * What a catalog keeps of a file before its body is needed: the head, and the body already parsed only when
     * deciding whether a file without front matter is a persona needed it.
     */
    public record Head(PersonaParser parser, PersonaHead head, PersonaBody body, Diagnostic rejected) {}

    /** Reads up to the body, for a catalog. */
    public static Head readHead(List<PersonaParser> parsers, SourceInput input, ReadOptions given, boolean named) {
        Diagnostic rejected = reject(input.bytes(), input.label(), given);
        if (rejected != null) {
            return new Head(null, null, null, rejected);
        }
        ReadOptions options = pluginCommand(input, given);
        if (!named && options == given && NotPersonas.otherFormat(input) != null) {
            return new Head(null, null, null, NotPersonas.notAPersona(input));
        }
        PersonaParser parser = Formats.parser(parsers, Formats.fileName(input));
        PersonaHead head = parser.readHead(input, options);
        if (!named
                && options == given
                && NotPersonas.isRepositoryDocument(input)
                && !NotPersonas.claimedByPath(input)
                && !NotPersonas.namesAPersona(head.metadata())) {
            return new Head(parser, head, null, NotPersonas.notAPersona(input));
        }
        // A dialect told without front matter (by the file's name or folder, a command's body or the keys of a
        // misplaced front matter) claims the file; one the caller chose for every file does not.
        if (head.frontMatter()
                || named
                || options != given
                || NotPersonas.claimedByPath(input)
                || (given.dialect() == null && head.dialect() != Dialect.AI_LEY)
                || DiagnosticCodes.FRONT_MATTER_MISPLACED.isIn(head.diagnostics())) {
            return new Head(parser, head, null, null);
        }
        PersonaBody body = parser.readBody(head, bodyText(head, input.bytes()), options);
        return NotPersonas.hasPersonaSection(body)
                ? new Head(parser, head, body, null)
                : new Head(parser, head, null, NotPersonas.notAPersona(input));
    }

    /**
     * The options for reading a file of a Claude Code plugin's {@code commands} folder (the folder beside the plugin's
     * {@code .claude-plugin/plugin.json}, or one below it that groups commands) as the command Claude Code loads it as,
     * front matter or not; {@code options} themselves for any other file, or when they name a dialect. Only a
     * Markdown file at most eight folders below a folder named {@code commands} costs a look for the manifest; text
     * read without a file (standard input, a label) is told by its path and keys alone.
     */
    private static ReadOptions pluginCommand(SourceInput input, ReadOptions options) {
        if (options.dialect() != null || input.file().isEmpty()) {
            return options;
        }
        Path file = input.file().get();
        String name = String.valueOf(file.getFileName()).toLowerCase(java.util.Locale.ROOT);
        if (!name.endsWith(".md")) {
            return options;
        }
        Path folder = file.toAbsolutePath().getParent();
        for (int up = 0;
                up <= org.persona4j.internal.dialect.Detection.COMMAND_DEPTH
                        && folder != null
                        && folder.getFileName() != null;
                up++, folder = folder.getParent()) {
            if (folder.getFileName().toString().equals("commands")) {
                Path root = folder.getParent();
                return root != null && java.nio.file.Files.isRegularFile(root.resolve(".claude-plugin/plugin.json"))
                        ? options.toBuilder().dialect(Dialect.CLAUDE_COMMAND).build()
                        : options;
            }
        }
        return options;
    }

    /** The body of a head as text, decoding it from the input's bytes when it was left there. */
    public static String bodyText(PersonaHead head, byte[] bytes) {
        return head.bodyText() != null
                ? head.bodyText()
                : new String(
                        bytes,
                        head.bodyByteOffset(),
                        bytes.length - head.bodyByteOffset(),
                        java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A {@link SourceInput} for a discovered file. */
    public static SourceInput input(PersonaFile file, byte[] bytes) {
        return new SourceInput(file.label(), file.path(), file.defaultId(), bytes);
    }

    private static boolean lacksFrontMatter(List<Diagnostic> header) {
        return DiagnosticCodes.FRONT_MATTER_MISSING.isIn(header);
    }
}
