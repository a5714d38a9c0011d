package org.persona4j.render;

/** The shapes a persona can be rendered in. */
public enum RenderFormat {
    /** Plain text: headings as lines of their own, section text as written. */
    TEXT,
    /** Markdown: a level-1 title and level-2 sections. */
    MARKDOWN,
    /** A JSON object with the persona's id, title and the rendered sections. */
    JSON,
    /** The body of an OpenAI-style chat request: {@code {"messages": [{"role": "system", …}, …]}}. */
    OPENAI,
    /** The body of an Anthropic Messages request: {@code {"system": …, "messages": [...]}}. */
    ANTHROPIC
}
