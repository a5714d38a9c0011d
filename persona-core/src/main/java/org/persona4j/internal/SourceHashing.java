package org.persona4j.internal;

import java.util.function.Supplier;
import org.persona4j.PersonaSource;

/**
 * When a read hashes its source. A persona read for a caller is hashed at once, so that it does not keep the file's
 * bytes; a read whose personas are dropped right after, as a lint's are, may leave the hash until it is asked for,
 * which it never is there: on the client compiler SHA-256 was about a twentieth of a corpus lint. The choice is this
 * thread's, for the reads made inside {@link #later}, and it applies only to the array the reader read the file
 * into ({@link #owned}), which nothing else holds or changes: {@link PersonaSource#of} asks {@link #mayDefer}.
 * Parsers need not know (they live in other modules, which may be on the class path).
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
    private static final ThreadLocal<byte[]> OWNED = new ThreadLocal<>();

    private SourceHashing() {}

    /**
     * Runs a read whose sources may be hashed when first asked for; their bytes stay with them until then.
     *
     * @param read the read to run
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
     * Runs the parse of bytes the reader read a file into and owns: inside {@link #later}, sources made of exactly
     * this array may wait to be hashed.
     *
     * @param bytes the reader's own array
     * @param parse the parse to run
     * @param <T>   what it gives
     * @return what it gave
     */
    public static <T> T owned(byte[] bytes, Supplier<T> parse) {
        if (LATER.get() != Boolean.TRUE) {
            return parse.get();
        }
        byte[] before = OWNED.get();
        OWNED.set(bytes);
        try {
            return parse.get();
        } finally {
            if (before == null) {
                OWNED.remove();
            } else {
                OWNED.set(before);
            }
        }
    }

    /**
     * Whether a source of these bytes may be hashed when first asked for: inside {@link #later} and
     * {@link #owned}, for that very array only.
     *
     * @param bytes the bytes of a source being made
     * @return {@code true} when its hash may wait
     */
    public static boolean mayDefer(byte[] bytes) {
        return bytes != null && OWNED.get() == bytes;
    }
}
