package org.persona4j.internal;

import java.util.Objects;
import java.util.function.Function;
import org.persona4j.Persona;

/**
 * The body of a persona as the UTF-8 bytes it keeps, without a copy, for the search index, which tokenises them
 * directly. Internal: the array is the persona's own and must never be changed.
 */
public final class BodyBytes {

    private static volatile Function<Persona, byte[]> access;

    private BodyBytes() {
    }

    /** Called once, by {@link Persona}'s class initialiser. */
    public static void install(Function<Persona, byte[]> accessor) {
        if (access != null) {
            throw new IllegalStateException("already installed");
        }
        access = Objects.requireNonNull(accessor);
    }

    /** The body's UTF-8 bytes; read them, never write them. */
    public static byte[] of(Persona persona) {
        // Having a Persona means its class, which installs the accessor, has been initialised.
        return access.apply(Objects.requireNonNull(persona, "persona"));
    }
}
