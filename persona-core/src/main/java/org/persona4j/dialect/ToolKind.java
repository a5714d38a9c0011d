package org.persona4j.dialect;

/**
 * What a tool does, the same across vendors: the link between Claude Code's {@code Read} and Copilot's
 * {@code read}, used to translate tool lists between dialects.
 */
public enum ToolKind {
    /** Reads files. */
    READ,
    /** Creates or changes files. */
    EDIT,
    /** Runs commands in a shell. */
    EXECUTE,
    /** Finds files or text in them. */
    SEARCH,
    /** Fetches pages or searches the web. */
    WEB,
    /** Starts another agent. */
    AGENT,
    /** Keeps a task list. */
    TODO,
    /** Anything with no counterpart in other vendors' tools. */
    OTHER
}
