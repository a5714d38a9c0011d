package org.persona4j.markdown.internal;

import org.persona4j.Persona;
import org.persona4j.spi.PersonaWriter;

/** Writes the JSON form of a persona (see {@link JsonTree}). */
public final class JsonWriter implements PersonaWriter {

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String write(Persona persona) {
        return JsonTree.json(persona);
    }
}
