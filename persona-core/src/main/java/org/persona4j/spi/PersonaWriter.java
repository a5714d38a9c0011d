package org.persona4j.spi;

import org.persona4j.Persona;

/**
 * Writes personas in one format. Implementations are found with {@link java.util.ServiceLoader} and must be
 * thread-safe.
 */
public interface PersonaWriter {

    /** {@return the format's name, such as {@code markdown} or {@code json}} */
    String format();

    /**
     * {@return the persona in this format, parsing its body if needed}
     *
     * @param persona the persona to write
     */
    String write(Persona persona);
}
