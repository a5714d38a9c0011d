package org.persona4j.spi;

import java.util.List;
import java.util.Objects;
import org.persona4j.Diagnostic;
import org.persona4j.Dialect;
import org.persona4j.PersonaMetadata;
import org.persona4j.PersonaSource;

/**
 * What {@link PersonaParser#readHead} read of a file: everything but the parsed body, and where the body is.
 * The body is either the input's bytes from {@code bodyByteOffset} on (a clean UTF-8 file: nothing needed
 * decoding), or, when the text had to be decoded or normalised, {@code bodyText}.
 *
 * @param id             the persona's id
 * @param dialect        the format the file is written in
 * @param metadata       the front matter, typed
 * @param source         where the file came from
 * @param diagnostics    what reading the bytes and the front matter found
 * @param bodyLine       the file line the body starts on
 * @param bodyByteOffset where the body starts in the input's bytes, or -1 when {@code bodyText} holds it
 * @param bodyText       the body's text when {@code bodyByteOffset} is -1, else {@code null}
 * @param frontMatter    {@code true} when the file opens with front matter
 */
public record PersonaHead(
        String id,
        Dialect dialect,
        PersonaMetadata metadata,
        PersonaSource source,
        List<Diagnostic> diagnostics,
        int bodyLine,
        int bodyByteOffset,
        String bodyText,
        boolean frontMatter) {

    /**
     * Checks the components and keeps unmodifiable copies of its lists.
     *
     * @param id             the persona's id
     * @param dialect        the format the file is written in
     * @param metadata       the front matter, typed
     * @param source         where the file came from
     * @param diagnostics    what reading the bytes and the front matter found
     * @param bodyLine       the file line the body starts on
     * @param bodyByteOffset where the body starts in the input's bytes, or -1 when {@code bodyText} holds it
     * @param bodyText       the body's text when {@code bodyByteOffset} is -1, else {@code null}
     * @param frontMatter    {@code true} when the file opens with front matter
     */
    public PersonaHead {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(source, "source");
        diagnostics = List.copyOf(diagnostics);
        if ((bodyByteOffset < 0) == (bodyText == null)) {
            throw new IllegalArgumentException("give either bodyByteOffset or bodyText");
        }
    }
}
