package org.persona4j.dialect;

import java.util.Optional;

/** How a vendor writes the tools of an MCP server in a tool list. */
public enum McpToolForm {
    /** Claude Code: {@code mcp__server__tool}, {@code mcp__server__*}, or {@code mcp__server} for every tool. */
    CLAUDE {
        @Override
        public Optional<McpTool> read(String tool) {
            if (!tool.startsWith("mcp__") || tool.length() == 5) {
                return Optional.empty();
            }
            String rest = tool.substring(5);
            int sep = rest.indexOf("__");
            if (sep == 0) {
                return Optional.empty();
            }
            return sep < 0
                    ? Optional.of(new McpTool(rest, "*"))
                    : Optional.of(new McpTool(rest.substring(0, sep), rest.substring(sep + 2)));
        }

        @Override
        public String write(McpTool tool) {
            return "mcp__" + tool.server() + "__" + tool.tool();
        }
    },
    /** Copilot: {@code server/tool}, or {@code server/*} for every tool. */
    COPILOT {
        @Override
        public Optional<McpTool> read(String tool) {
            int slash = tool.indexOf('/');
            return slash <= 0 || slash == tool.length() - 1 || tool.indexOf('/', slash + 1) >= 0
                    ? Optional.empty()
                    : Optional.of(new McpTool(tool.substring(0, slash), tool.substring(slash + 1)));
        }

        @Override
        public String write(McpTool tool) {
            return tool.server() + "/" + tool.tool();
        }
    },
    /** The dialect lists no MCP tools. */
    NONE {
        @Override
        public Optional<McpTool> read(String tool) {
            return Optional.empty();
        }

        @Override
        public String write(McpTool tool) {
            throw new UnsupportedOperationException("this dialect lists no MCP tools");
        }
    };

    /**
     * {@return the MCP tool a tool-list entry names in this form, if it names one}
     *
     * @param tool an entry of a tool list
     */
    public abstract Optional<McpTool> read(String tool);

    /**
     * {@return an MCP tool written in this form}
     *
     * @param tool the MCP tool
     * @throws UnsupportedOperationException for {@link #NONE}
     */
    public abstract String write(McpTool tool);
}
