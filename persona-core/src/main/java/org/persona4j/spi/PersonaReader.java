package org.persona4j.spi;

import org.persona4j.ReadOptions;
import org.persona4j.ReadResult;

/**
 * Reads one persona format. Implementations are found with {@link java.util.ServiceLoader}; they must be
 * thread-safe and must report bad input as diagnostics, never by throwing.
 */
public interface PersonaReader {

    /** {@code true} when this reader handles files with this name (for example, names ending in {@code .md}). */
    boolean supports(String fileName);

    /** Reads the input; the bytes are not modified. */
    ReadResult read(SourceInput input, ReadOptions options);
}
