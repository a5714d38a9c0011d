package org.persona4j.markdown.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.persona4j.Diagnostic;
import org.persona4j.DiagnosticCodes;
import org.persona4j.Persona;
import org.persona4j.PersonaMetadata;
import org.persona4j.PersonaSource;
import org.persona4j.ReadOptions;
import org.persona4j.ReadResult;
import org.persona4j.Severity;
import org.persona4j.SourceSpan;
import org.persona4j.model.PersonaBody;
import org.persona4j.spi.PersonaReader;
import org.persona4j.spi.SourceInput;

/**
 * Reads Markdown personas: bytes → text (decode, BOM, line breaks) → front matter (line scanner, then SnakeYAML
 * events under limits) → typed metadata → body (flexmark under a work budget), lazily when asked.
 */
public final class MarkdownPersonaReader implements PersonaReader {

    @Override
    public boolean supports(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".md") || n.endsWith(".markdown") || n.endsWith(".mdc");
    }

    @Override
    public ReadResult read(SourceInput input, ReadOptions options) {
        String label = input.label();
        byte[] bytes = input.bytes();
        if (bytes.length > options.maxFileBytes()) {
            return new ReadResult(null, List.of(new Diagnostic(Severity.ERROR, DiagnosticCodes.FILE_TOO_LARGE,
                    "file is larger than the limit of " + options.maxFileBytes() + " bytes", label,
                    SourceSpan.FILE)));
        }
        PersonaSource source = new PersonaSource(label, input.path(), sha256(bytes));
        DecodedText decoded = DecodedText.decode(bytes, label, options.lazyBody());
        String text = decoded.text();
        List<Diagnostic> header = new ArrayList<>(decoded.diagnostics());

        FrontMatterBlock block = FrontMatterBlock.find(text);
        PersonaMetadata metadata = PersonaMetadata.empty();
        int bodyStart = block.bodyStart();
        switch (block.state()) {
            case ABSENT -> header.add(new Diagnostic(Severity.WARNING, DiagnosticCodes.FRONT_MATTER_MISSING,
                    "no front matter: start the file with a '---' line, the metadata (title, version, …) and "
                            + "another '---' line", label, SourceSpan.FILE));
            case UNCLOSED -> {
                header.add(new Diagnostic(Severity.ERROR, DiagnosticCodes.FRONT_MATTER_UNCLOSED,
                        "the front matter opened on line 1 is never closed; add a '---' line after the metadata",
                        label, SourceSpan.at(1, 1)));
                bodyStart = 0;
            }
            case CLOSED -> metadata = readFrontMatter(text, block, label, options, header);
        }
        String id = metadata.extraText("id").filter(s -> !s.isBlank()).orElse(input.defaultId());
        List<Diagnostic> headerFindings = options.apply(header);
        int firstLine = 1;
        for (int nl = text.indexOf('\n'); nl >= 0 && nl < bodyStart; nl = text.indexOf('\n', nl + 1)) {
            firstLine++;
        }
        int bodyLine = firstLine;
        // The parser receives the body text from the persona, which keeps it compactly; it captures no copy.
        Function<String, PersonaBody> parser = markdown -> {
            PersonaBody read = BodyReader.read(markdown, bodyLine, label, options);
            return read.withDiagnostics(options.apply(read.diagnostics()));
        };
        if (decoded.exactFrom() >= 0 && !options.lazyBody()) {
            // The whole file decoded as it is: the persona copies its body from the bytes rather than encoding it.
            String bodyText = text.substring(bodyStart);
            int from = decoded.exactFrom() + utf8Length(text, bodyStart, Integer.MAX_VALUE);
            Persona persona = Persona.of(id, metadata, source, parser.apply(bodyText), headerFindings, bytes, from,
                    bytes.length);
            return new ReadResult(persona, persona.diagnostics());
        }
        if (!decoded.bodyInBytes()) {
            String bodyText = text.substring(bodyStart);
            Persona persona = options.lazyBody()
                    ? Persona.deferred(id, metadata, source, headerFindings, bodyText, parser)
                    : Persona.of(id, metadata, source, parser.apply(bodyText), headerFindings, bodyText);
            return new ReadResult(persona, options.lazyBody() ? headerFindings : persona.diagnostics());
        }
        // A clean file read lazily (the only case DecodedText leaves the body in the bytes): the persona keeps them.
        return new ReadResult(Persona.deferred(id, metadata, source, headerFindings, bytes, decoded.bodyFrom(),
                bytes.length, parser), headerFindings);
    }

    private static PersonaMetadata readFrontMatter(String text, FrontMatterBlock block, String label,
            ReadOptions options, List<Diagnostic> header) {
        String yaml = text.substring(block.yamlStart(), block.yamlEnd());
        int yamlBytes = utf8Length(yaml, options.maxFrontMatterBytes());
        if (yamlBytes > options.maxFrontMatterBytes()) {
            header.add(new Diagnostic(Severity.ERROR, DiagnosticCodes.FRONT_MATTER_TOO_LARGE,
                    "front matter is larger than the limit of " + options.maxFrontMatterBytes()
                            + " bytes and was not read; move long text into the body",
                    label, SourceSpan.at(2, 1)));
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

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
