package org.persona4j.internal.dialect;

import static org.persona4j.dialect.ToolKind.AGENT;
import static org.persona4j.dialect.ToolKind.EDIT;
import static org.persona4j.dialect.ToolKind.EXECUTE;
import static org.persona4j.dialect.ToolKind.OTHER;
import static org.persona4j.dialect.ToolKind.READ;
import static org.persona4j.dialect.ToolKind.SEARCH;
import static org.persona4j.dialect.ToolKind.TODO;
import static org.persona4j.dialect.ToolKind.WEB;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.persona4j.dialect.McpToolForm;
import org.persona4j.dialect.ModelVocabulary;
import org.persona4j.dialect.ToolKind;
import org.persona4j.dialect.ToolName;
import org.persona4j.dialect.ToolVocabulary;

/** The tool and model names of Claude Code and GitHub Copilot, shared by the dialects of each vendor. */
final class Vocabularies {

    private Vocabularies() {}

    /**
     * Claude Code's built-in tools (tools reference, v2.1.240), with the names it no longer lists but still takes or
     * files still carry ({@code Task}, renamed {@code Agent}; {@code MultiEdit}; {@code LS}…). Exact case; an entry
     * may carry a permission pattern; MCP tools are {@code mcp__server__tool}.
     */
    static final ToolVocabulary CLAUDE = new ToolVocabulary(
            claudeTools(),
            false,
            true,
            Map.of(),
            true,
            List.of(McpToolForm.CLAUDE),
            Map.of(
                    READ, List.of("Read"),
                    EDIT, List.of("Edit", "Write"),
                    EXECUTE, List.of("Bash"),
                    SEARCH, List.of("Grep", "Glob"),
                    WEB, List.of("WebFetch", "WebSearch"),
                    AGENT, List.of("Agent"),
                    TODO, List.of("TodoWrite")),
            Sources.CLAUDE_TOOLS);

    private static List<ToolName> claudeTools() {
        List<ToolName> out = new ArrayList<>();
        add(out, READ, false, "Read", "LSP");
        add(out, EDIT, false, "Edit", "Write", "NotebookEdit");
        add(out, EXECUTE, false, "Bash", "PowerShell", "Monitor");
        add(out, SEARCH, false, "Grep", "Glob", "ToolSearch");
        add(out, WEB, false, "WebFetch", "WebSearch");
        add(out, AGENT, false, "Agent", "SendMessage", "ListAgents");
        add(out, TODO, false, "TodoWrite", "TaskCreate", "TaskGet", "TaskList", "TaskUpdate", "TaskStop");
        add(
                out,
                OTHER,
                false,
                "Artifact",
                "AskUserQuestion",
                "CronCreate",
                "CronDelete",
                "CronList",
                "EndConversation",
                "EnterPlanMode",
                "EnterWorktree",
                "ExitPlanMode",
                "ExitWorktree",
                "ListMcpResourcesTool",
                "PushNotification",
                "ReadMcpResourceTool",
                "RemoteTrigger",
                "ReportFindings",
                "ScheduleWakeup",
                "SendUserFile",
                "ShareOnboardingGuide",
                "Skill",
                "TaskOutput",
                "WaitForMcpServers",
                "Workflow");
        // Renamed or no longer listed, but still taken or still written in real files.
        add(out, AGENT, true, "Task");
        add(out, EDIT, true, "MultiEdit");
        add(out, READ, true, "LS", "NotebookRead");
        add(out, EXECUTE, true, "BashOutput", "KillShell");
        add(out, TODO, true, "TodoRead");
        add(out, OTHER, true, "SlashCommand", "MCPSearch", "TeamCreate", "TeamDelete");
        return out;
    }

    /**
     * Copilot's tool names for custom agents, prompt files and chat modes: the aliases GitHub documents (with the
     * Claude-style names they accept), VS Code's tool sets ({@code read/readFile}…) and the flat names older VS Code
     * files use. Compared ignoring case; MCP tools are {@code server/tool}.
     */
    static final ToolVocabulary COPILOT = new ToolVocabulary(
            copilotTools(),
            true,
            false,
            Map.of(
                    "read", READ, "edit", EDIT, "execute", EXECUTE, "search", SEARCH, "web", WEB, "agent", AGENT,
                    "vscode", OTHER, "todo", TODO),
            false,
            List.of(McpToolForm.COPILOT),
            Map.of(
                    READ, List.of("read"),
                    EDIT, List.of("edit"),
                    EXECUTE, List.of("execute"),
                    SEARCH, List.of("search"),
                    WEB, List.of("web"),
                    AGENT, List.of("agent"),
                    TODO, List.of("todo")),
            Sources.COPILOT_AGENTS);

    private static List<ToolName> copilotTools() {
        List<ToolName> out = new ArrayList<>();
        // GitHub's names for custom agents' tools, then the compatible aliases it takes in their place.
        add(out, EXECUTE, false, "execute");
        add(out, READ, false, "read");
        add(out, EDIT, false, "edit");
        add(out, SEARCH, false, "search");
        add(out, AGENT, false, "agent");
        add(out, WEB, false, "web");
        add(out, TODO, false, "todo");
        add(out, EXECUTE, true, "shell", "Bash", "powershell");
        add(out, READ, true, "Read", "NotebookRead");
        add(out, EDIT, true, "Edit", "MultiEdit", "Write", "NotebookEdit");
        add(out, SEARCH, true, "Grep", "Glob");
        add(out, AGENT, true, "custom-agent", "Task");
        add(out, WEB, true, "WebSearch", "WebFetch");
        add(out, TODO, true, "TodoWrite");
        // VS Code's standalone tools and tool sets.
        add(out, OTHER, false, "vscode", "browser", "githubRepo", "githubTextSearch", "newWorkspace");
        add(out, TODO, false, "todos");
        // Flat names of VS Code files written before its tools were grouped in sets.
        add(
                out,
                SEARCH,
                true,
                "codebase",
                "usages",
                "changes",
                "fileSearch",
                "textSearch",
                "listDirectory",
                "searchResults",
                "findTestFiles");
        add(
                out,
                READ,
                true,
                "problems",
                "readFile",
                "terminalLastCommand",
                "terminalSelection",
                "readCellOutput",
                "getNotebookSummary");
        add(out, EDIT, true, "editFiles", "createFile", "createDirectory", "editNotebook");
        add(
                out,
                EXECUTE,
                true,
                "runCommands",
                "runInTerminal",
                "getTerminalOutput",
                "runTasks",
                "runTests",
                "testFailure",
                "runNotebooks",
                "createAndRunTask");
        add(out, WEB, true, "fetch", "openSimpleBrowser");
        add(out, AGENT, true, "runSubagent");
        add(
                out,
                OTHER,
                true,
                "extensions",
                "vscodeAPI",
                "new",
                "think",
                "memory",
                "installExtension",
                "getProjectSetupInfo",
                "runCommand",
                "askQuestions");
        return out;
    }

    /**
     * The tools an Agent Skill's {@code allowed-tools} may name: skills run in Claude Code, Copilot and other clients,
     * each of which reads the names it knows and ignores the rest, so both vendors' names and MCP forms are known, and
     * the list is open. Written in Claude Code's names, the clients that document the key.
     */
    static final ToolVocabulary SKILLS = new ToolVocabulary(
            union(CLAUDE.names(), COPILOT.names()),
            false,
            true,
            COPILOT.toolSets(),
            false,
            List.of(McpToolForm.CLAUDE, McpToolForm.COPILOT),
            CLAUDE.written(),
            Sources.AGENT_SKILLS);

    /** Both vendors' names: the first's as they are, the second's as aliases, which are read but not written. */
    private static List<ToolName> union(List<ToolName> a, List<ToolName> b) {
        List<ToolName> out = new ArrayList<>(a);
        for (ToolName n : b) {
            if (a.stream().noneMatch(x -> x.name().equals(n.name()))) {
                out.add(new ToolName(n.name(), n.kind(), true));
            }
        }
        return out;
    }

    private static void add(List<ToolName> out, ToolKind kind, boolean alias, String... names) {
        for (String n : names) {
            out.add(new ToolName(n, kind, alias));
        }
    }

    /** Claude Code's model names: its aliases, or a Claude model id. */
    static final ModelVocabulary CLAUDE_MODELS = new ModelVocabulary(
            ModelVocabulary.Naming.CLAUDE_CODE,
            List.of("inherit", "default", "best", "opusplan", "opus", "sonnet", "haiku", "fable"),
            Sources.CLAUDE_MODELS);

    /** Copilot's model names: what its model picker shows, in VS Code optionally qualified by vendor. */
    static final ModelVocabulary COPILOT_MODELS =
            new ModelVocabulary(ModelVocabulary.Naming.COPILOT, List.of(), Sources.COPILOT_MODELS);

    /** CrewAI's {@code llm}: a provider and a model id. */
    static final ModelVocabulary CREWAI_MODELS =
            new ModelVocabulary(ModelVocabulary.Naming.PROVIDER_SLASH_MODEL, List.of(), Sources.CREWAI_AGENTS);
}
