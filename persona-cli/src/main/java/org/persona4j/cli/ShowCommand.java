package org.persona4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.persona4j.Diagnostic;
import org.persona4j.Persona;
import org.persona4j.Personas;
import org.persona4j.ReadOptions;
import org.persona4j.ReadResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code persona show}: reads personas and prints them in one of several forms. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Read personas and print them. Findings go to standard error as file:line:column.",
            "With no FILE, shows the personas bundled with the command."},
        footer = {"", "Exit codes: 0 ok, 1 an input has error-level findings, 2 usage or I/O error."})
final class ShowCommand implements Callable<Integer> {

    /** The forms {@code show} prints. */
    enum Format { text, json, yaml, markdown }

    @Parameters(arity = "0..*", paramLabel = "FILE|ID",
            description = "Persona files, or ids of bundled personas (${sys:line.separator}  bundled: "
                    + "code-reviewer, api-designer, incident-responder).")
    List<String> inputs = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output form: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). "
                    + "JSON prints one object, or an array when there are several personas.")
    Format format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> names = inputs.isEmpty() ? BundledPersonas.ids() : inputs;
        List<Persona> personas = new ArrayList<>();
        boolean errors = false;
        for (String name : names) {
            ReadResult result;
            try {
                Optional<ReadResult> read = read(name);
                if (read.isEmpty()) {
                    err.println("persona: no file or bundled persona named '" + name + "'; bundled personas are: "
                            + String.join(", ", BundledPersonas.ids()));
                    return PersonaCommand.USAGE_OR_IO;
                }
                result = read.get();
            } catch (IOException e) {
                err.println("persona: cannot read " + name + ": " + e.getMessage());
                return PersonaCommand.USAGE_OR_IO;
            }
            for (Diagnostic d : result.diagnostics()) {
                err.println(d);
            }
            errors |= result.hasErrors();
            result.findPersona().ifPresent(personas::add);
        }
        out.print(render(personas));
        out.flush();
        return errors ? PersonaCommand.FINDINGS : 0;
    }

    private static Optional<ReadResult> read(String name) throws IOException {
        Path path = Path.of(name);
        if (Files.exists(path)) {
            return Optional.of(Personas.read(path));
        }
        return BundledPersonas.read(name, ReadOptions.defaults());
    }

    private String render(List<Persona> personas) {
        List<String> parts = personas.stream().map(p -> Personas.write(p, format.name())).toList();
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return switch (format) {
            case json -> "[\n" + String.join(",\n", parts.stream().map(String::strip).toList()) + "\n]\n";
            case yaml -> String.join("", parts.stream().map(p -> "---\n" + p).toList());
            case markdown -> String.join("\n", parts);
            case text -> String.join("\n" + "-".repeat(60) + "\n\n", parts);
        };
    }
}
