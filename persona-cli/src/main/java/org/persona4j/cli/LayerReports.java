package org.persona4j.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.persona4j.Persona;
import org.persona4j.TerminalText;
import org.persona4j.catalog.LayerReport;
import org.persona4j.catalog.LayeredSection;
import org.persona4j.model.Section;

/** {@code persona show --layers}: where each section of a persona that extends others comes from. */
final class LayerReports {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private LayerReports() {}

    static String text(List<LayerReport> reports) {
        StringBuilder b = new StringBuilder();
        for (LayerReport r : reports) {
            b.append(TerminalText.escape(String.join(
                            " → ", r.chain().stream().map(Persona::id).toList())))
                    .append('\n');
            for (LayeredSection s : r.sections()) {
                b.append("  ")
                        .append(String.format(
                                Locale.ROOT, "%-10s", s.layer().name().toLowerCase(Locale.ROOT)))
                        .append("  ")
                        .append(TerminalText.escape(heading(s.section())))
                        .append("  ")
                        .append(TerminalText.escape(s.where()));
                s.replaced()
                        .ifPresent(o -> b.append(
                                        switch (s.layer()) {
                                            case MASKED -> "  by ";
                                            case APPENDED -> "  after ";
                                            default -> "  replaces ";
                                        })
                                .append(TerminalText.escape(o.source() + ":" + o.line())));
                b.append('\n');
            }
            r.diagnostics()
                    .forEach(d -> b.append("  ")
                            .append(TerminalText.escape(d.toString()))
                            .append('\n'));
        }
        return b.toString();
    }

    static String json(List<LayerReport> reports) {
        ArrayNode all = JSON.createArrayNode();
        for (LayerReport r : reports) {
            ObjectNode o = all.addObject();
            o.put("id", r.resolved().id());
            ArrayNode chain = o.putArray("chain");
            r.chain()
                    .forEach(p -> chain.addObject()
                            .put("id", p.id())
                            .put("source", p.source().label()));
            ArrayNode sections = o.putArray("sections");
            for (LayeredSection s : r.sections()) {
                ObjectNode n = sections.addObject();
                n.put("layer", s.layer().name());
                n.put("kind", s.section().kind().name());
                n.put("heading", s.section().heading());
                n.put("source", s.section().source());
                n.put("line", s.section().line());
                s.replaced()
                        .ifPresent(x ->
                                n.putObject("other").put("source", x.source()).put("line", x.line()));
            }
            ArrayNode diagnostics = o.putArray("diagnostics");
            r.diagnostics().forEach(d -> diagnostics.add(d.toString()));
        }
        try {
            return JSON.writeValueAsString(all) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private static String heading(Section s) {
        return s.heading().isEmpty() ? "(" + s.kind().name().toLowerCase(Locale.ROOT) + ")" : s.heading();
    }
}
