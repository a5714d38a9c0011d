package org.persona4j.validation.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.persona4j.Dialect;
import org.persona4j.internal.EditDistance;

/**
 * The tool names each dialect's tool knows, for {@code dialect.unknown-tool}. Claude Code's names are exact and may
 * carry a permission pattern ({@code Bash(git diff:*)}); its MCP tools are {@code mcp__server__tool}. Copilot's
 * names are compared ignoring case, and anything with a {@code /} is an MCP tool or a tool of a tool set
 * ({@code github/*}, {@code server/tool}). Tools appear faster than lists do, so an unknown name is a warning.
 */
final class KnownTools {

    private static final Set<String> CLAUDE = Set.of(
            "Agent",
            "AskUserQuestion",
            "Bash",
            "BashOutput",
            "Edit",
            "EnterPlanMode",
            "ExitPlanMode",
            "Glob",
            "Grep",
            "KillShell",
            "LS",
            "LSP",
            "ListMcpResourcesTool",
            "MultiEdit",
            "NotebookEdit",
            "NotebookRead",
            "Read",
            "ReadMcpResourceTool",
            "SendMessage",
            "Skill",
            "SlashCommand",
            "Task",
            "TaskCreate",
            "TaskGet",
            "TaskList",
            "TaskOutput",
            "TaskStop",
            "TaskUpdate",
            "TeamCreate",
            "TeamDelete",
            "TodoRead",
            "TodoWrite",
            "WebFetch",
            "WebSearch",
            "Write");

    private static final Set<String> COPILOT = lower(Set.of(
            "agent",
            "changes",
            "codebase",
            "createDirectory",
            "createFile",
            "edit",
            "editFiles",
            "editNotebook",
            "execute",
            "extensions",
            "fetch",
            "fileSearch",
            "findTestFiles",
            "getTerminalOutput",
            "githubRepo",
            "listDirectory",
            "memory",
            "new",
            "openSimpleBrowser",
            "problems",
            "read",
            "readCellOutput",
            "readFile",
            "runCommands",
            "runInTerminal",
            "runNotebooks",
            "runSubagent",
            "runTasks",
            "runTests",
            "search",
            "searchResults",
            "terminalLastCommand",
            "terminalSelection",
            "testFailure",
            "textSearch",
            "think",
            "todo",
            "todos",
            "usages",
            "vscodeAPI",
            "web"));

    private KnownTools() {}

    /** Whether a dialect's tool names are checked: Claude subagents and skills, Copilot agents, modes, prompts. */
    static boolean checks(Dialect dialect) {
        return switch (dialect) {
            case CLAUDE_SUBAGENT, AGENT_SKILL, COPILOT_AGENT, COPILOT_CHAT_MODE, COPILOT_PROMPT -> true;
            default -> false;
        };
    }

    /** Why a tool name is not known to the dialect, with the closest known name; empty when it is known. */
    static Optional<String> problem(Dialect dialect, String tool) {
        String t = tool.strip();
        boolean copilot = dialect != Dialect.CLAUDE_SUBAGENT && dialect != Dialect.AGENT_SKILL;
        if (copilot) {
            if (t.contains("/") || COPILOT.contains(t.toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
            return Optional.of("'" + Quote.shorten(t) + "' is not a tool Copilot lists" + closest(t, COPILOT)
                    + "; an MCP tool is written server/tool");
        }
        int paren = t.indexOf('(');
        String name = paren > 0 && t.endsWith(")") ? t.substring(0, paren) : t;
        if (name.startsWith("mcp__") || CLAUDE.contains(name)) {
            return Optional.empty();
        }
        return Optional.of("'" + Quote.shorten(t) + "' is not a Claude Code tool" + closest(name, CLAUDE)
                + "; an MCP tool is written mcp__server__tool");
    }

    private static String closest(String name, Set<String> known) {
        if (name.length() > 64) {
            return "";
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return known.stream()
                .filter(k -> EditDistance.between(lower, k.toLowerCase(Locale.ROOT)) <= 2)
                .min(Comparator.comparingInt((String k) -> EditDistance.between(lower, k.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()))
                .map(k -> " (did you mean '" + k + "'?)")
                .orElse("");
    }

    private static Set<String> lower(Set<String> names) {
        Set<String> out = new TreeSet<>();
        names.forEach(n -> out.add(n.toLowerCase(Locale.ROOT)));
        return Set.copyOf(out);
    }

    /** The tools a persona lists, for its dialect: {@code tools}, or a skill's {@code allowed-tools}. */
    static List<String> listed(org.persona4j.Persona p) {
        return p.dialect() == Dialect.AGENT_SKILL
                ? p.metadata().allowedTools()
                : p.metadata().tools();
    }
}
