package org.persona4j.examples;

import java.io.IOException;
import java.nio.file.Path;
import org.persona4j.Diagnostic;
import org.persona4j.Persona;
import org.persona4j.Personas;
import org.persona4j.ReadResult;
import org.persona4j.model.CapabilityGroup;
import org.persona4j.model.CodeTemplate;
import org.persona4j.model.Example;
import org.persona4j.model.Item;

/**
 * Reads one persona file and prints its typed parts, as an application would before building a prompt.
 *
 * <pre>mvn -q -pl examples exec:java -Dexec.args=path/to/persona.md</pre>
 */
public final class ReadPersona {

    private ReadPersona() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ReadPersona FILE.md");
            System.exit(2);
        }
        System.out.print(describe(Path.of(args[0])));
    }

    /** What the example prints for one file. */
    static String describe(Path file) throws IOException {
        ReadResult result = Personas.read(file);
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : result.diagnostics()) {
            out.append("finding: ").append(d).append('\n');
        }
        Persona persona = result.findPersona().orElse(null);
        if (persona == null) {
            return out.append("no persona could be read\n").toString();
        }
        out.append(persona.title()).append(" (").append(persona.id()).append(")\n");
        persona.metadata()
                .version()
                .ifPresent(v -> out.append("version ").append(v).append('\n'));
        out.append("\nWho: ")
                .append(persona.roleSummary().lines().findFirst().orElse(""))
                .append('\n');
        out.append("\nMust:\n");
        for (Item constraint : persona.constraints()) {
            out.append("  - ")
                    .append(constraint.text())
                    .append("  (line ")
                    .append(constraint.span().startLine())
                    .append(")\n");
        }
        out.append("\nCan use:\n");
        for (CapabilityGroup group : persona.capabilities()) {
            out.append("  ")
                    .append(group.category())
                    .append(": ")
                    .append(String.join(", ", group.items()))
                    .append('\n');
        }
        out.append("\nExamples:\n");
        for (Example example : persona.examples()) {
            out.append("  ")
                    .append(example.title())
                    .append(" (")
                    .append(example.exchanges().size())
                    .append(" turns)\n");
        }
        out.append("\nTemplates:\n");
        for (CodeTemplate template : persona.templates()) {
            out.append("  ")
                    .append(template.name())
                    .append(" [")
                    .append(template.language())
                    .append("]\n");
        }
        return out.toString();
    }
}
