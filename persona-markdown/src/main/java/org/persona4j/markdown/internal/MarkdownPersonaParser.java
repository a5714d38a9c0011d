package org.persona4j.markdown.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.persona4j.Diagnostic;
import org.persona4j.DiagnosticCodes;
import org.persona4j.Dialect;
import org.persona4j.Persona;
import org.persona4j.PersonaMetadata;
import org.persona4j.PersonaSource;
import org.persona4j.ReadOptions;
import org.persona4j.ReadResult;
import org.persona4j.SourceSpan;
import org.persona4j.dialect.FrontMatterSyntax;
import org.persona4j.model.PersonaBody;
import org.persona4j.spi.PersonaHead;
import org.persona4j.spi.PersonaParser;
import org.persona4j.spi.SourceInput;

/**
 * Parses Markdown personas: bytes → text (decode, BOM, line breaks) → front matter (line scanner, then SnakeYAML
 * events under limits) → typed metadata → body (flexmark under a work budget), at once or when asked.
 */
public final class MarkdownPersonaParser implements PersonaParser {

    @Override
    public boolean supports(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".md") || n.endsWith(".markdown") || n.endsWith(".mdc");
    }

    @Override
    public ReadResult read(SourceInput input, ReadOptions options) {
        DecodedText decoded = DecodedText.decode(input.bytes(), input.label(), false);
        Header header = header(input, decoded, options, PersonaSource.of(input.label(), input.path(), input.bytes()));
        String body = decoded.text().substring(header.bodyStart());
        Persona persona = Persona.of(
                header.id(),
                header.dialect(),
                header.metadata(),
                header.source(),
                readBody(body, header.bodyLine(), input.label(), options),
                header.diagnostics());
        return new ReadResult(persona, persona.diagnostics(), decoded.text());
    }

    @Override
    public PersonaHead readHead(SourceInput input, ReadOptions options) {
        DecodedText decoded = DecodedText.decode(input.bytes(), input.label(), true);
        // A clean file's bytes stay with the catalog entry for its body: its hash can wait until it is asked for.
        Header header = header(
                input,
                decoded,
                options,
                decoded.bodyInBytes()
                        ? PersonaSource.hashedLater(input.label(), input.path(), input.bytes())
                        : PersonaSource.of(input.label(), input.path(), input.bytes()));
        // A clean file leaves its body in the bytes, for the caller to keep as they are.
        return decoded.bodyInBytes()
                ? new PersonaHead(
                        header.id(),
                        header.dialect(),
                        header.metadata(),
                        header.source(),
                        header.diagnostics(),
                        header.bodyLine(),
                        decoded.bodyFrom(),
                        null,
                        header.frontMatter())
                : new PersonaHead(
                        header.id(),
                        header.dialect(),
                        header.metadata(),
                        header.source(),
                        header.diagnostics(),
                        header.bodyLine(),
                        -1,
                        decoded.text().substring(header.bodyStart()),
                        header.frontMatter());
    }

    @Override
    public PersonaBody readBody(PersonaHead head, String markdown, ReadOptions options) {
        return readBody(markdown, head.bodyLine(), head.source().label(), options);
    }

    private static PersonaBody readBody(String markdown, int bodyLine, String label, ReadOptions options) {
        PersonaBody read = BodyReader.read(markdown, bodyLine, label, options);
        return options.strict() ? read.withDiagnostics(options.apply(read.diagnostics())) : read;
    }

    /** Everything before the body. */
    private record Header(
            String id,
            Dialect dialect,
            PersonaMetadata metadata,
            PersonaSource source,
            List<Diagnostic> diagnostics,
            int bodyStart,
            int bodyLine,
            boolean frontMatter) {}

    private static Header header(SourceInput input, DecodedText decoded, ReadOptions options, PersonaSource source) {
        String label = input.label();
        String text = decoded.text();
        List<Diagnostic> header = new ArrayList<>(decoded.diagnostics());
        String path = input.file().map(String::valueOf).orElse(label);
        // The dialect its name or folder tells decides how the front matter is read; otherwise its keys decide.
        Dialect byPath = options.dialect() != null
                ? options.dialect()
                : Dialect.fromPath(path).orElse(null);
        FrontMatterSyntax syntax = byPath == null ? null : byPath.spec().syntax();
        FrontMatterBlock block = syntax == FrontMatterSyntax.NONE
                ? new FrontMatterBlock(FrontMatterBlock.State.ABSENT, 0, 0, 0)
                : FrontMatterBlock.find(text);
        PersonaMetadata metadata = PersonaMetadata.empty();
        int bodyStart = block.bodyStart();
        switch (block.state()) {
            case ABSENT -> {
                CharSequence body = decoded.asciiBody(0);
                // A block after blank lines or indented is body text to every tool, but says what the file was meant
                // to be; without one, a body that reads a command's arguments still tells a command.
                MisplacedFrontMatter misplaced =
                        syntax == FrontMatterSyntax.NONE ? null : MisplacedFrontMatter.find(body);
                Dialect told = byPath != null
                        ? byPath
                        : Dialect.detect(path, misplaced == null ? List.of() : misplaced.keys(), body);
                if (told != Dialect.AI_LEY) {
                    metadata = metadata.withDialect(told);
                }
                if (misplaced != null) {
                    header.add(DiagnosticCodes.FRONT_MATTER_MISPLACED.at(
                            label, SourceSpan.at(misplaced.line(), 1), misplacedMessage(misplaced)));
                } else if (syntax != FrontMatterSyntax.NONE && !told.spec().frontMatterOptional()) {
                    // Not missed where the tool uses a file without one as it is (a Claude rule or command).
                    header.add(DiagnosticCodes.FRONT_MATTER_MISSING.at(label, SourceSpan.FILE, noFrontMatter(told)));
                }
            }
            case UNCLOSED -> {
                header.add(DiagnosticCodes.FRONT_MATTER_UNCLOSED.at(
                        label,
                        SourceSpan.at(1, 1),
                        "the front matter opened on line 1 is never closed; add a '---' line after the metadata"));
                bodyStart = 0;
            }
            case CLOSED ->
                metadata = readFrontMatter(
                        text, block, label, options, header, byPath, path, decoded.asciiBody(block.bodyStart()));
        }
        // Without a dialect from the path, the keys told it while the front matter was bound.
        Dialect dialect = byPath != null ? byPath : metadata.dialect();
        String pathId = input.defaultId();
        if (dialect.spec().files().id() == org.persona4j.dialect.IdRule.FOLDER && pathId.indexOf('/') < 0) {
            pathId = folderOf(input).map(f -> f + "/" + input.defaultId()).orElse(pathId); // the skill's folder
        }
        metadata = metadata.withDialect(dialect);
        String id = metadata.text(org.persona4j.dialect.KeyRole.ID)
                .filter(s -> !s.isBlank())
                .map(String::strip)
                .orElse(dialect.idFor(pathId, metadata));
        if (id.isBlank()) {
            id = "persona"; // a caller's blank default id: every persona has one
        }
        int firstLine = 1;
        for (int nl = text.indexOf('\n'); nl >= 0 && nl < bodyStart; nl = text.indexOf('\n', nl + 1)) {
            firstLine++;
        }
        return new Header(
                id,
                dialect,
                metadata,
                source,
                options.apply(header),
                bodyStart,
                firstLine,
                block.state() != FrontMatterBlock.State.ABSENT);
    }

    private static String misplacedMessage(MisplacedFrontMatter misplaced) {
        List<String> keys = misplaced.keys();
        String named = String.join(", ", keys.subList(0, Math.min(keys.size(), 5))) + (keys.size() > 5 ? ", …" : "");
        String where = misplaced.line() > 1 && misplaced.indented()
                ? "on line " + misplaced.line() + ", indented"
                : misplaced.line() > 1 ? "on line " + misplaced.line() : "indented";
        String fix = misplaced.line() > 1 && misplaced.indented()
                ? "remove the lines before it and its indentation"
                : misplaced.line() > 1 ? "remove the lines before it" : "remove its indentation";
        return "the front matter opens " + where + "; tools read front matter only when '---' is the first line, at "
                + "its start, so they read its keys (" + named + ") as body text: " + fix;
    }

    /** What to write at the top of a file of this dialect (AI-LEY's when only the keys could have told it). */
    private static String noFrontMatter(Dialect byPath) {
        if (byPath == null || byPath == Dialect.AI_LEY) {
            return "no front matter: start the file with a '---' line, the metadata (title, version, …) and another "
                    + "'---' line";
        }
        List<String> keys = byPath.spec().keys().stream()
                .filter(k -> k.presence() != org.persona4j.dialect.Presence.OPTIONAL)
                .map(org.persona4j.dialect.KeySpec::name)
                .toList();
        return "no front matter: a " + byPath.displayName() + " starts with a '---' line, its keys"
                + (keys.isEmpty() ? "" : " (" + String.join(", ", keys) + ")") + " and another '---' line";
    }

    /** The name of the folder that holds the file, from its path or else from its label. */
    private static java.util.Optional<String> folderOf(SourceInput input) {
        if (input.file().isPresent()) {
            java.nio.file.Path parent = input.file().get().toAbsolutePath().getParent();
            return parent == null || parent.getFileName() == null
                    ? java.util.Optional.empty()
                    : java.util.Optional.of(String.valueOf(parent.getFileName()));
        }
        String label = input.label().replace('\\', '/');
        int last = label.lastIndexOf('/');
        if (last <= 0) {
            return java.util.Optional.empty();
        }
        String folder = label.substring(label.lastIndexOf('/', last - 1) + 1, last);
        return folder.isEmpty() || folder.contains(":") ? java.util.Optional.empty() : java.util.Optional.of(folder);
    }

    private static PersonaMetadata readFrontMatter(
            String text,
            FrontMatterBlock block,
            String label,
            ReadOptions options,
            List<Diagnostic> header,
            Dialect byPath,
            String path,
            CharSequence body) {
        String yaml = text.substring(block.yamlStart(), block.yamlEnd());
        int yamlBytes = utf8Length(yaml, options.maxFrontMatterBytes());
        if (yamlBytes > options.maxFrontMatterBytes()) {
            header.add(DiagnosticCodes.FRONT_MATTER_TOO_LARGE.at(
                    label,
                    SourceSpan.at(2, 1),
                    "front matter is larger than the limit of " + options.maxFrontMatterBytes()
                            + " bytes and was not read; move long text into the body"));
            return PersonaMetadata.empty();
        }
        FrontMatterParser.Result parsed = switch (byPath == null
                ? FrontMatterSyntax.YAML_LENIENT
                : byPath.spec().syntax()) {
            case LINES -> lines(yaml, label, options, byPath);
            case YAML -> FrontMatterParser.parseStrictKeepingValues(yaml, 2, label, options, byPath);
            default -> FrontMatterParser.parseLenient(yaml, 2, label, options);
        };
        Dialect dialect = byPath;
        if (byPath == null) {
            // Its name and folder told nothing alone; with its keys they may. When the YAML did not read, its lines
            // still name the keys, as a reader that takes a line at a time sees them.
            boolean read = parsed.root() != null;
            FrontMatterParser.Result named =
                    read ? parsed : LineFrontMatter.parse(yaml, 2, label, Dialect.AI_LEY.spec());
            if (named.root() != null) {
                List<String> keys =
                        named.root().entries().stream().map(p -> p.key().text()).toList();
                Dialect told = Dialect.detect(path, keys, body);
                if (told.spec().syntax() == FrontMatterSyntax.LINES) {
                    // A Cursor rule's, read a line at a time as Cursor does: unquoted globs are not YAML.
                    parsed = lines(yaml, label, options, told);
                    dialect = told;
                } else if (read) {
                    dialect = told;
                    if (relaxed(parsed) && told.spec().syntax() == FrontMatterSyntax.YAML) {
                        // Read leniently before the keys told the dialect: a file they make an AI-LEY persona is
                        // strict YAML, so each value read as the rest of its line is an error, which --fix quotes;
                        // the value is kept.
                        parsed = FrontMatterParser.parseStrictKeepingValues(yaml, 2, label, options, told);
                    }
                } else if (told != Dialect.AI_LEY && told.spec().syntax() == FrontMatterSyntax.YAML_LENIENT) {
                    // A Claude command or subagent whose YAML its tool fails on as well: the same error, no key
                    // (Claude Code loads it with an empty front matter), instead of an AI-LEY persona that also
                    // lacks a title and every section.
                    dialect = told;
                }
            }
        }
        header.addAll(parsed.diagnostics());
        if (parsed.root() == null) {
            return dialect == null
                    ? PersonaMetadata.empty()
                    : PersonaMetadata.empty().withDialect(dialect);
        }
        MetadataBinder.Result bound = MetadataBinder.bind(parsed.root(), label, dialect);
        header.addAll(bound.diagnostics());
        return bound.metadata();
    }

    /** Cursor's reading, with an info finding when the text is not valid YAML (and so strict readers differ). */
    private static FrontMatterParser.Result lines(String yaml, String label, ReadOptions options, Dialect dialect) {
        FrontMatterParser.Result read = LineFrontMatter.parse(yaml, 2, label, dialect.spec());
        FrontMatterParser.Result strict = FrontMatterParser.parse(yaml, 2, label, options);
        if (strict.root() != null) {
            return read;
        }
        Diagnostic why =
                strict.diagnostics().isEmpty() ? null : strict.diagnostics().get(0);
        List<Diagnostic> all = new ArrayList<>();
        all.add(DiagnosticCodes.FRONT_MATTER_LINE_SYNTAX.at(
                label,
                why == null ? SourceSpan.at(2, 1) : SourceSpan.at(why.line(), why.column()),
                "this front matter is not valid YAML, so it was read as " + dialect.displayName()
                        + "s are: each line 'key: rest of the line'"));
        all.addAll(read.diagnostics());
        return new FrontMatterParser.Result(read.root(), all);
    }

    private static boolean relaxed(FrontMatterParser.Result parsed) {
        return parsed.diagnostics().stream().anyMatch(d -> d.code().equals(DiagnosticCodes.UNQUOTED_COLON.code()));
    }

    /** The UTF-8 length of {@code s}, counting no further than just past {@code cap}. */
    private static int utf8Length(String s, int cap) {
        return utf8Length(s, s.length(), cap);
    }

    /** The UTF-8 length of {@code s[0..end)}, counting no further than just past {@code cap}. */
    private static int utf8Length(String s, int end, int cap) {
        int bytes = 0;
        for (int i = 0; i < end && bytes <= cap; i++) {
            char c = s.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes;
    }
}
