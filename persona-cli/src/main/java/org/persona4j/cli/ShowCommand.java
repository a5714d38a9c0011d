package org.persona4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.persona4j.Persona;
import org.persona4j.PersonaReader;
import org.persona4j.Personas;
import org.persona4j.ReadOptions;
import org.persona4j.ReadResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code persona show}: reads personas and prints them in one of several forms. */
@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        description = {
            "Read personas and print them. Findings go to standard error as file:line:column.",
            "With no FILE, shows the personas bundled with the command."
        },
        footer = {"", "Exit codes: 0 ok, 1 an input has error-level findings, 2 usage or I/O error."})
final class ShowCommand implements Callable<Integer> {

    /** The forms {@code show} prints. */
    enum Format {
        text,
        json,
        yaml,
        markdown
    }

    @Parameters(
            arity = "0..*",
            paramLabel = "FILE|ID",
            description = "Persona files or directories, or ids, names or id ends of personas in --catalog or "
                    + "among the bundled ones (code-reviewer, api-designer, incident-responder).")
    List<String> inputs = new ArrayList<>();

    @Option(
            names = {"-f", "--format"},
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "Output form: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). "
                    + "JSON prints one object, or an array when there are several personas.")
    Format format;

    @CommandLine.Mixin
    CatalogOption catalogOption = new CatalogOption();

    @CommandLine.Mixin
    ReadAsOption readAs = new ReadAsOption();

    @Option(
            names = "--layers",
            description = "For personas that extend others, show where each section comes "
                    + "from: inherited, overridden, appended, added, or masked, with file and line. Parents are found in "
                    + "--catalog, else beside the file. Formats: text or json.")
    boolean layers;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> names = inputs.isEmpty() ? BundledPersonas.ids() : inputs;
        List<Persona> personas = new ArrayList<>();
        boolean errors = false;
        try {
            PersonaReader reader = PersonaReader.builder()
                    .options(ReadOptions.builder().dialect(readAs.dialect).build())
                    .build();
            for (ReadResult result :
                    PersonaArguments.readAll(names, () -> BundledPersonas.catalog(catalogOption.dir), reader, err)) {
                result.diagnostics().forEach(err::println);
                errors |= result.hasErrors();
                result.findPersona().ifPresent(personas::add);
            }
        } catch (PersonaArguments.Unresolved e) {
            err.println("persona: " + e.getMessage());
            return ExitCodes.USAGE_OR_IO;
        } catch (IOException e) {
            err.println("persona: cannot read " + e.getMessage()
                    + (e instanceof java.nio.file.NoSuchFileException ? ": no such file" : ""));
            return ExitCodes.USAGE_OR_IO;
        }
        if (layers) {
            if (format != Format.text && format != Format.json) {
                err.println("persona: --layers prints text or json, not " + format);
                return ExitCodes.USAGE_OR_IO;
            }
            try {
                List<org.persona4j.catalog.LayerReport> reports = new ArrayList<>();
                for (Persona p : personas) {
                    org.persona4j.catalog.LayerReport report = catalogFor(p).layers(p);
                    errors |= report.diagnostics().stream().anyMatch(org.persona4j.Diagnostic::isError);
                    reports.add(report);
                }
                out.print(format == Format.json ? LayerReports.json(reports) : LayerReports.text(reports));
            } catch (IOException e) {
                err.println("persona: cannot read the catalog: " + e.getMessage());
                return ExitCodes.USAGE_OR_IO;
            }
        } else {
            out.print(render(personas));
        }
        out.flush();
        return errors ? ExitCodes.FINDINGS : 0;
    }

    /** Where a persona's parents are looked up: {@code --catalog}, else its file's directory, else the bundled. */
    private org.persona4j.catalog.PersonaCatalog catalogFor(Persona p) throws IOException {
        if (catalogOption.dir != null) {
            return BundledPersonas.catalog(catalogOption.dir);
        }
        Path dir = p.source()
                .file()
                .map(f -> f.getParent() != null ? f.getParent() : Path.of("."))
                .orElse(null);
        return BundledPersonas.catalog(dir);
    }

    /** Several personas' JSON as one array, built as a tree, not by joining text. */
    private static String jsonArray(List<String> objects) {
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper()
                .enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);
        com.fasterxml.jackson.databind.node.ArrayNode array = mapper.createArrayNode();
        try {
            for (String object : objects) {
                array.add(mapper.readTree(object));
            }
            return mapper.writeValueAsString(array) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the JSON writer wrote something that is not JSON", e);
        }
    }

    private String render(List<Persona> personas) {
        List<String> parts =
                personas.stream().map(p -> Personas.write(p, format.name())).toList();
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return switch (format) {
            case json -> jsonArray(parts);
            case yaml -> String.join("", parts.stream().map(p -> "---\n" + p).toList());
            case markdown -> String.join("\n", parts);
            case text -> String.join("\n" + "-".repeat(60) + "\n\n", parts);
        };
    }
}
