package org.persona4j.dialect;

import java.util.Objects;

/**
 * One tool name a vendor's tool knows.
 *
 * @param name   the name as the vendor writes it
 * @param kind   what it does
 * @param legacy whether the vendor no longer lists it (still accepted, or still seen in files)
 */
public record ToolName(String name, ToolKind kind, boolean legacy) {

    /**
     * Checks the components.
     *
     * @param name   the name as the vendor writes it
     * @param kind   what it does
     * @param legacy whether the vendor no longer lists it
     */
    public ToolName {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }
}
