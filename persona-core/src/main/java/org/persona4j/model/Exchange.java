package org.persona4j.model;

import java.util.Objects;
import org.persona4j.SourceSpan;

/**
 * One turn of an example conversation, written as {@code User: …} or {@code Agent: …}.
 *
 * @param role who speaks, as written ({@code User}, {@code Agent}, {@code Assistant}…)
 * @param text what they say; continuation lines included
 * @param span where it is
 */
public record Exchange(String role, String text, SourceSpan span) {

    /**
     * Checks the components and keeps unmodifiable copies of its lists.
     *
     * @param role who speaks, as written ({@code User}, {@code Agent}, {@code Assistant}…)
     * @param text what they say; continuation lines included
     * @param span where it is
     */
    public Exchange {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }
}
