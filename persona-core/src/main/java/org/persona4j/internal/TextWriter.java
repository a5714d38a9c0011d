package org.persona4j.internal;

import java.util.List;
import org.persona4j.Persona;
import org.persona4j.PersonaMetadata;
import org.persona4j.TerminalText;
import org.persona4j.dialect.KeyRole;
import org.persona4j.dialect.KeySpec;
import org.persona4j.model.CapabilityGroup;
import org.persona4j.model.CodeTemplate;
import org.persona4j.model.Entry;
import org.persona4j.model.Example;
import org.persona4j.model.Exchange;
import org.persona4j.model.Item;
import org.persona4j.model.PersonaBody;
import org.persona4j.model.Section;
import org.persona4j.spi.PersonaWriter;

/**
 * A plain-text summary of a persona for people at a terminal: metadata, section outline, then typed views, with
 * everything from the file made inert ({@link TerminalText}).
 */
public final class TextWriter implements PersonaWriter {

    @Override
    public String format() {
        return "text";
    }

    @Override
    public String write(Persona persona) {
        StringBuilder out = new StringBuilder();
        PersonaMetadata m = persona.metadata();
        PersonaBody body = persona.body();
        out.append(TerminalText.escape(persona.title()))
                .append("  (")
                .append(TerminalText.escape(persona.id()))
                .append(")\n");
        // Every key as written, but the title, which heads the output.
        String titleKey =
                m.dialect().spec().keyFor(KeyRole.TITLE).map(KeySpec::name).orElse("");
        m.values().forEach((k, v) -> {
            if (!k.equals(titleKey) && v != null) {
                line(
                        out,
                        k,
                        v instanceof List<?> l
                                ? String.join(
                                        ", ", l.stream().map(String::valueOf).toList())
                                : String.valueOf(v));
            }
        });

        out.append("\nSections\n");
        for (Section s : body.sections()) {
            out.append(String.format("  %4d  %-13s %s%n", s.line(), s.kind(), s.heading()));
        }
        if (!body.roleSummary().isEmpty()) {
            out.append("\nRole summary\n").append(indent(body.roleSummary())).append('\n');
        }
        items(out, "Goals", body.goals());
        if (!body.capabilities().isEmpty()) {
            out.append("\nCapabilities\n");
            for (CapabilityGroup g : body.capabilities()) {
                out.append("  ")
                        .append(g.category())
                        .append(": ")
                        .append(String.join(" | ", g.items()))
                        .append('\n');
            }
        }
        entries(out, "Knowledge", body.knowledge());
        items(out, "Constraints", body.constraints());
        items(out, "Directives", body.directives());
        entries(out, "Interaction", body.interaction());
        if (!body.examples().isEmpty()) {
            out.append("\nExamples\n");
            for (Example e : body.examples()) {
                out.append("  ")
                        .append(e.title().isEmpty() ? "(untitled)" : e.title())
                        .append('\n');
                for (Exchange x : e.exchanges()) {
                    out.append("    ")
                            .append(x.role())
                            .append(": ")
                            .append(firstLine(x.text()))
                            .append('\n');
                }
            }
        }
        if (!body.templates().isEmpty()) {
            out.append("\nTemplates\n");
            for (CodeTemplate t : body.templates()) {
                long lines = t.code().lines().count();
                out.append("  ")
                        .append(t.name().isEmpty() ? "(unnamed)" : t.name())
                        .append("  [")
                        .append(t.language().isEmpty() ? "text" : t.language())
                        .append(", ")
                        .append(lines)
                        .append(lines == 1 ? " line]\n" : " lines]\n");
            }
        }
        entries(out, "Body metadata", body.bodyMetadata());
        // For a terminal: whatever the file held, nothing printed can change the terminal (TerminalText).
        return TerminalText.escapeLines(out);
    }

    private static void line(StringBuilder out, String key, String value) {
        out.append(String.format("  %-14s %s%n", TerminalText.escape(key), TerminalText.escape(firstLine(value))));
    }

    private static void items(StringBuilder out, String title, List<Item> items) {
        if (!items.isEmpty()) {
            out.append('\n').append(title).append('\n');
            items.forEach(i -> out.append("  - ").append(firstLine(i.text())).append('\n'));
        }
    }

    private static void entries(StringBuilder out, String title, List<Entry> entries) {
        if (!entries.isEmpty()) {
            out.append('\n').append(title).append('\n');
            entries.forEach(e -> out.append("  ")
                    .append(e.key())
                    .append(": ")
                    .append(firstLine(e.value()))
                    .append('\n'));
        }
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl) + " …";
    }

    private static String indent(String text) {
        return "  " + text.replace("\n", "\n  ");
    }
}
