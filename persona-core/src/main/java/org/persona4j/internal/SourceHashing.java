package org.persona4j.internal;

import java.nio.file.Path;
import org.persona4j.PersonaSource;

/**
 * When a read hashes its source. A persona read for a caller is hashed at once, so that it does not keep the file's
 * bytes; a read whose personas are dropped right after, as a lint's are, may leave the hash until it is asked for,
 * which it never is there: on the client compiler SHA-256 was about a twentieth of a corpus lint. The choice is this
 * thread's, for the reads made inside {@link #later}.
 */
public final class SourceHashing {

    /** A read that may throw an I/O error. */
    @FunctionalInterface
    public interface Read<T> {
        /**
         * Reads.
         *
         * @return what was read
         * @throws java.io.IOException when reading fails
         */
        T read() throws java.io.IOException;
    }

    private static final ThreadLocal<Boolean> LATER = new ThreadLocal<>();

    private SourceHashing() {}

    /**
     * Runs a read whose sources are hashed when first asked for; their bytes stay with them until then.
     *
     * @param read the read
     * @param <T>  what it gives
     * @return what it gave
     * @throws java.io.IOException when it fails
     */
    public static <T> T later(Read<T> read) throws java.io.IOException {
        Boolean before = LATER.get();
        LATER.set(Boolean.TRUE);
        try {
            return read.read();
        } finally {
            if (before == null) {
                LATER.remove();
            } else {
                LATER.set(before);
            }
        }
    }

    /**
     * The source of these bytes: hashed now, or inside {@link #later} when first asked for.
     *
     * @param label how diagnostics name the input
     * @param path  the file, or {@code null} for in-memory input
     * @param bytes the bytes as read; inside {@link #later} kept, so they must not change
     * @return the source
     */
    public static PersonaSource source(String label, Path path, byte[] bytes) {
        return LATER.get() == Boolean.TRUE
                ? PersonaSource.hashedLater(label, path, bytes)
                : PersonaSource.of(label, path, bytes);
    }
}
