package org.persona4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.persona4j.Diagnostic;
import org.persona4j.PersonaReader;
import org.persona4j.ReadResult;
import org.persona4j.catalog.PersonaCatalog;
import org.persona4j.model.SectionKind;
import org.persona4j.render.BudgetExceededException;
import org.persona4j.render.PromptTooLargeException;
import org.persona4j.render.RenderFormat;
import org.persona4j.render.RenderOptions;
import org.persona4j.render.RenderedPrompt;
import org.persona4j.render.TokenCounter;
import org.persona4j.render.UnknownVariableException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code persona render}: turns a persona into a prompt. */
@Command(
        name = "render",
        mixinStandardHelpOptions = true,
        description = {
            "Render a persona as a prompt (system text, or a chat request body).",
            "FILE|ID is a persona file, or an id, name or id end in --catalog or among the bundled personas",
            "(default: code-reviewer).",
            "A persona that 'extends' another is merged with it when the parent is in the catalog."
        },
        footer = {
            "",
            "Exit codes: 0 ok, 1 the persona has error-level findings or does not fit --max-tokens,",
            "2 usage or I/O error, or a {{variable}} without a value."
        })
final class RenderCommand implements Callable<Integer> {

    /** The output forms, as the command line spells them: the {@link RenderFormat} names in lower case, kebab-cased. */
    static final class Formats implements Iterable<String>, CommandLine.ITypeConverter<RenderFormat> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(RenderFormat.values())
                    .map(Formats::label)
                    .iterator();
        }

        @Override
        public RenderFormat convert(String value) {
            for (RenderFormat f : RenderFormat.values()) {
                if (label(f).equals(value.strip().toLowerCase(Locale.ROOT))) {
                    return f;
                }
            }
            throw new CommandLine.TypeConversionException("'" + org.persona4j.TerminalText.escape(value)
                    + "' is not a format; use one of " + String.join(", ", this));
        }

        static String label(RenderFormat format) {
            return format.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    @Parameters(arity = "0..1", paramLabel = "FILE|ID", description = "The persona (default: code-reviewer).")
    String persona;

    @CommandLine.Mixin
    CatalogOption catalogOption = new CatalogOption();

    @Option(
            names = "--sections",
            paramLabel = "KINDS",
            split = ",",
            description = "Only these section kinds, such as role_summary,constraints,directives.")
    List<String> sections = new ArrayList<>();

    @Option(names = "--var", paramLabel = "NAME=VALUE", description = "A value for {{NAME}} (repeatable).")
    Map<String, String> variables = new LinkedHashMap<>();

    @Option(names = "--lenient", description = "Leave {{placeholders}} without a value as they are.")
    boolean lenient;

    @Option(
            names = "--max-tokens",
            paramLabel = "N",
            description = "Drop lower-priority sections until the text fits N tokens (at least 1); the role summary "
                    + "and constraints are kept, and when they alone do not fit the command exits 1.")
    Integer maxTokens;

    @Option(
            names = "--tokenizer",
            paramLabel = "NAME",
            defaultValue = "cl100k",
            description = "cl100k, o200k or estimate (default: ${DEFAULT-VALUE}).")
    String tokenizer;

    @Option(
            names = "--user",
            paramLabel = "MESSAGE",
            description = "A user message for the request bodies (openai, openai-responses, anthropic, gemini).")
    String user;

    @Option(
            names = "--model",
            paramLabel = "MODEL",
            description = "The model of the openai, openai-responses and anthropic request bodies (default: the "
                    + "persona's 'model:'; one of the two is required). Gemini's model is in the URL, not the body.")
    String model;

    @Option(
            names = "--model-alias",
            paramLabel = "ALIAS=ID",
            description = "The model id an alias in the persona's 'model:' stands for (repeatable; defaults: "
                    + "opus=claude-opus-4-7, sonnet=claude-sonnet-4-6, haiku=claude-haiku-4-5). 'inherit' and "
                    + "another vendor's model need --model.")
    java.util.Map<String, String> modelAliases = new java.util.LinkedHashMap<>();

    @Option(
            names = "--max-output-tokens",
            paramLabel = "N",
            description = "The most tokens the answer may have: openai's max_completion_tokens, openai-responses' "
                    + "max_output_tokens, gemini's maxOutputTokens, anthropic's max_tokens (default 1024, which "
                    + "its API requires).")
    Integer maxOutputTokens;

    @Option(names = "--temperature", paramLabel = "T", description = "The request's temperature, 0 to 2.")
    Double temperature;

    @Option(
            names = "--provenance",
            description = "With --format json: the file, section and line of every line of " + "the system text.")
    boolean provenance;

    @Option(
            names = {"-f", "--format"},
            paramLabel = "FORMAT",
            defaultValue = "markdown",
            converter = Formats.class,
            completionCandidates = Formats.class,
            description = "Output form: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    RenderFormat format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RenderOptions options;
        try {
            options = options();
        } catch (IllegalArgumentException e) {
            err.println("persona: " + e.getMessage());
            return ExitCodes.USAGE_OR_IO;
        }
        ReadResult read;
        try {
            read = resolve(err);
        } catch (IOException e) {
            err.println("persona: " + e.getMessage());
            return ExitCodes.USAGE_OR_IO;
        }
        if (read == null) {
            return ExitCodes.USAGE_OR_IO;
        }
        read.diagnostics().forEach(err::println);
        if (read.findPersona().isEmpty()) {
            return ExitCodes.FINDINGS;
        }
        RenderedPrompt prompt;
        try {
            prompt = read.persona().render(options);
        } catch (UnknownVariableException e) {
            err.println("persona: " + e.getMessage());
            return ExitCodes.USAGE_OR_IO;
        } catch (IllegalArgumentException e) { // a request body without a model it can name: what to pass
            err.println("persona: " + org.persona4j.TerminalText.escape(e.getMessage()));
            return ExitCodes.USAGE_OR_IO;
        } catch (PromptTooLargeException e) {
            err.println("persona: " + e.getMessage());
            return ExitCodes.FINDINGS;
        }
        try {
            prompt.requireFit();
        } catch (BudgetExceededException e) {
            err.println("persona: " + e.getMessage());
            return ExitCodes.FINDINGS;
        }
        out.print(prompt.text());
        out.flush();
        if (maxTokens != null || !prompt.dropped().isEmpty()) {
            err.println("tokens: " + prompt.tokens() + " (" + prompt.tokenizer() + ")"
                    + (maxTokens != null ? " of " + maxTokens : "")
                    + (prompt.dropped().isEmpty()
                            ? ""
                            : "; dropped "
                                    + String.join(
                                            ", ",
                                            prompt.dropped().stream()
                                                    .map(Object::toString)
                                                    .toList())));
        }
        boolean errors =
                read.hasErrors() || read.persona().diagnostics().stream().anyMatch(Diagnostic::isError);
        return errors || !prompt.fits() ? ExitCodes.FINDINGS : 0;
    }

    private RenderOptions options() {
        RenderOptions.Builder b = RenderOptions.builder()
                .format(format)
                .variables(variables)
                .lenient(lenient)
                .maxTokens(maxTokens == null ? 0 : maxTokens)
                .userMessage(user)
                .model(model)
                .maxOutputTokens(maxOutputTokens == null ? 0 : maxOutputTokens)
                .temperature(temperature)
                .provenance(provenance)
                .tokenCounter(
                        switch (tokenizer.toLowerCase(Locale.ROOT)) {
                            case "cl100k", "cl100k_base" -> TokenCounter.cl100k();
                            case "o200k", "o200k_base" -> TokenCounter.o200k();
                            case "estimate" -> TokenCounter.estimate();
                            default ->
                                throw new IllegalArgumentException(
                                        "unknown tokenizer '" + tokenizer + "'; use cl100k, o200k or estimate");
                        });
        modelAliases.forEach(b::modelAlias);
        if (!sections.isEmpty()) {
            List<SectionKind> kinds = new ArrayList<>();
            for (String s : sections) {
                try {
                    kinds.add(SectionKind.valueOf(
                            s.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(
                            "unknown section kind '" + s + "'; use "
                                    + String.join(
                                            ", ",
                                            java.util.Arrays.stream(SectionKind.values())
                                                    .map(k -> k.name().toLowerCase(Locale.ROOT))
                                                    .toList()),
                            e);
                }
            }
            b.only(kinds.get(0), kinds.subList(1, kinds.size()).toArray(new SectionKind[0]));
        }
        if (maxOutputTokens != null && maxOutputTokens < 1) {
            throw new IllegalArgumentException("--max-output-tokens must be at least 1");
        }
        if (maxTokens != null && maxTokens < 1) {
            throw new IllegalArgumentException("--max-tokens must be at least 1 (leave it out for no budget)");
        }
        return b.build();
    }

    /** The persona, merged with its parents; {@code null} after reporting a usage error. */
    private ReadResult resolve(PrintWriter err) throws IOException {
        if (catalogOption.dir != null && !Files.isDirectory(catalogOption.dir)) {
            err.println("persona: not a directory: " + catalogOption.dir);
            return null;
        }
        String name = persona == null ? "code-reviewer" : persona;
        PersonaCatalog[] loaded = new PersonaCatalog[1];
        PersonaArguments.CatalogSource catalogs = () -> {
            if (loaded[0] == null) {
                loaded[0] = BundledPersonas.catalog(catalogOption.dir);
            }
            return loaded[0];
        };
        PersonaArguments.Resolved resolved;
        try {
            resolved = PersonaArguments.resolve(List.of(name), catalogs);
        } catch (PersonaArguments.Unresolved e) {
            err.println("persona: " + e.getMessage());
            return null;
        }
        if (resolved.files().isEmpty()) {
            err.println("persona: " + name + " is a directory; render takes one persona file or id");
            return null;
        }
        ReadResult read = PersonaReader.builder().build().read(resolved.files().get(0));
        read.diagnostics().forEach(err::println);
        if (read.persona() == null
                || read.persona()
                        .metadata()
                        .text(org.persona4j.dialect.KeyRole.EXTENDS)
                        .filter(s -> !s.isBlank())
                        .isEmpty()) {
            return new ReadResult(read.persona(), List.of());
        }
        return catalogs.get().resolve(read.persona());
    }
}
