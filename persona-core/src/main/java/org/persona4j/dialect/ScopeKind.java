package org.persona4j.dialect;

/** What decides which files a persona of a dialect applies to. */
public enum ScopeKind {
    /** Nothing about files: the persona is chosen by name or description (agents, prompts, skills). */
    NONE,
    /**
     * The folder that holds the file and every folder below it; of several such files, the nearer one takes
     * precedence (AGENTS.md, CLAUDE.md, GEMINI.md).
     */
    DIRECTORY,
    /** The files its patterns key matches (Copilot's {@code applyTo}, Cursor's {@code globs}, Claude's {@code paths}). */
    PATTERNS,
    /** Every file of the repository ({@code .github/copilot-instructions.md}). */
    REPOSITORY
}
