package org.persona4j.dialect;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The tool names a dialect's tool knows, how it writes MCP tools, and which of its names stand for each
 * {@link ToolKind} when a tool list is translated into this dialect.
 *
 * @param names      every name it knows, its own and the aliases it takes
 * @param ignoreCase whether it compares names ignoring case (Copilot does, Claude Code does not)
 * @param patterns   whether an entry may carry a permission pattern, {@code Bash(git diff:*)}, which names the
 *                   tool before the parenthesis
 * @param toolSets   prefixes before a {@code /} that name the vendor's own tool sets rather than MCP servers
 *                   ({@code read/readFile} in VS Code), each with the kind its tools have
 * @param closed     whether the tool knows these names only and drops any other (Claude Code), rather than also
 *                   taking names of its own this table cannot list, such as extension or CLI tools (Copilot)
 * @param mcp        how it writes MCP tools, the form it writes first
 * @param written    the names written for each kind when a list is translated into this dialect, in order
 * @param source     the documentation the names come from
 */
public record ToolVocabulary(
        List<ToolName> names,
        boolean ignoreCase,
        boolean patterns,
        Map<String, ToolKind> toolSets,
        boolean closed,
        List<McpToolForm> mcp,
        Map<ToolKind, List<String>> written,
        DocSource source) {

    /** A dialect that lists no tools. */
    public static final ToolVocabulary NONE = new ToolVocabulary(
            List.of(),
            false,
            false,
            Map.of(),
            false,
            List.of(),
            Map.of(),
            DocSource.of("none", "https://persona4j.org/", "2026-12-06"));

    /**
     * Checks the components and keeps unmodifiable copies.
     *
     * @param names      every name it knows, its own and the aliases it takes
     * @param ignoreCase whether it compares names ignoring case
     * @param patterns   whether an entry may carry a permission pattern
     * @param toolSets   prefixes before a {@code /} that name the vendor's own tool sets
     * @param closed     whether the tool knows these names only
     * @param mcp        how it writes MCP tools, the form it writes first
     * @param written    the names written for each kind when a list is translated into this dialect
     * @param source     the documentation the names come from
     */
    public ToolVocabulary {
        names = List.copyOf(names);
        toolSets = Map.copyOf(toolSets);
        mcp = List.copyOf(mcp);
        Map<ToolKind, List<String>> copy = new EnumMap<>(ToolKind.class);
        written.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        written = Map.copyOf(copy);
        Objects.requireNonNull(source, "source");
    }

    /** {@return whether the dialect lists tools at all} */
    public boolean isEmpty() {
        return names.isEmpty();
    }

    /**
     * {@return the tool an entry of a tool list names, without its permission pattern: {@code Bash} for
     * {@code Bash(git diff:*)}}
     *
     * @param entry an entry as written
     */
    public String toolOf(String entry) {
        String t = entry.strip();
        int paren = t.indexOf('(');
        return patterns && paren > 0 && t.endsWith(")") ? t.substring(0, paren) : t;
    }

    /**
     * {@return the name this vocabulary knows for an entry of a tool list, if it knows one (MCP tools aside)}
     *
     * @param entry an entry as written, possibly with a permission pattern or a tool set's prefix
     */
    public Optional<ToolName> find(String entry) {
        String tool = toolOf(entry);
        for (ToolName n : names) {
            if (ignoreCase ? n.name().equalsIgnoreCase(tool) : n.name().equals(tool)) {
                return Optional.of(n);
            }
        }
        int slash = tool.indexOf('/');
        if (slash > 0) {
            ToolKind set = toolSet(tool.substring(0, slash));
            if (set != null) {
                return Optional.of(new ToolName(tool, set, false));
            }
        }
        return Optional.empty();
    }

    private ToolKind toolSet(String prefix) {
        for (Map.Entry<String, ToolKind> e : toolSets.entrySet()) {
            if (ignoreCase ? e.getKey().equalsIgnoreCase(prefix) : e.getKey().equals(prefix)) {
                return e.getValue();
            }
        }
        return null;
    }

    /**
     * {@return the MCP tool an entry names, when it is one in this vocabulary's form and not one of its own tool sets}
     *
     * @param entry an entry as written
     */
    public Optional<McpTool> mcpTool(String entry) {
        String tool = toolOf(entry);
        if (find(tool).isPresent()) {
            return Optional.empty();
        }
        for (McpToolForm form : mcp) {
            Optional<McpTool> read = form.read(tool);
            if (read.isPresent()) {
                return read;
            }
        }
        return Optional.empty();
    }

    /**
     * {@return whether the tool knows an entry: one of its names (a pattern allowed where it takes them), an MCP tool
     * in its form, or {@code *}}
     *
     * @param entry an entry as written
     */
    public boolean knows(String entry) {
        String t = entry.strip();
        return t.equals("*") || find(t).isPresent() || mcpTool(t).isPresent();
    }

    /** {@return the vendor's own names, aliases aside, for messages and did-you-mean suggestions} */
    public List<String> currentNames() {
        List<String> out = new ArrayList<>();
        names.stream().filter(n -> !n.alias()).forEach(n -> out.add(n.name()));
        return List.copyOf(out);
    }

    /**
     * {@return the names written for a kind of tool when a list is translated into this dialect; empty when it has
     * none for that kind}
     *
     * @param kind what the tool does
     */
    public List<String> namesFor(ToolKind kind) {
        return written.getOrDefault(kind, List.of());
    }

    /**
     * {@return an MCP tool written the way this dialect writes it first, or empty when it lists no MCP tools}
     *
     * @param tool the MCP tool
     */
    public Optional<String> write(McpTool tool) {
        return mcp.isEmpty() ? Optional.empty() : Optional.of(mcp.get(0).write(tool));
    }
}
