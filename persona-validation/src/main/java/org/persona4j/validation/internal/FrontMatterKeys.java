package org.persona4j.validation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.persona4j.Dialect;

/**
 * What each front-matter key of each dialect holds: its kind of value, whether the linter warns when it is blank,
 * and a line of help. The metadata rules ({@link MetadataConstraints}), the dialect rules ({@link DialectRules})
 * and the JSON Schemas ({@link org.persona4j.validation.Schemas}) are all made from this table.
 */
public final class FrontMatterKeys {

    static final int SKILL_NAME_MAX = Dialect.SKILL_NAME_MAX;
    static final int SKILL_DESCRIPTION_MAX = Dialect.SKILL_DESCRIPTION_MAX;

    /** The values a key takes, as the reader binds them. */
    public enum Kind {
        /** One scalar, read as text. */
        TEXT,
        /** A semantic version (the linter's default version pattern). */
        VERSION,
        /** A date or a date-time. */
        DATE,
        /** A number within the score range. */
        SCORE,
        /** A list of scalars, or one scalar. */
        LIST,
        /** A list of scalars, or one string of comma-separated items. */
        LIST_OR_COMMAS,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** An Agent Skill's name. */
        SKILL_NAME,
        /** An Agent Skill's description. */
        SKILL_DESCRIPTION,
        /** Anything the dialect's tools accept; not checked. */
        ANY
    }

    /**
     * One key.
     *
     * @param key          the key as written
     * @param kind         its values
     * @param blankWarned  whether {@code metadata.blank} warns when it is present and blank
     * @param help         a line for editors
     */
    public record KeySpec(String key, Kind kind, boolean blankWarned, String help) {}

    private static final List<KeySpec> AI_LEY = List.of(
            new KeySpec("title", Kind.TEXT, false, "The persona's name for people."),
            new KeySpec("version", Kind.VERSION, false, "A Semantic Version such as 1.2.0."),
            new KeySpec("author", Kind.TEXT, true, "Who wrote or owns the persona."),
            new KeySpec("description", Kind.TEXT, true, "One or two sentences on what the persona is for."),
            new KeySpec("keywords", Kind.LIST, false, "Words to find the persona by."),
            new KeySpec("lastUpdated", Kind.DATE, false, "When it last changed: 2025-01-15 or a date-time."),
            new KeySpec("summaryScore", Kind.SCORE, false, "A quality score within the configured range."),
            new KeySpec("agentMode", Kind.TEXT, true, "How the agent works, such as 'analysis'."),
            new KeySpec("applyTo", Kind.LIST_OR_COMMAS, false, "Globs of the files the persona applies to."),
            new KeySpec("extensions", Kind.LIST, false, "File extensions the persona works on."),
            new KeySpec("guidelines", Kind.TEXT, true, "Guidelines the persona follows."),
            new KeySpec("instructionType", Kind.TEXT, true, "The kind of instructions, such as 'persona'."),
            new KeySpec("id", Kind.TEXT, false, "An id instead of the file's path."),
            new KeySpec("extends", Kind.TEXT, false, "The id of the persona this one refines."),
            new KeySpec(
                    "append",
                    Kind.LIST,
                    false,
                    "Section kinds that follow the parent's instead of replacing " + "them."),
            new KeySpec(
                    "variables",
                    Kind.ANY,
                    false,
                    "The {{placeholders}} the persona takes: each name with a "
                            + "type (string, number, boolean, list) or with type, default, required and description."));

    private static final KeySpec NAME = new KeySpec("name", Kind.TEXT, false, "The agent's name.");
    private static final KeySpec DESCRIPTION =
            new KeySpec("description", Kind.TEXT, false, "When to use it: tools choose by this text.");
    private static final KeySpec TOOLS = new KeySpec(
            "tools", Kind.LIST_OR_COMMAS, false, "The tools it may use: a list, or names separated by commas.");
    private static final KeySpec MODEL = new KeySpec("model", Kind.TEXT, false, "The model to run it on.");

    private FrontMatterKeys() {}

    /** The keys of a dialect, in the order its files usually write them. */
    public static List<KeySpec> of(Dialect dialect) {
        return switch (dialect) {
            case AI_LEY -> AI_LEY;
            case CLAUDE_SUBAGENT ->
                List.of(
                        NAME,
                        DESCRIPTION,
                        TOOLS,
                        MODEL,
                        new KeySpec("color", Kind.TEXT, false, "The colour the agent is shown in."),
                        new KeySpec("permissionMode", Kind.TEXT, false, "How it asks for permissions."));
            case COPILOT_AGENT ->
                List.of(
                        NAME,
                        DESCRIPTION,
                        TOOLS,
                        MODEL,
                        new KeySpec("target", Kind.TEXT, false, "Where the agent runs: vscode or github-copilot."),
                        new KeySpec("handoffs", Kind.ANY, false, "Agents it can hand the conversation to."),
                        new KeySpec("argument-hint", Kind.TEXT, false, "A hint shown for its input."),
                        new KeySpec("mcp-servers", Kind.ANY, false, "MCP servers it uses."));
            case COPILOT_INSTRUCTIONS ->
                List.of(
                        new KeySpec(
                                "applyTo",
                                Kind.LIST_OR_COMMAS,
                                false,
                                "Globs of the files the instructions apply " + "to, separated by commas."),
                        DESCRIPTION,
                        new KeySpec(
                                "excludeAgent", Kind.TEXT, false, "An agent that does not get these instructions."));
            case COPILOT_CHAT_MODE -> List.of(DESCRIPTION, TOOLS, MODEL);
            case COPILOT_PROMPT ->
                List.of(
                        DESCRIPTION,
                        new KeySpec("mode", Kind.TEXT, false, "ask, edit or agent."),
                        new KeySpec("agent", Kind.TEXT, false, "The agent to run the prompt with."),
                        TOOLS,
                        MODEL,
                        new KeySpec("argument-hint", Kind.TEXT, false, "A hint shown for its input."),
                        new KeySpec("name", Kind.TEXT, false, "The prompt's name."));
            case CURSOR_RULE ->
                List.of(
                        DESCRIPTION,
                        new KeySpec("globs", Kind.LIST_OR_COMMAS, false, "Globs of the files the rule applies to."),
                        new KeySpec("alwaysApply", Kind.BOOLEAN, false, "true to apply the rule to every request."));
            case AGENT_SKILL ->
                List.of(
                        new KeySpec(
                                "name",
                                Kind.SKILL_NAME,
                                false,
                                "Lowercase letters, digits and hyphens, at most " + SKILL_NAME_MAX
                                        + ", the same as the skill's directory."),
                        new KeySpec(
                                "description",
                                Kind.SKILL_DESCRIPTION,
                                false,
                                "What the skill does and when to use " + "it, at most " + SKILL_DESCRIPTION_MAX
                                        + " characters."),
                        new KeySpec("license", Kind.TEXT, false, "The skill's license."),
                        new KeySpec("allowed-tools", Kind.TEXT, false, "Tools the skill may use, separated by spaces."),
                        new KeySpec("metadata", Kind.ANY, false, "More properties, as a mapping."),
                        new KeySpec("compatibility", Kind.TEXT, false, "What the skill needs to run."));
            case CREWAI_AGENT -> crewAi();
        };
    }

    /** A CrewAI agent's keys: its role, goal and backstory as text, its tools as a list, the rest as CrewAI takes. */
    private static List<KeySpec> crewAi() {
        List<KeySpec> out = new ArrayList<>();
        for (String key : Dialect.CREWAI_AGENT.keys()) {
            out.add(
                    switch (key) {
                        case "role" -> new KeySpec(key, Kind.TEXT, false, "The agent's role: its title and expertise.");
                        case "goal" -> new KeySpec(key, Kind.TEXT, false, "What the agent works towards.");
                        case "backstory" ->
                            new KeySpec(key, Kind.TEXT, false, "Who the agent is: its context and style.");
                        case "llm" -> new KeySpec(key, Kind.TEXT, false, "The model the agent runs on.");
                        case "tools" -> new KeySpec(key, Kind.LIST, false, "The tools the agent may use.");
                        default ->
                            new KeySpec(key, Kind.ANY, false, "A CrewAI agent setting; see CrewAI's documentation.");
                    });
        }
        return List.copyOf(out);
    }

    /** The keys that must be present and not blank; for AI-LEY, a title or a name. */
    public static List<Set<String>> required(Dialect dialect) {
        return switch (dialect) {
            case AI_LEY -> List.of(Set.of("title", "name"));
            case CLAUDE_SUBAGENT, AGENT_SKILL -> List.of(Set.of("name"), Set.of("description"));
            case CREWAI_AGENT -> List.of(Set.of("role"), Set.of("goal"), Set.of("backstory"));
            default -> List.of();
        };
    }

    /** The AI-LEY keys the linter warns about when blank, for {@code metadata.blank}. */
    public static List<String> blankWarned() {
        List<String> out = new ArrayList<>();
        AI_LEY.stream().filter(KeySpec::blankWarned).forEach(k -> out.add(k.key()));
        return List.copyOf(out);
    }
}
