package org.persona4j.model;

import java.util.Objects;
import org.persona4j.SourceSpan;

/**
 * A link or image in the body, as written: {@code [text](destination)} or {@code ![alt](destination)}.
 *
 * @param destination the URL or path, as written
 * @param span        where the link is
 */
public record Link(String destination, SourceSpan span) {

    /**
     * Checks the components and keeps unmodifiable copies of its lists.
     *
     * @param destination the URL or path, as written
     * @param span        where the link is
     */
    public Link {
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(span, "span");
    }

    private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("(?i)[a-z][a-z0-9+.-]*:");

    /**
     * {@return {@code true} for a destination without a scheme or a leading {@code //}: a path relative to the file}
     */
    public boolean isRelative() {
        String d = destination.strip();
        return !d.isEmpty()
                && !d.startsWith("#")
                && !d.startsWith("/")
                && !SCHEME.matcher(d).lookingAt();
    }
}
