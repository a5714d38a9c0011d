package org.persona4j;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The persona formats in use, each with the front-matter keys it defines and how it names a persona. Detected from
 * the file name and the front-matter keys by this table, in order; {@link ReadOptions.Builder#dialect} overrides it:
 *
 * <table>
 *   <caption>Detection</caption>
 *   <tr><th>dialect</th><th>when</th><th>id</th></tr>
 *   <tr><td>{@link #COPILOT_AGENT}</td><td>{@code *.agent.md}</td><td>path without {@code .agent.md}</td></tr>
 *   <tr><td>{@link #COPILOT_INSTRUCTIONS}</td><td>{@code *.instructions.md}</td><td>path without
 *       {@code .instructions.md}</td></tr>
 *   <tr><td>{@link #COPILOT_CHAT_MODE}</td><td>{@code *.chatmode.md}</td><td>path without {@code .chatmode.md}</td>
 *   </tr>
 *   <tr><td>{@link #COPILOT_PROMPT}</td><td>{@code *.prompt.md}</td><td>path without {@code .prompt.md}</td></tr>
 *   <tr><td>{@link #CURSOR_RULE}</td><td>{@code *.mdc}</td><td>path without {@code .mdc}</td></tr>
 *   <tr><td>{@link #AGENT_SKILL}</td><td>a file named {@code SKILL.md}</td><td>its directory's path</td></tr>
 *   <tr><td>{@link #CREWAI_AGENT}</td><td>a file named {@code agents.yaml} or {@code agents.yml}</td><td>the
 *       agent's key</td></tr>
 *   <tr><td>{@link #CLAUDE_SUBAGENT}</td><td>front matter with {@code name} and {@code description} and no
 *       {@code title}</td><td>its {@code name}</td></tr>
 *   <tr><td>{@link #AI_LEY}</td><td>anything else</td><td>path without extension</td></tr>
 * </table>
 * A front-matter {@code id} always wins.
 */
public enum Dialect {

    /** An AI-LEY persona: {@code title}, {@code version}, sections by meaning. The reference format. */
    AI_LEY("AI-LEY persona", List.of()),
    /** A Claude Code subagent ({@code .claude/agents/*.md}): {@code name}, {@code description}, {@code tools}… */
    CLAUDE_SUBAGENT(
            "Claude Code subagent", List.of("name", "description", "tools", "model", "color", "permissionMode")),
    /** A GitHub Copilot custom agent ({@code *.agent.md}). */
    COPILOT_AGENT(
            "Copilot custom agent",
            List.of("name", "description", "tools", "model", "target", "handoffs", "argument-hint", "mcp-servers")),
    /** GitHub Copilot instructions ({@code *.instructions.md}). */
    COPILOT_INSTRUCTIONS("Copilot instructions", List.of("applyTo", "description", "excludeAgent")),
    /** A GitHub Copilot chat mode ({@code *.chatmode.md}). */
    COPILOT_CHAT_MODE("Copilot chat mode", List.of("description", "tools", "model")),
    /** A GitHub Copilot prompt file ({@code *.prompt.md}). */
    COPILOT_PROMPT(
            "Copilot prompt file", List.of("description", "mode", "agent", "tools", "model", "argument-hint", "name")),
    /** A Cursor rule ({@code *.mdc}). */
    CURSOR_RULE("Cursor rule", List.of("description", "globs", "alwaysApply")),
    /** An Agent Skill ({@code SKILL.md} in the skill's directory). */
    AGENT_SKILL("Agent Skill", List.of("name", "description", "license", "allowed-tools", "metadata", "compatibility")),
    /**
     * The agents of a CrewAI project ({@code agents.yaml}): one YAML file, one persona per top-level key, with its
     * {@code role}, {@code goal} and {@code backstory}. Read, linted and converted from, but not written.
     */
    CREWAI_AGENT(
            "CrewAI agent",
            List.of(
                    "role",
                    "goal",
                    "backstory",
                    "llm",
                    "tools",
                    "function_calling_llm",
                    "max_iter",
                    "max_rpm",
                    "max_execution_time",
                    "max_retry_limit",
                    "verbose",
                    "allow_delegation",
                    "cache",
                    "memory",
                    "allow_code_execution",
                    "code_execution_mode",
                    "respect_context_window",
                    "multimodal",
                    "reasoning",
                    "max_reasoning_attempts",
                    "inject_date",
                    "date_format",
                    "system_template",
                    "prompt_template",
                    "response_template",
                    "knowledge_sources",
                    "embedder",
                    "step_callback"));

    /** An Agent Skill's {@code name}: at most this many lowercase letters, digits and hyphens. */
    public static final int SKILL_NAME_MAX = 64;
    /** An Agent Skill's {@code description}: at most this many characters. */
    public static final int SKILL_DESCRIPTION_MAX = 1024;
    /** A Copilot custom agent's prompt (its body): Copilot reads at most this many characters. */
    public static final int COPILOT_AGENT_BODY_MAX = 30_000;

    private final String displayName;
    private final List<String> keys;

    Dialect(String displayName, List<String> keys) {
        this.displayName = displayName;
        this.keys = keys;
    }

    /**
     * The dialect's name for people: {@code Claude Code subagent}, {@code Cursor rule}…
     *
     * @return the name people know the dialect by
     */
    public String displayName() {
        return displayName;
    }

    /**
     * {@return where a persona of this dialect named {@code name} conventionally lives, relative to a repository's
     * root: {@code .claude/agents/NAME.md}, {@code .github/agents/NAME.agent.md},
     * {@code .github/instructions/NAME.instructions.md}, {@code .github/chatmodes/NAME.chatmode.md},
     * {@code .github/prompts/NAME.prompt.md}, {@code .cursor/rules/NAME.mdc}, {@code skills/NAME/SKILL.md} or
     * {@code personas/NAME.md}}
     *
     * @param name a file name without extension; it should be a slug, as {@link #slug} makes
     */
    public String conventionalPath(String name) {
        return switch (this) {
            case AI_LEY -> "personas/" + name + ".md";
            case CLAUDE_SUBAGENT -> ".claude/agents/" + name + ".md";
            case COPILOT_AGENT -> ".github/agents/" + name + ".agent.md";
            case COPILOT_INSTRUCTIONS -> ".github/instructions/" + name + ".instructions.md";
            case COPILOT_CHAT_MODE -> ".github/chatmodes/" + name + ".chatmode.md";
            case COPILOT_PROMPT -> ".github/prompts/" + name + ".prompt.md";
            case CURSOR_RULE -> ".cursor/rules/" + name + ".mdc";
            case AGENT_SKILL -> "skills/" + name + "/SKILL.md";
            case CREWAI_AGENT -> "config/agents.yaml";
        };
    }

    /**
     * {@return whether {@link Personas#convert} writes this dialect: every one but CrewAI's, whose agents share a file}
     */
    public boolean writable() {
        return this != CREWAI_AGENT;
    }

    /**
     * {@return a name every dialect accepts as a file name and as an Agent Skill's {@code name}: lowercase ASCII
     * letters and digits, other runs of characters made one hyphen, at most 64 characters; {@code persona} when nothing
     * is left}
     *
     * @param text any text, such as a persona's title
     */
    public static String slug(String text) {
        StringBuilder out = new StringBuilder();
        boolean hyphen = false;
        for (int i = 0; i < text.length() && out.length() < 64; i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (hyphen && out.length() > 0 && out.length() < 63) {
                    out.append('-');
                }
                hyphen = false;
                out.append(c);
            } else {
                hyphen = true;
            }
        }
        return out.length() == 0 ? "persona" : out.toString();
    }

    /** {@return the front-matter keys this dialect defines (the AI-LEY keys are {@link PersonaMetadata#KNOWN_KEYS})} */
    public List<String> keys() {
        return this == AI_LEY ? PersonaMetadata.KNOWN_KEYS : keys;
    }

    /**
     * {@return the dialect of a file, by the table above}
     *
     * @param fileName the file's name (a path is fine: only its last segment counts)
     * @param keys     the front-matter keys, in any order
     */
    public static Dialect detect(String fileName, Collection<String> keys) {
        Dialect byName = byFileName(fileName);
        if (byName != null) {
            return byName;
        }
        Set<String> k = Set.copyOf(keys);
        return k.contains("name") && k.contains("description") && !k.contains("title") ? CLAUDE_SUBAGENT : AI_LEY;
    }

    /**
     * {@return {@link #detect(String, Collection)} for read front matter, without listing its keys}
     *
     * @param fileName the file's name (a path is fine: only its last segment counts)
     * @param metadata the front matter as read
     */
    public static Dialect detect(String fileName, PersonaMetadata metadata) {
        Dialect byName = byFileName(fileName);
        if (byName != null) {
            return byName;
        }
        boolean description = metadata.description().isPresent()
                || metadata.span("description").isPresent();
        return metadata.extra().containsKey("name")
                        && description
                        && metadata.title().isEmpty()
                        && metadata.span("title").isEmpty()
                ? CLAUDE_SUBAGENT
                : AI_LEY;
    }

    /** The dialect a file name alone tells, or {@code null}. */
    private static Dialect byFileName(String fileName) {
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".agent.md")) {
            return COPILOT_AGENT;
        }
        if (n.endsWith(".instructions.md")) {
            return COPILOT_INSTRUCTIONS;
        }
        if (n.endsWith(".chatmode.md")) {
            return COPILOT_CHAT_MODE;
        }
        if (n.endsWith(".prompt.md")) {
            return COPILOT_PROMPT;
        }
        if (n.endsWith(".mdc")) {
            return CURSOR_RULE;
        }
        if (name.equals("SKILL.md")) {
            return AGENT_SKILL;
        }
        if (n.equals("agents.yaml") || n.equals("agents.yml")) {
            return CREWAI_AGENT;
        }
        return null;
    }

    /**
     * {@return the id a persona of this dialect gets when its front matter names none}
     *
     * @param pathId   the file's path below its root without its extension ({@code agents/reviewer.agent})
     * @param metadata the front matter
     */
    public String idFor(String pathId, PersonaMetadata metadata) {
        return switch (this) {
            case CLAUDE_SUBAGENT ->
                metadata.extraText("name")
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .orElse(pathId);
            case COPILOT_AGENT -> strip(pathId, ".agent");
            case COPILOT_INSTRUCTIONS -> strip(pathId, ".instructions");
            case COPILOT_CHAT_MODE -> strip(pathId, ".chatmode");
            case COPILOT_PROMPT -> strip(pathId, ".prompt");
            case AGENT_SKILL -> pathId.equals("SKILL") ? pathId : strip(pathId, "/SKILL");
            default -> pathId;
        };
    }

    private static String strip(String id, String suffix) {
        return id.endsWith(suffix) && id.length() > suffix.length()
                ? id.substring(0, id.length() - suffix.length())
                : id;
    }
}
