package org.persona4j.spi;

import org.persona4j.Persona;

/**
 * Writes personas in one format. Implementations are found with {@link java.util.ServiceLoader} and must be
 * thread-safe.
 */
public interface PersonaWriter {

    /** The format's name, such as {@code markdown} or {@code json}. */
    String format();

    /** The persona in this format, parsing its body if needed. */
    String write(Persona persona);
}
