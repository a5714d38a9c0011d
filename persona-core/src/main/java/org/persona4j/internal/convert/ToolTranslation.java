package org.persona4j.internal.convert;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.persona4j.dialect.McpTool;
import org.persona4j.dialect.ToolKind;
import org.persona4j.dialect.ToolName;
import org.persona4j.dialect.ToolVocabulary;

/**
 * Translates a tool list from one dialect's names to another's through what each tool does ({@link ToolKind}):
 * Claude Code's {@code Read} is Copilot's {@code read}, Copilot's {@code edit} is Claude Code's {@code Edit} and
 * {@code Write}; an MCP tool keeps its server and name in the target's form. The target's own name for a tool stays as
 * it is (an alias it merely takes is translated to its own name); a tool with no counterpart is lost, by name.
 *
 * <p>A translation never grants more than the source did: an entry with a permission pattern
 * ({@code Bash(git diff:*)}) that the target cannot keep is lost, not widened to the whole tool.
 *
 * @param names the target's names, in order, without repeats
 * @param lost  the source entries that have no counterpart in the target
 * @param exact whether every entry was kept as written
 */
record ToolTranslation(List<String> names, List<String> lost, boolean exact) {

    static ToolTranslation of(List<String> entries, ToolVocabulary from, ToolVocabulary to) {
        Set<String> out = new LinkedHashSet<>();
        List<String> lost = new ArrayList<>();
        boolean exact = true;
        for (String entry : entries) {
            String e = entry.strip();
            if (e.equals("*")) {
                out.add(e);
                continue;
            }
            Optional<McpTool> mcp = from.mcpTool(e);
            if (mcp.isPresent()) {
                Optional<String> written = to.write(mcp.get());
                if (written.isPresent()) {
                    exact &= written.get().equals(e);
                    out.add(written.get());
                } else {
                    lost.add(e);
                }
                continue;
            }
            boolean narrowed = !from.toolOf(e).equals(e);
            if (narrowed && !to.patterns()) {
                lost.add(e + " (a permission pattern " + "the target cannot keep; left out rather than granted whole)");
                continue;
            }
            Optional<ToolName> own = to.find(e).filter(n -> !n.alias());
            if (own.isPresent()) {
                // The target's own name for the tool (Claude Code's Read in a skill, say), in its own spelling; a
                // permission pattern stays where the names are the same.
                boolean same = own.get().name().equals(to.toolOf(e));
                exact &= same;
                out.add(same ? e : own.get().name() + e.substring(from.toolOf(e).length()));
                continue;
            }
            Optional<ToolName> known = from.find(e).or(() -> to.find(e));
            List<String> counterparts = known.filter(n -> n.kind() != ToolKind.OTHER)
                    .map(n -> to.namesFor(n.kind()))
                    .orElse(List.of());
            if (!counterparts.isEmpty() && narrowed) {
                lost.add(e + " (a permission pattern with no counterpart; left out rather than granted whole)");
            } else if (!counterparts.isEmpty()) {
                exact = false;
                out.addAll(counterparts);
            } else if (to.find(e).isPresent()) {
                out.add(e); // an alias the target takes, with no name of its own to write instead
            } else {
                lost.add(e);
            }
        }
        return new ToolTranslation(List.copyOf(out), List.copyOf(lost), exact && lost.isEmpty());
    }
}
