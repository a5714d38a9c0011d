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
import org.persona4j.model.SectionKind;
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
     * ({@link #otherFormat}), a repository's own document without front matter, or one with neither front matter nor
     * sections that describe a role ({@link #hasPersonaSection}) gives no persona and one {@code file.not-a-persona}
     * finding.
     */
    public static ReadResult read(List<PersonaParser> parsers, SourceInput input, ReadOptions given, boolean named) {
        Diagnostic rejected = reject(input.bytes(), input.label(), given);
        if (rejected != null) {
            return new ReadResult(null, List.of(rejected));
        }
        ReadOptions options = pluginCommand(input, given);
        if (!named && options == given && otherFormat(input) != null) {
            return new ReadResult(null, List.of(notAPersona(input)));
        }
        ReadResult read = Formats.parser(parsers, fileName(input)).read(input, options);
        Persona p = read.persona();
        if (!named
                && p != null
                && options == given
                && !claimedByPath(input)
                && lacksFrontMatter(p.headerDiagnostics())
                && (isRepositoryDocument(input) || !hasPersonaSection(p.body()))) {
            return new ReadResult(null, List.of(notAPersona(input)), read.text());
        }
        return read;
    }

    /** Reads every persona of a whole input ({@link PersonaParser#readAll}); one result for most files. */
    public static List<ReadResult> readAll(
            List<PersonaParser> parsers, SourceInput input, ReadOptions options, boolean named) {
        PersonaParser parser = Formats.parser(parsers, fileName(input));
        if (reject(input.bytes(), input.label(), options) != null || !several(input)) {
            return List.of(SourceHashing.owned(input.bytes(), () -> read(parsers, input, options, named)));
        }
        return SourceHashing.owned(input.bytes(), () -> parser.readAll(input, options));
    }

    /** Whether the input's file is one that holds several personas. */
    private static boolean several(SourceInput input) {
        return Dialect.detect(fileName(input), List.of()) == Dialect.CREWAI_AGENT;
    }

    /** {@link #readHead} for every persona of the input. */
    public static List<Head> readHeads(
            List<PersonaParser> parsers, SourceInput input, ReadOptions options, boolean named) {
        if (reject(input.bytes(), input.label(), options) != null || !several(input)) {
            return List.of(readHead(parsers, input, options, named));
        }
        PersonaParser parser = Formats.parser(parsers, fileName(input));
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
        if (!named && options == given && otherFormat(input) != null) {
            return new Head(null, null, null, notAPersona(input));
        }
        PersonaParser parser = Formats.parser(parsers, fileName(input));
        PersonaHead head = parser.readHead(input, options);
        // A dialect told without front matter (by the file's name or folder, or a command's body) claims the file.
        if (head.frontMatter()
                || named
                || options != given
                || head.dialect() != Dialect.AI_LEY
                || misplacedFrontMatter(head)) {
            return new Head(parser, head, null, null);
        }
        if (isRepositoryDocument(input)) {
            return new Head(parser, head, null, notAPersona(input));
        }
        PersonaBody body = parser.readBody(head, bodyText(head, input.bytes()), options);
        return hasPersonaSection(body)
                ? new Head(parser, head, body, null)
                : new Head(parser, head, null, notAPersona(input));
    }

    /** Whether the head's front matter was found where no tool reads it: meant as a persona, and broken. */
    private static boolean misplacedFrontMatter(PersonaHead head) {
        for (Diagnostic d : head.diagnostics()) {
            if (d.code().equals(DiagnosticCodes.FRONT_MATTER_MISPLACED.code())) {
                return true;
            }
        }
        return false;
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

    /**
     * The names of the documents a repository keeps about itself (README, CONTRIBUTING, CHANGELOG, CODE_OF_CONDUCT,
     * LICENSE, a single issue or pull request template), which a collection of personas holds beside them: found in a folder without front matter, such a file
     * is not a persona even when a heading reads like a persona section ("## When to Use", "## Best Practices"), so
     * that an index of a collection never answers a task with it.
     */
    private static final java.util.Set<String> REPOSITORY_DOCUMENTS = java.util.Set.of(
            "readme",
            "contributing",
            "changelog",
            "code_of_conduct",
            "code-of-conduct",
            "license",
            "licence",
            "pull_request_template",
            "issue_template");

    /** Whether the input's file is one of {@link #REPOSITORY_DOCUMENTS}, whatever its case and Markdown extension. */
    private static boolean isRepositoryDocument(SourceInput input) {
        String name = fileName(input).toLowerCase(java.util.Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String extension = name.substring(dot + 1);
        return (extension.equals("md") || extension.equals("markdown"))
                && REPOSITORY_DOCUMENTS.contains(name.substring(0, dot));
    }

    /**
     * Whether the input is a Claude Code plugin's settings file, {@code .claude/<plugin>.local.md} (YAML settings
     * over notes, such as hookify's rules), which no dialect claims: {@code CLAUDE.local.md} is Claude Code's own
     * memory file and is claimed by its name.
     */
    private static boolean isPluginSettings(SourceInput input) {
        String name = fileName(input).toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".local.md") && name.length() > ".local.md".length() && !claimedByPath(input);
    }

    /**
     * What another tool's Markdown file is, when the input is one whose front matter configures something other than
     * a persona, or {@code null}: a Claude Code plugin's settings file ({@link #isPluginSettings}); a GitHub Agentic
     * Workflow, a Markdown file in {@code .github/workflows} that {@code gh aw compile} turns into a {@code .lock.yml}
     * (github.github.io/gh-aw/reference/workflow-structure, read 2026-12-07); or a GitHub issue or pull request
     * template, a Markdown file in a folder {@code ISSUE_TEMPLATE} or {@code PULL_REQUEST_TEMPLATE} (in {@code .github},
     * {@code docs} or the root, whose front matter, {@code name}, {@code about}, {@code title}, {@code labels},
     * {@code assignees}, fills in a new issue: docs.github.com, "Configuring issue templates for your repository" and
     * "Creating a pull request template for your repository", read 2026-12-07).
     */
    private static String otherFormat(SourceInput input) {
        if (isPluginSettings(input)) {
            return "a Claude Code plugin's settings file (NAME.local.md)";
        }
        String path = input.file().map(String::valueOf).orElse(input.label());
        String lower = path.toLowerCase(java.util.Locale.ROOT);
        if (!lower.endsWith(".md")) {
            return null;
        }
        if (org.persona4j.internal.dialect.Detection.inFolder(path, ".github/workflows")) {
            return "a GitHub Agentic Workflow (.github/workflows/NAME.md, compiled by gh aw)";
        }
        if (org.persona4j.internal.dialect.Detection.inFolder(lower, "issue_template")
                || org.persona4j.internal.dialect.Detection.inFolder(lower, "pull_request_template")) {
            return "a GitHub issue or pull request template (ISSUE_TEMPLATE/NAME.md, PULL_REQUEST_TEMPLATE/NAME.md)";
        }
        return null;
    }

    private static Diagnostic notAPersona(SourceInput input) {
        String other = otherFormat(input);
        if (other != null) {
            return DiagnosticCodes.FILE_NOT_A_PERSONA.at(
                    input.label(), SourceSpan.FILE, other + ", not a persona; name it explicitly to read it anyway");
        }
        return DiagnosticCodes.FILE_NOT_A_PERSONA.at(
                input.label(),
                SourceSpan.FILE,
                isRepositoryDocument(input)
                        ? "a repository's own document (README, CONTRIBUTING, CHANGELOG…) without front matter, so it "
                                + "is not read as a persona; name it explicitly to read it anyway"
                        : "neither front matter nor sections that describe a role (two of '## Role Summary', "
                                + "'## Capabilities', '## Constraints' and the like), so this Markdown file is not read "
                                + "as a persona; name it explicitly to read it anyway");
    }

    /** Whether a dialect claims the file by its name or folder (AGENTS.md, *.instructions.md…), front matter or not. */
    private static boolean claimedByPath(SourceInput input) {
        return Dialect.fromPath(input.file().map(String::valueOf).orElse(input.label()))
                .isPresent();
    }

    private static boolean lacksFrontMatter(List<Diagnostic> header) {
        for (Diagnostic d : header) {
            if (d.code().equals(DiagnosticCodes.FRONT_MATTER_MISSING.code())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a body without front matter reads as a persona's: sections of at least two kinds that describe a role
     * (who it is, its goals, capabilities, knowledge, constraints, directives, how it interacts), not counting headings
     * any document has ("Overview", "Introduction", "Best Practices", "Guidelines", "Workflow") nor examples,
     * templates and metadata. A guide with an overview, examples and best practices is documentation; a prompt with a
     * profile, skills and rules is a persona.
     */
    private static boolean hasPersonaSection(PersonaBody body) {
        java.util.EnumSet<SectionKind> kinds = java.util.EnumSet.noneOf(SectionKind.class);
        for (org.persona4j.model.Section s : body.sections()) {
            if (ROLE_KINDS.contains(s.kind()) && !SectionAliases.isGeneric(s.heading())) {
                kinds.add(s.kind());
            }
        }
        return kinds.size() >= 2;
    }

    /**
     * The kinds of section that describe a role, the reference layout's first seven, rather than show it (examples,
     * templates, metadata).
     */
    private static final java.util.Set<SectionKind> ROLE_KINDS =
            java.util.EnumSet.range(SectionKind.ROLE_SUMMARY, SectionKind.INTERACTION);

    private static String fileName(SourceInput input) {
        String label = input.file().map(f -> String.valueOf(f.getFileName())).orElse(input.label());
        int slash = Math.max(label.lastIndexOf('/'), label.lastIndexOf('\\'));
        String name = label.substring(slash + 1);
        return name.contains(".") ? name : name + ".md";
    }
}
