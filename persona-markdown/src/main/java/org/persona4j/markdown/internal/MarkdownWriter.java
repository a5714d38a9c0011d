package org.persona4j.markdown.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.persona4j.Persona;
import org.persona4j.PersonaMetadata;
import org.persona4j.model.PersonaBody;
import org.persona4j.model.Section;
import org.persona4j.spi.PersonaWriter;

/**
 * Writes the canonical Markdown form: front matter with the typed keys in {@link PersonaMetadata#KNOWN_KEYS} order
 * and then the other keys in file order; the title heading; the preamble; every section in model order. Reading
 * the output gives back the same persona (positions aside).
 */
public final class MarkdownWriter implements PersonaWriter {

    @Override
    public String format() {
        return "markdown";
    }

    @Override
    public String write(Persona persona) {
        StringBuilder out = new StringBuilder();
        Map<String, Object> fm = frontMatter(persona.metadata());
        out.append("---\n");
        if (!fm.isEmpty()) {
            out.append(YamlText.dump(fm));
        }
        out.append("---\n");
        PersonaBody body = persona.body();
        if (!body.title().isEmpty()) {
            out.append("\n# ").append(body.title()).append('\n');
        }
        if (!body.preamble().isEmpty()) {
            out.append('\n').append(body.preamble()).append('\n');
        }
        for (Section s : body.sections()) {
            out.append("\n## ").append(s.heading()).append('\n');
            if (!s.text().isEmpty()) {
                out.append('\n').append(s.text()).append('\n');
            }
        }
        return out.toString();
    }

    /** The front matter as an ordered plain map: typed keys first, in canonical order, then the rest. */
    static Map<String, Object> frontMatter(PersonaMetadata m) {
        Map<String, Object> fm = new LinkedHashMap<>();
        m.title().ifPresent(v -> fm.put("title", v));
        m.version().ifPresent(v -> fm.put("version", v));
        m.author().ifPresent(v -> fm.put("author", v));
        m.description().ifPresent(v -> fm.put("description", v));
        if (!m.keywords().isEmpty()
                || m.span("keywords").isPresent() && !m.extra().containsKey("keywords")) {
            fm.put("keywords", m.keywords());
        }
        m.lastUpdated().ifPresent(v -> fm.put("lastUpdated", v));
        m.summaryScore().ifPresent(v -> fm.put("summaryScore", v));
        m.agentMode().ifPresent(v -> fm.put("agentMode", v));
        if (!m.applyTo().isEmpty()) {
            fm.put("applyTo", m.applyTo().size() == 1 ? m.applyTo().get(0) : m.applyTo());
        }
        if (!m.extensions().isEmpty()) {
            fm.put("extensions", m.extensions());
        }
        m.guidelines().ifPresent(v -> fm.put("guidelines", v));
        m.instructionType().ifPresent(v -> fm.put("instructionType", v));
        m.extra().forEach(fm::putIfAbsent);
        return fm;
    }
}
