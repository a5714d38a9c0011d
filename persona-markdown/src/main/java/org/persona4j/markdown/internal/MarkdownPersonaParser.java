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
        FrontMatterBlock block = FrontMatterBlock.find(text);
        PersonaMetadata metadata = PersonaMetadata.empty();
        int bodyStart = block.bodyStart();
        switch (block.state()) {
            case ABSENT ->
                header.add(DiagnosticCodes.FRONT_MATTER_MISSING.at(
                        label,
                        SourceSpan.FILE,
                        "no front matter: start the file with a '---' line, the metadata (title, version, …) and "
                                + "another '---' line"));
            case UNCLOSED -> {
                header.add(DiagnosticCodes.FRONT_MATTER_UNCLOSED.at(
                        label,
                        SourceSpan.at(1, 1),
                        "the front matter opened on line 1 is never closed; add a '---' line after the metadata"));
                bodyStart = 0;
            }
            case CLOSED -> metadata = readFrontMatter(text, block, label, options, header);
        }
        String fileName = input.file().map(f -> String.valueOf(f.getFileName())).orElse(label);
        Dialect dialect = options.dialect() != null ? options.dialect() : Dialect.detect(fileName, metadata);
        String pathId = input.defaultId();
        if (dialect == Dialect.AGENT_SKILL
                && pathId.equals("SKILL")
                && input.file().isPresent()
                && input.file().get().toAbsolutePath().getParent() != null
                && input.file().get().toAbsolutePath().getParent().getFileName() != null) {
            pathId = String.valueOf(
                    input.file().get().toAbsolutePath().getParent().getFileName()); // its directory
        }
        String id = metadata.extraText("id")
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

    private static PersonaMetadata readFrontMatter(
            String text, FrontMatterBlock block, String label, ReadOptions options, List<Diagnostic> header) {
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
        FrontMatterParser.Result parsed = FrontMatterParser.parse(yaml, 2, label, options);
        header.addAll(parsed.diagnostics());
        if (parsed.root() == null) {
            return PersonaMetadata.empty();
        }
        MetadataBinder.Result bound = MetadataBinder.bind(parsed.root(), label);
        header.addAll(bound.diagnostics());
        return bound.metadata();
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
