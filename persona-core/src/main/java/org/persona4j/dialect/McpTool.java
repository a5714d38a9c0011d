package org.persona4j.dialect;

import java.util.Objects;

/**
 * A tool of a Model Context Protocol server, named the same way in every vendor's own form
 * ({@code mcp__github__get_issue} in Claude Code, {@code github/get_issue} in Copilot).
 *
 * @param server the server's name
 * @param tool   the tool's name, or {@code *} for every tool of the server
 */
public record McpTool(String server, String tool) {

    /**
     * Checks the components.
     *
     * @param server the server's name
     * @param tool   the tool's name, or {@code *} for every tool of the server
     */
    public McpTool {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(tool, "tool");
    }
}
