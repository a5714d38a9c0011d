package org.persona4j.markdown.internal;

import org.persona4j.Persona;
import org.persona4j.spi.PersonaWriter;

/** Writes the same document as the JSON writer, as YAML. */
public final class YamlWriter implements PersonaWriter {

    @Override
    public String format() {
        return "yaml";
    }

    @Override
    public String write(Persona persona) {
        return YamlText.dump(JsonTree.tree(persona).toPlain());
    }
}
