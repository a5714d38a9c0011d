package org.persona4j.example.modular;

import java.io.IOException;
import java.nio.file.Path;
import org.persona4j.Persona;
import org.persona4j.Personas;
import org.persona4j.render.RenderedPrompt;
import org.persona4j.validation.LintReport;
import org.persona4j.validation.Linter;

/** Reads, lints and renders a persona from a named module. */
public final class ModularApp {

    private ModularApp() {}

    /**
     * Prints a persona's lint summary and its prompt's token count.
     *
     * @param args the persona file
     * @throws IOException when the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        Persona persona = Personas.read(Path.of(args[0])).expectPersona();
        LintReport report = Linter.builder().build().lint(java.util.List.of(Path.of(args[0])));
        RenderedPrompt prompt = persona.render();
        System.out.println(persona.id() + ": " + report.count(org.persona4j.Severity.ERROR) + " errors, "
                + prompt.tokens() + " tokens (" + prompt.tokenizer() + ")");
    }

    /**
     * The tokens of a persona's default render.
     *
     * @param text  the persona's text
     * @param label its name in findings
     * @return the prompt
     */
    public static RenderedPrompt render(String text, String label) {
        return Personas.parse(text, label).expectPersona().render();
    }
}
