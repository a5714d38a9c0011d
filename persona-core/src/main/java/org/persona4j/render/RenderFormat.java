package org.persona4j.render;

/**
 * The shapes a persona can be rendered in: three texts, and the request bodies of four provider APIs, each built
 * as its provider documents it (see {@code docs/ARCHITECTURE.md}, "Request bodies").
 */
public enum RenderFormat {
    /** Plain text: headings as lines of their own, section text as written. */
    TEXT,
    /** Markdown: a level-1 title and level-2 sections. */
    MARKDOWN,
    /** A JSON object with the persona's id, title and the rendered sections. */
    JSON,
    /**
     * The body of an OpenAI Chat Completions request ({@code POST /v1/chat/completions}):
     * {@code {"model", "messages": [{"role": "system", …}, …], "max_completion_tokens"}}.
     */
    OPENAI,
    /**
     * The body of an OpenAI Responses request ({@code POST /v1/responses}):
     * {@code {"model", "instructions", "input", "max_output_tokens"}}.
     */
    OPENAI_RESPONSES,
    /** The body of an Anthropic Messages request ({@code POST /v1/messages}): {@code {"model", "system", …}}. */
    ANTHROPIC,
    /**
     * The body of a Gemini {@code generateContent} request ({@code POST /v1beta/models/MODEL:generateContent}):
     * {@code {"systemInstruction": {"parts": [{"text"}]}, "contents", "generationConfig"}}. The model is part of the
     * request's URL, not of its body.
     */
    GEMINI;

    /** {@return whether this shape is the body of a provider's API request} */
    public boolean isRequestBody() {
        return this == OPENAI || this == OPENAI_RESPONSES || this == ANTHROPIC || this == GEMINI;
    }
}
