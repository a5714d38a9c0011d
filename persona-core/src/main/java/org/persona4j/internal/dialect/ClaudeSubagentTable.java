package org.persona4j.internal.dialect;

import static org.persona4j.dialect.KeyType.ANY;
import static org.persona4j.dialect.KeyType.BOOLEAN;
import static org.persona4j.dialect.KeyType.COMMA_LIST;
import static org.persona4j.dialect.KeyType.ENUM;
import static org.persona4j.dialect.KeyType.INTEGER;
import static org.persona4j.dialect.KeyType.LIST;
import static org.persona4j.dialect.KeyType.MAP;
import static org.persona4j.dialect.KeyType.TEXT;

import org.persona4j.Dialect;
import org.persona4j.dialect.DialectSpec;
import org.persona4j.dialect.FrontMatterSyntax;
import org.persona4j.dialect.IdRule;
import org.persona4j.dialect.KeyRole;
import org.persona4j.dialect.KeySpec;

/** Claude Code subagents ({@code .claude/agents/*.md}): the body is the subagent's system prompt. */
final class ClaudeSubagentTable {

    private ClaudeSubagentTable() {}

    static DialectSpec spec() {
        var s = Sources.CLAUDE_SUBAGENTS;
        return Table.of(Dialect.CLAUDE_SUBAGENT, "Claude Code subagent")
                .names("claude", "claude-subagent", "claude-agent")
                .syntax(FrontMatterSyntax.YAML_LENIENT)
                .key(KeySpec.of(
                                "name",
                                TEXT,
                                s,
                                "The subagent's identity; the documentation asks for lowercase letters and hyphens, and "
                                        + "Claude Code refuses a name with ':' or a leading '-'.")
                        .role(KeyRole.NAME)
                        .pattern("[^:-][^:]*")
                        .required())
                .key(KeySpec.of("description", TEXT, s, "When Claude should hand a task to it.")
                        .role(KeyRole.DESCRIPTION)
                        .required())
                .key(KeySpec.of(
                                "tools",
                                COMMA_LIST,
                                s,
                                "The tools it may use, separated by commas: Read, Grep, Bash(git diff:*), "
                                        + "mcp__server__tool.")
                        .role(KeyRole.TOOLS)
                        .byDefault("every tool the main conversation has"))
                .key(KeySpec.of(
                                "disallowedTools",
                                COMMA_LIST,
                                s,
                                "Tools taken away from it, applied before 'tools'; separated by commas.")
                        .role(KeyRole.DISALLOWED_TOOLS))
                .key(KeySpec.of(
                                "model",
                                TEXT,
                                s,
                                "sonnet, opus, haiku, fable, inherit, or a Claude model id such as "
                                        + "claude-sonnet-4-5.")
                        .role(KeyRole.MODEL)
                        .byDefault("inherit"))
                .key(KeySpec.of("permissionMode", ENUM, s, "How it asks for permissions.")
                        .values("default", "acceptEdits", "auto", "dontAsk", "bypassPermissions", "plan", "manual")
                        .byDefault("the parent conversation's mode"))
                .key("maxTurns", INTEGER, s, "The most agentic turns before it stops.")
                .key(KeySpec.of("skills", LIST, s, "Skills whose whole content is loaded into it at start.")
                        .role(KeyRole.SKILLS))
                .key("mcpServers", ANY, s, "MCP servers: names of configured ones, or a mapping with a configuration.")
                .key(KeySpec.of(
                                "hooks",
                                MAP,
                                Sources.CLAUDE_HOOKS,
                                "Hooks that run while it is active: event name to a list of matchers and commands.")
                        .role(KeyRole.HOOKS))
                .key(KeySpec.of("memory", ENUM, s, "Where its persistent memory lives.")
                        .values("user", "project", "local"))
                .key(KeySpec.of("background", BOOLEAN, s, "true to keep it running in the background.")
                        .byDefault("false"))
                .key(KeySpec.of("effort", ENUM, s, "Its reasoning effort.")
                        .values("low", "medium", "high", "xhigh", "max"))
                .key(KeySpec.of("isolation", ENUM, s, "worktree: run it in a temporary git worktree.")
                        .values("worktree"))
                .key(KeySpec.of(
                                "color",
                                TEXT,
                                s,
                                "The colour it is shown in: red, blue, green, yellow, purple, orange, "
                                        + "pink or cyan.")
                        .values("red", "blue", "green", "yellow", "purple", "orange", "pink", "cyan"))
                .key("initialPrompt", TEXT, s, "A first user turn sent when it runs as the main session.")
                .persona4jKeys()
                .folders(".claude/agents")
                .conventional(".claude/agents/{name}.md")
                .id(IdRule.NAME_KEY)
                .tools(Vocabularies.CLAUDE)
                .models(Vocabularies.CLAUDE_MODELS)
                .source(s, Sources.CLAUDE_TOOLS, Sources.CLAUDE_MODELS, Sources.CLAUDE_HOOKS)
                .notes("Files under .claude/agents, or any Markdown file with 'name' and 'description' and no "
                        + "'title'. Claude Code skips a file whose front matter does not parse, has no name or "
                        + "description, or whose name holds ':'; a description with an unquoted ': ' is read as "
                        + "text. Unknown tool names are dropped silently.")
                .build();
    }
}
