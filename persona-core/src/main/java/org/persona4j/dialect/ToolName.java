package org.persona4j.dialect;

import java.util.Objects;

/**
 * One tool name a vendor's tool knows.
 *
 * @param name  the name as the vendor writes it
 * @param kind  what it does
 * @param alias whether it is taken but not the vendor's own name for the tool: a compatible alias (Copilot takes
 *              Claude's {@code Read} for its {@code read}) or a name the vendor no longer lists ({@code Task}, now
 *              {@code Agent}); a translation writes the vendor's own name instead
 */
public record ToolName(String name, ToolKind kind, boolean alias) {

    /**
     * Checks the components.
     *
     * @param name  the name as the vendor writes it
     * @param kind  what it does
     * @param alias whether it is taken but not the vendor's own name for the tool
     */
    public ToolName {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }
}
