package org.persona4j.render;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.persona4j.model.SectionKind;

/**
 * How to render a persona. Immutable; {@link #defaults()} renders every section as Markdown with no budget.
 *
 * @param format          the output shape
 * @param kinds           the section kinds to include (default: all)
 * @param variables       values for {@code {{name}}} placeholders
 * @param lenient         leave unknown placeholders as written instead of failing
 * @param maxTokens       the most tokens the system text may have; 0 for no budget
 * @param keep            the section kinds never dropped to meet the budget (default: role summary and constraints)
 * @param counter         how tokens are counted (default: {@link TokenCounter#standard()})
 * @param userMessage     a user message for the request bodies ({@link RenderFormat#isRequestBody()});
 *                        {@code null} for none
 * @param template        a template for the system text with the slots {@code {{persona.title}}},
 *                        {@code {{persona.description}}} and {@code {{persona.sections}}}; {@code null} for the
 *                        format's default
 * @param model           the model for the request bodies; {@code null} takes the persona's {@code model:}
 * @param maxOutputTokens the most tokens of the answer (OpenAI's {@code max_completion_tokens} and
 *                        {@code max_output_tokens}, Anthropic's {@code max_tokens}, Gemini's {@code maxOutputTokens}); 0 for none (Anthropic's, which is required, then defaults to
 *                        {@link #DEFAULT_ANTHROPIC_MAX_TOKENS})
 * @param temperature     the request's {@code temperature}; {@code null} for the provider's default
 * @param modelAliases    the model ids aliases of a persona's {@code model:} stand for (default
 *                        {@link #DEFAULT_MODEL_ALIASES})
 * @param provenance      whether the JSON form lists, for every line of the system text, the file, section and line it
 *                        came from
 */
public record RenderOptions(
        RenderFormat format,
        Set<SectionKind> kinds,
        Map<String, String> variables,
        boolean lenient,
        int maxTokens,
        Set<SectionKind> keep,
        TokenCounter counter,
        String userMessage,
        String template,
        String model,
        int maxOutputTokens,
        Double temperature,
        boolean provenance,
        Map<String, String> modelAliases) {

    /**
     * The model ids Claude Code's aliases stand for in request bodies when the caller names none: the newest model of
     * each family that Anthropic's published Messages API description lists (its {@code Model} values, retrieved
     * 2026-12-07; see {@code persona-markdown/src/test/resources/openapi/README.md}). A subagent's
     * {@code model: opus} is not a model id an API accepts.
     */
    public static final Map<String, String> DEFAULT_MODEL_ALIASES =
            Map.of("opus", "claude-opus-4-7", "sonnet", "claude-sonnet-4-6", "haiku", "claude-haiku-4-5");

    /** Anthropic's {@code max_tokens} when none is given: the Messages API requires one. */
    public static final int DEFAULT_ANTHROPIC_MAX_TOKENS = 1024;

    /**
     * The longest prompt a render produces: four times the largest persona file read by default. Past it, a render
     * fails with {@link PromptTooLargeException}.
     */
    public static final int MAX_PROMPT_CHARS =
            4 * (int) org.persona4j.ReadOptions.defaults().maxFileBytes();

    /**
     * The order in which section kinds are dropped to meet a budget, first dropped first: code templates and
     * examples before anything else, constraints and the role summary last of all.
     */
    public static final List<SectionKind> DROP_ORDER = List.of(
            SectionKind.TEMPLATES,
            SectionKind.EXAMPLES,
            SectionKind.METADATA,
            SectionKind.OTHER,
            SectionKind.KNOWLEDGE,
            SectionKind.INTERACTION,
            SectionKind.CAPABILITIES,
            SectionKind.GOALS,
            SectionKind.DIRECTIVES,
            SectionKind.CONSTRAINTS,
            SectionKind.ROLE_SUMMARY);

    private static final RenderOptions DEFAULTS = builder().build();

    /**
     * Checks the components and keeps unmodifiable copies of its lists.
     *
     * @param format          the output shape
     * @param kinds           the section kinds to include (default: all)
     * @param variables       values for {@code {{name}}} placeholders
     * @param lenient         leave unknown placeholders as written instead of failing
     * @param maxTokens       the most tokens the system text may have; 0 for no budget
     * @param keep            the section kinds never dropped to meet the budget (default: role summary and constraints)
     * @param counter         how tokens are counted (default: {@link TokenCounter#standard()})
     * @param userMessage     a user message for the request bodies
     *                        ({@link RenderFormat#isRequestBody()}); {@code null} for none
     * @param template        a template for the system text with the slots {@code {{persona.title}}},
     *                        {@code {{persona.description}}} and {@code {{persona.sections}}}; {@code null} for the
     *                        format's default
     * @param model           the model for the request bodies; {@code null} takes the persona's {@code model:}
     * @param maxOutputTokens the most tokens of the answer (OpenAI's {@code max_completion_tokens} and
     *                        {@code max_output_tokens}, Anthropic's {@code max_tokens}, Gemini's
     *                        {@code maxOutputTokens}); 0 for none (Anthropic's, which is required, then
     *                        defaults to {@link #DEFAULT_ANTHROPIC_MAX_TOKENS})
     * @param temperature     the request's {@code temperature}; {@code null} for the provider's default
     * @param modelAliases    the model ids aliases of a persona's {@code model:} stand for ({@code null}: the defaults)
     * @param provenance      whether the JSON form lists, for every line of the system text, the file, section and line
     *                        it came from
     */
    public RenderOptions {
        Objects.requireNonNull(format, "format");
        kinds = Set.copyOf(kinds);
        keep = Set.copyOf(keep);
        variables = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(variables));
        modelAliases = java.util.Collections.unmodifiableMap(
                new LinkedHashMap<>(modelAliases == null ? DEFAULT_MODEL_ALIASES : modelAliases));
        Objects.requireNonNull(counter, "counter");
        if (maxTokens < 0) {
            throw new IllegalArgumentException("maxTokens must not be negative, was " + maxTokens);
        }
        if (maxOutputTokens < 0) {
            throw new IllegalArgumentException("maxOutputTokens must not be negative, was " + maxOutputTokens);
        }
        if (temperature != null && !(temperature >= 0 && temperature <= 2)) {
            throw new IllegalArgumentException("temperature must be between 0 and 2, was " + temperature);
        }
    }

    /** {@return the defaults: every section, Markdown, strict placeholders, no budget} */
    public static RenderOptions defaults() {
        return DEFAULTS;
    }

    /** {@return a builder with the defaults} */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link RenderOptions}. */
    public static final class Builder {
        private RenderFormat format = RenderFormat.MARKDOWN;
        private final Set<SectionKind> kinds = EnumSet.allOf(SectionKind.class);
        private final Map<String, String> variables = new LinkedHashMap<>();
        private boolean lenient;
        private int maxTokens;
        private Set<SectionKind> keep = Set.of(SectionKind.ROLE_SUMMARY, SectionKind.CONSTRAINTS);
        private TokenCounter counter = TokenCounter.standard();
        private String userMessage;
        private String model;
        private int maxOutputTokens;
        private Double temperature;
        private boolean provenance;
        private String template;
        private final Map<String, String> modelAliases = new LinkedHashMap<>(DEFAULT_MODEL_ALIASES);

        private Builder() {}

        /**
         * Sets the output format (default Markdown).
         *
         * @param value the output format (default Markdown)
         * @return this builder
         */
        public Builder format(RenderFormat value) {
            this.format = Objects.requireNonNull(value, "format");
            return this;
        }

        /**
         * Only these kinds of section.
         *
         * @param first one kind to keep
         * @param more  the others
         * @return this builder
         */
        public Builder only(SectionKind first, SectionKind... more) {
            kinds.clear();
            kinds.add(first);
            kinds.addAll(List.of(more));
            return this;
        }

        /**
         * Leaves these kinds of section out (for example {@code TEMPLATES} and {@code EXAMPLES} to save room).
         *
         * @param first one kind to leave out
         * @param more  the others
         * @return this builder
         */
        public Builder without(SectionKind first, SectionKind... more) {
            kinds.remove(first);
            List.of(more).forEach(kinds::remove);
            return this;
        }

        /**
         * Adds the value of one placeholder.
         *
         * @param name  the placeholder's name
         * @param value its value
         * @return this builder
         */
        public Builder variable(String name, String value) {
            variables.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Adds values for placeholders, by name.
         *
         * @param values values for {@code {{name}}} placeholders, by name; added to those already set
         * @return this builder
         */
        public Builder variables(Map<String, String> values) {
            values.forEach(this::variable);
            return this;
        }

        /**
         * Sets whether a placeholder without a value stays as written instead of failing.
         *
         * @param value {@code true} to leave a placeholder without a value as written instead of failing
         * @return this builder
         */
        public Builder lenient(boolean value) {
            this.lenient = value;
            return this;
        }

        /**
         * The section kinds never dropped to meet the budget (default: role summary and constraints); none with no
         * argument. When they alone exceed it, the result does not fit ({@link RenderedPrompt#requireFit()}).
         *
         * @param kinds the section kinds never dropped to meet the budget (default: role summary and constraints); none
         *              with no argument
         * @return this builder
         */
        public Builder keep(SectionKind... kinds) {
            this.keep = Set.of(kinds);
            return this;
        }

        /**
         * Sets {@code maxTokens}.
         *
         * @param value the most tokens the system text may have; 0 for no budget
         * @return this builder
         */
        public Builder maxTokens(int value) {
            this.maxTokens = value;
            return this;
        }

        /**
         * Sets how tokens are counted (default {@link TokenCounter#standard()}).
         *
         * @param value how tokens are counted (default {@link TokenCounter#standard()})
         * @return this builder
         */
        public Builder tokenCounter(TokenCounter value) {
            this.counter = Objects.requireNonNull(value, "counter");
            return this;
        }

        /**
         * The model of the request bodies ({@code gpt-4o}, {@code claude-sonnet-4-5}…); default: the persona's.
         *
         * @param value the model of the request bodies ({@code gpt-4o}, {@code claude-sonnet-4-5}…); default: the
         *              persona's
         * @return this builder
         */
        public Builder model(String value) {
            this.model = value;
            return this;
        }

        /**
         * The model id an alias of the persona's {@code model:} stands for in request bodies ({@code opus},
         * {@code sonnet}, {@code haiku} have defaults, {@link #DEFAULT_MODEL_ALIASES}); used when no
         * {@link #model(String)} is given.
         *
         * @param alias the alias, as a persona writes it
         * @param id    the model id the provider's API takes
         * @return this builder
         */
        public Builder modelAlias(String alias, String id) {
            modelAliases.put(
                    Objects.requireNonNull(alias, "alias").strip().toLowerCase(java.util.Locale.ROOT),
                    Objects.requireNonNull(id, "id").strip());
            return this;
        }

        /**
         * The most tokens the model may answer with (OpenAI's {@code max_completion_tokens} and
         * {@code max_output_tokens}, Anthropic's {@code max_tokens}, Gemini's {@code maxOutputTokens}); 0 for none.
         *
         * @param value the most tokens the model may answer with; 0 for none
         * @return this builder
         */
        public Builder maxOutputTokens(int value) {
            this.maxOutputTokens = value;
            return this;
        }

        /**
         * The request's {@code temperature}, 0 to 2; {@code null} for the provider's default.
         *
         * @param value the request's {@code temperature}, 0 to 2; {@code null} for the provider's default
         * @return this builder
         */
        public Builder temperature(Double value) {
            this.temperature = value;
            return this;
        }

        /**
         * List, in the JSON form, where every line of the system text came from.
         *
         * @param value {@code true} to list, in the JSON form, where every line of the system text came from
         * @return this builder
         */
        public Builder provenance(boolean value) {
            this.provenance = value;
            return this;
        }

        /**
         * Sets {@code userMessage}.
         *
         * @param value a user message for the request bodies ({@link RenderFormat#isRequestBody()});
         *              {@code null} for none
         * @return this builder
         */
        public Builder userMessage(String value) {
            this.userMessage = value;
            return this;
        }

        /**
         * Sets {@code template}.
         *
         * @param value a template for the system text with the slots {@code {{persona.title}}},
         *              {@code {{persona.description}}} and {@code {{persona.sections}}}; {@code null} for the format's
         *              default
         * @return this builder
         */
        public Builder template(String value) {
            this.template = value;
            return this;
        }

        /** {@return the RenderOptions with what was set} */
        public RenderOptions build() {
            return new RenderOptions(
                    format,
                    kinds,
                    variables,
                    lenient,
                    maxTokens,
                    keep,
                    counter,
                    userMessage,
                    template,
                    model,
                    maxOutputTokens,
                    temperature,
                    provenance,
                    modelAliases);
        }
    }

    /** The kinds, in drop order, that are present among these. */
    static List<SectionKind> dropOrder(Set<SectionKind> present) {
        List<SectionKind> out = new ArrayList<>();
        for (SectionKind k : DROP_ORDER) {
            if (present.contains(k)) {
                out.add(k);
            }
        }
        return out;
    }
}
