package org.persona4j.dialect;

/** How a dialect's tool reads the block between the {@code ---} lines at the top of a file. */
public enum FrontMatterSyntax {
    /** Strict YAML: a file that is not valid YAML has no front matter, with an error. */
    YAML,
    /**
     * YAML, except that a top-level value with an unquoted {@code ": "} in it (a description such as
     * {@code Use when: the build fails}) is read as the rest of its line, as Claude Code, Copilot and Agent Skills
     * clients read it; each such value gets an info finding.
     */
    YAML_LENIENT,
    /**
     * Cursor's reading: each line {@code key: rest of the line}, not YAML. Unquoted globs
     * ({@code globs: **}{@code /*.tsx, **}{@code /*.jsx}) are text; quotes and brackets are kept as written, because
     * Cursor keeps them; a quoted text value is read without its quotes; lines that are not {@code key: value} are
     * ignored, as Cursor ignores them.
     */
    LINES,
    /** The tool reads no front matter: the whole file is its instructions (AGENTS.md, CLAUDE.md, GEMINI.md…). */
    NONE
}
