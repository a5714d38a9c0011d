package org.persona4j.render;

/**
 * A render that would exceed {@link RenderOptions#MAX_PROMPT_CHARS}: variable values repeated by many placeholders,
 * or a template, can make a prompt far larger than any persona file, so rendering stops at a bound instead of
 * running out of memory or spending seconds counting tokens.
 */
public final class PromptTooLargeException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /**
     * A prompt that would pass {@code limit} characters.
     *
     * @param limit the most characters a prompt may have
     */
    public PromptTooLargeException(long limit) {
        super("the rendered prompt would be longer than " + limit + " characters, "
                + (limit / org.persona4j.ReadOptions.defaults().maxFileBytes())
                + " times the largest persona file read by "
                + "default; shorten the variable values, use fewer placeholders, or render fewer sections");
    }
}
