package org.persona4j.model;

import java.util.Objects;
import org.persona4j.SourceSpan;

/**
 * A fenced code block in a templates section, with the name written above it.
 *
 * @param name     the bold line or sub-heading before the block, without a trailing colon; may be empty
 * @param language the first word of the fence's info string; empty when none
 * @param code     the code, exactly as in the fence
 * @param span     from the name (or the fence) to the closing fence
 */
public record CodeTemplate(String name, String language, String code, SourceSpan span) {

    /**
     * Checks the components and keeps unmodifiable copies of its lists.
     *
     * @param name     the bold line or sub-heading before the block, without a trailing colon; may be empty
     * @param language the first word of the fence's info string; empty when none
     * @param code     the code, exactly as in the fence
     * @param span     from the name (or the fence) to the closing fence
     */
    public CodeTemplate {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(span, "span");
    }
}
