package org.persona4j.markdown.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.persona4j.Persona;
import org.persona4j.PersonaMetadata;
import org.persona4j.model.PersonaBody;
import org.persona4j.model.Section;
import org.persona4j.spi.PersonaWriter;

/**
 * Writes the canonical Markdown form: front matter with every key in file order, in the syntax its tool reads (YAML,
 * Cursor's lines, or none for AGENTS.md and its kin); the title heading; the preamble; every section in model order. Reading
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
        org.persona4j.dialect.DialectSpec spec = persona.dialect().spec();
        switch (spec.syntax()) {
            case NONE -> {} // the tool reads no front matter: the file is its Markdown alone
            case LINES ->
                out.append("---\n").append(LineFrontMatter.write(fm, spec)).append("---\n");
            default -> {
                out.append("---\n");
                if (!fm.isEmpty()) {
                    out.append(YamlText.dump(fm));
                }
                out.append("---\n");
            }
        }
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

    /** The front matter as an ordered plain map: every key in the order it was read or set. */
    static Map<String, Object> frontMatter(PersonaMetadata m) {
        return new LinkedHashMap<>(m.values());
    }
}
