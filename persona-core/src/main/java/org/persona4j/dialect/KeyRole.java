package org.persona4j.dialect;

/**
 * What a key means, whatever each dialect calls it: Cursor's {@code globs}, Copilot's {@code applyTo} and Claude's
 * {@code paths} are all {@link #PATTERNS}. {@link org.persona4j.PersonaMetadata}'s typed accessors and the converter
 * find keys by role, so no code outside the dialect tables names a dialect's keys.
 */
public enum KeyRole {
    /** No meaning shared with other dialects: converted only to a key of the same name. */
    NONE,
    /** persona4j's own {@code id}. */
    ID,
    /** persona4j's own {@code extends}: the id of the persona this one refines. */
    EXTENDS,
    /** persona4j's own {@code append}: section kinds that follow the parent's. */
    APPEND,
    /** persona4j's own {@code variables}: the placeholders it takes. */
    VARIABLES,
    /** A name for people ({@code title}, a CrewAI agent's {@code role}). */
    TITLE,
    /** The identifier tools call it by ({@code name}). */
    NAME,
    /** What it is for and when to use it; tools choose by this text. */
    DESCRIPTION,
    /** Its version. */
    VERSION,
    /** Who wrote it. */
    AUTHOR,
    /** Words to find it by. */
    KEYWORDS,
    /** When it last changed. */
    UPDATED,
    /** A quality score. */
    SCORE,
    /** How the agent works (AI-LEY's {@code agentMode}). */
    MODE,
    /** File extensions it works on. */
    EXTENSIONS,
    /** Guidelines it follows. */
    GUIDELINES,
    /** The kind of instructions (AI-LEY's {@code instructionType}). */
    INSTRUCTION_TYPE,
    /** Its license. */
    LICENSE,
    /** The tools it may use (or, for a skill, the tools it may use without asking). */
    TOOLS,
    /** Tools it may not use. */
    DISALLOWED_TOOLS,
    /** The model to run it on. */
    MODEL,
    /** The files it applies to. */
    PATTERNS,
    /** Applies to every file when {@code true}. */
    ALWAYS,
    /** A hint shown for its input. */
    ARGUMENT_HINT,
    /** Hooks its tool runs while it is active. */
    HOOKS,
    /** Skills it loads (Claude Code subagents' {@code skills}). */
    SKILLS,
    /** Agents it may start as subagents (Copilot's {@code agents}). */
    SUBAGENTS,
    /** Agents it may hand the conversation to (Copilot's {@code handoffs}). */
    HANDOFFS
}
