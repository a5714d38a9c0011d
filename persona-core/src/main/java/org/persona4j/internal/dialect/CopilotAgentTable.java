package org.persona4j.internal.dialect;

import static org.persona4j.dialect.KeyType.BOOLEAN;
import static org.persona4j.dialect.KeyType.ENUM;
import static org.persona4j.dialect.KeyType.LIST;
import static org.persona4j.dialect.KeyType.LIST_OF_MAPS;
import static org.persona4j.dialect.KeyType.LIST_OR_COMMAS;
import static org.persona4j.dialect.KeyType.MAP;
import static org.persona4j.dialect.KeyType.TEXT;
import static org.persona4j.dialect.KeyType.TEXT_OR_LIST;

import org.persona4j.Dialect;
import org.persona4j.dialect.DialectSpec;
import org.persona4j.dialect.FrontMatterSyntax;
import org.persona4j.dialect.KeyRole;
import org.persona4j.dialect.KeySpec;

/**
 * GitHub Copilot custom agents ({@code .github/agents/*.agent.md}), read by VS Code, the cloud agent on GitHub.com
 * and the Copilot CLI, each of which ignores the keys it does not use.
 */
final class CopilotAgentTable {

    private CopilotAgentTable() {}

    static DialectSpec spec() {
        var gh = Sources.COPILOT_AGENTS;
        var vs = Sources.VSCODE_AGENTS;
        return Table.of(Dialect.COPILOT_AGENT, "Copilot custom agent")
                .names("copilot", "copilot-agent")
                .syntax(FrontMatterSyntax.YAML_LENIENT)
                .key(KeySpec.of("name", TEXT, gh, "The agent's name; the file's name when absent.")
                        .role(KeyRole.NAME))
                .key(KeySpec.of("description", TEXT, gh, "What the agent does; GitHub.com and the CLI require it.")
                        .role(KeyRole.DESCRIPTION)
                        .recommended())
                .key(KeySpec.of("target", ENUM, gh, "Where the agent runs: vscode or github-copilot; both when absent.")
                        .values("vscode", "github-copilot"))
                .key(KeySpec.of(
                                "tools",
                                LIST_OR_COMMAS,
                                gh,
                                "The tools it may use: read, edit, search, execute, web, agent, todo, server/tool; "
                                        + "every tool when absent, none for [].")
                        .role(KeyRole.TOOLS)
                        .byDefault("every tool"))
                .key(KeySpec.of(
                                "model",
                                TEXT_OR_LIST,
                                vs,
                                "The model, such as 'Claude Sonnet 4.5' or 'GPT-5 (copilot)'; in VS Code a list in "
                                        + "order of preference.")
                        .role(KeyRole.MODEL)
                        .byDefault("the model picked in the chat"))
                .key(KeySpec.of("argument-hint", TEXT, vs, "A hint shown in the chat input.")
                        .role(KeyRole.ARGUMENT_HINT))
                .key(KeySpec.of(
                                "handoffs",
                                LIST_OF_MAPS,
                                vs,
                                "Buttons that hand the conversation to another agent: label, agent, prompt, send, "
                                        + "model.")
                        .role(KeyRole.HANDOFFS))
                .key(KeySpec.of("agents", LIST, vs, "The agents it may run as subagents; * for all, [] for none.")
                        .role(KeyRole.SUBAGENTS))
                .key(KeySpec.of("user-invocable", BOOLEAN, gh, "false: not offered in the agent picker.")
                        .byDefault("true"))
                .key(KeySpec.of(
                                "disable-model-invocation",
                                BOOLEAN,
                                gh,
                                "true: never chosen on its own from the task (GitHub), never run as a subagent (VS "
                                        + "Code).")
                        .byDefault("false"))
                .key(KeySpec.of("infer", BOOLEAN, gh, "Whether the agent may be chosen automatically.")
                        .retired("disable-model-invocation and user-invocable"))
                .key("mcp-servers", MAP, gh, "MCP servers for the agent on GitHub.com and in the CLI.")
                .key("metadata", MAP, gh, "Name and value pairs, for GitHub.com.")
                .key(KeySpec.of("hooks", MAP, vs, "Hooks the agent runs (VS Code, preview).")
                        .role(KeyRole.HOOKS))
                .persona4jKeys()
                .suffixes(".agent.md")
                .folders(".github/agents")
                .conventional(".github/agents/{name}.agent.md")
                .tools(Vocabularies.COPILOT)
                .models(Vocabularies.COPILOT_MODELS)
                .maxBodyChars(30_000)
                .source(gh, vs, Sources.VSCODE_TOOLS, Sources.COPILOT_MODELS)
                .notes("Any Markdown file in .github/agents is an agent; its body is the agent's prompt, of which "
                        + "GitHub reads at most 30,000 characters. Unknown keys and tools are ignored.")
                .build();
    }
}
