package org.persona4j;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import org.persona4j.internal.SourceHashing;

/**
 * Where a persona came from: how diagnostics name it, its file, and the SHA-256 of its bytes. A value: two sources
 * are equal when their label, path and hash are.
 */
public final class PersonaSource {

    /** One digest per thread: looking the algorithm up costs more than hashing a small file. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    });

    private final String label;
    private final Path path;
    private volatile String sha256;
    /** The bytes to hash when {@link #sha256} is first asked for; {@code null} once hashed. */
    private volatile byte[] unhashed;

    /**
     * @param label  how diagnostics name the input: a path as the user gave it, or a label for in-memory text
     * @param path   the file, or {@code null} for in-memory input; see {@link #file()}
     * @param sha256 lower-case hex SHA-256 of the bytes as read, before any decoding
     */
    public PersonaSource(String label, Path path, String sha256) {
        this.label = Objects.requireNonNull(label, "label");
        this.path = path;
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
    }

    private PersonaSource(String label, Path path, byte[] bytes) {
        this.label = Objects.requireNonNull(label, "label");
        this.path = path;
        this.unhashed = Objects.requireNonNull(bytes, "bytes");
    }

    /**
     * {@return the source of these bytes, hashed now} (Inside a linter's own reads of its files, whose personas are
     * dropped once checked, the hash of the reader's array waits until asked for; the value is the same.)
     *
     * @param label how diagnostics name the input
     * @param path  the file, or {@code null} for in-memory input
     * @param bytes the bytes as read, before any decoding
     */
    public static PersonaSource of(String label, Path path, byte[] bytes) {
        return SourceHashing.mayDefer(bytes)
                ? new PersonaSource(label, path, bytes)
                : new PersonaSource(label, path, hash(bytes));
    }

    /**
     * {@return the source of these bytes, hashed when {@link #sha256()} is first asked for: for a container that keeps
     * the bytes anyway, such as a catalog, where most hashes are never asked for} The array is kept until then and must
     * not change.
     *
     * @param label how diagnostics name the input
     * @param path  the file, or {@code null} for in-memory input
     * @param bytes the bytes as read, before any decoding; kept, not copied
     */
    public static PersonaSource hashedLater(String label, Path path, byte[] bytes) {
        return new PersonaSource(label, path, bytes);
    }

    /** {@return how diagnostics name the input: a path as the user gave it, or a label for in-memory text} */
    public String label() {
        return label;
    }

    /** {@return the file, or {@code null} for in-memory input; see {@link #file()}} */
    public Path path() {
        return path;
    }

    /** {@return lower-case hex SHA-256 of the bytes as read, before any decoding} */
    public String sha256() {
        String h = sha256;
        if (h == null) {
            byte[] bytes = unhashed;
            h = bytes == null ? sha256 : hash(bytes); // another thread may have just hashed them
            sha256 = h;
            unhashed = null;
        }
        return h;
    }

    /** {@return the file this persona was read from, when it was read from one} */
    public Optional<Path> file() {
        return Optional.ofNullable(path);
    }

    private static String hash(byte[] bytes) {
        return HexFormat.of().formatHex(SHA_256.get().digest(bytes)); // digest() also resets it
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PersonaSource s
                && label.equals(s.label)
                && Objects.equals(path, s.path)
                && sha256().equals(s.sha256());
    }

    @Override
    public int hashCode() {
        return Objects.hash(label, path, sha256());
    }

    @Override
    public String toString() {
        return "PersonaSource[label=" + label + ", path=" + path + ", sha256=" + sha256() + "]";
    }
}
