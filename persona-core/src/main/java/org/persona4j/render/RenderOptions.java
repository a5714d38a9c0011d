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
 * @param format      the output shape
 * @param kinds       the section kinds to include (default: all)
 * @param variables   values for {@code {{name}}} placeholders
 * @param lenient     leave unknown placeholders as written instead of failing
 * @param maxTokens   the most tokens the system text may have; 0 for no budget
 * @param keep        the section kinds never dropped to meet the budget (default: role summary and constraints)
 * @param counter     how tokens are counted (default: {@link TokenCounter#standard()})
 * @param userMessage a user message for the {@link RenderFormat#OPENAI} and {@link RenderFormat#ANTHROPIC} shapes;
 *                    {@code null} for none
 * @param template    a template for the system text with the slots {@code {{persona.title}}},
 *                    {@code {{persona.description}}} and {@code {{persona.sections}}}; {@code null} for the
 *                    format's default
 * @param model           the model for the request bodies; {@code null} takes the persona's {@code model:}
 * @param maxOutputTokens the request's {@code max_tokens}; 0 for none (Anthropic's, which is required, then
 *                        defaults to {@link #DEFAULT_ANTHROPIC_MAX_TOKENS})
 * @param temperature     the request's {@code temperature}; {@code null} for the provider's default
 * @param provenance      whether the JSON form lists, for every line of the system text, the file, section and
 *                        line it came from
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
        boolean provenance) {

    /** Anthropic's {@code max_tokens} when none is given: the Messages API requires one. */
    public static final int DEFAULT_ANTHROPIC_MAX_TOKENS = 1024;

    /**
     * The order in which parts are dropped to meet a budget, first to last: code templates and examples go before
     * anything else, constraints and the role summary last of all.
     */
    /**
     * The longest prompt a render produces: four times the largest persona file read by default. Past it, a render
     * fails with {@link PromptTooLargeException}.
     */
    public static final int MAX_PROMPT_CHARS =
            4 * (int) org.persona4j.ReadOptions.defaults().maxFileBytes();

    /** The order in which section kinds are dropped to meet a budget, first dropped first. */
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

    /** Checks the components and keeps unmodifiable copies of its lists. */
    public RenderOptions {
        Objects.requireNonNull(format, "format");
        kinds = Set.copyOf(kinds);
        keep = Set.copyOf(keep);
        variables = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(variables));
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

    /** The defaults: every section, Markdown, strict placeholders, no budget. */
    public static RenderOptions defaults() {
        return DEFAULTS;
    }

    /** A builder with the defaults. */
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

        private Builder() {}

        /** Sets the output format (default Markdown). */
        public Builder format(RenderFormat value) {
            this.format = Objects.requireNonNull(value, "format");
            return this;
        }

        /** Only these kinds of section. */
        public Builder only(SectionKind first, SectionKind... more) {
            kinds.clear();
            kinds.add(first);
            kinds.addAll(List.of(more));
            return this;
        }

        /** Leaves these kinds of section out (for example {@code TEMPLATES} and {@code EXAMPLES} to save room). */
        public Builder without(SectionKind first, SectionKind... more) {
            kinds.remove(first);
            List.of(more).forEach(kinds::remove);
            return this;
        }

        /** Adds the value of one placeholder. */
        public Builder variable(String name, String value) {
            variables.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** Adds values for placeholders, by name. */
        public Builder variables(Map<String, String> values) {
            values.forEach(this::variable);
            return this;
        }

        /** Sets whether a placeholder without a value stays as written instead of failing. */
        public Builder lenient(boolean value) {
            this.lenient = value;
            return this;
        }

        /**
         * The section kinds never dropped to meet the budget (default: role summary and constraints); none with no
         * argument. When they alone exceed it, the result does not fit ({@link RenderedPrompt#requireFit()}).
         */
        public Builder keep(SectionKind... kinds) {
            this.keep = Set.of(kinds);
            return this;
        }

        /** Sets {@code maxTokens}. */
        public Builder maxTokens(int value) {
            this.maxTokens = value;
            return this;
        }

        /** Sets how tokens are counted (default {@link TokenCounter#standard()}). */
        public Builder tokenCounter(TokenCounter value) {
            this.counter = Objects.requireNonNull(value, "counter");
            return this;
        }

        /** The model of the request bodies ({@code gpt-4o}, {@code claude-sonnet-4-5}…); default: the persona's. */
        public Builder model(String value) {
            this.model = value;
            return this;
        }

        /** The request's {@code max_tokens}, the most tokens the model may answer with; 0 for none. */
        public Builder maxOutputTokens(int value) {
            this.maxOutputTokens = value;
            return this;
        }

        /** The request's {@code temperature}, 0 to 2; {@code null} for the provider's default. */
        public Builder temperature(Double value) {
            this.temperature = value;
            return this;
        }

        /** List, in the JSON form, where every line of the system text came from. */
        public Builder provenance(boolean value) {
            this.provenance = value;
            return this;
        }

        /** Sets {@code userMessage}. */
        public Builder userMessage(String value) {
            this.userMessage = value;
            return this;
        }

        /** Sets {@code template}. */
        public Builder template(String value) {
            this.template = value;
            return this;
        }

        /** The RenderOptions with what was set. */
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
                    provenance);
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
