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
 * @param counter     how tokens are counted (default: {@link TokenCounter#cl100k()})
 * @param userMessage a user message for the {@link RenderFormat#OPENAI} and {@link RenderFormat#ANTHROPIC} shapes;
 *                    {@code null} for none
 * @param template    a template for the system text with the slots {@code {{persona.title}}},
 *                    {@code {{persona.description}}} and {@code {{persona.sections}}}; {@code null} for the
 *                    format's default
 */
public record RenderOptions(RenderFormat format, Set<SectionKind> kinds, Map<String, String> variables,
        boolean lenient, int maxTokens, Set<SectionKind> keep, TokenCounter counter, String userMessage,
        String template) {

    /**
     * The order in which parts are dropped to meet a budget, first to last: code templates and examples go before
     * anything else, constraints and the role summary last of all.
     */
    /**
     * The longest prompt a render produces: four times the largest persona file read by default. Past it, a render
     * fails with {@link PromptTooLargeException}.
     */
    public static final int MAX_PROMPT_CHARS = 4 * (int) org.persona4j.ReadOptions.defaults().maxFileBytes();

    public static final List<SectionKind> DROP_ORDER = List.of(SectionKind.TEMPLATES, SectionKind.EXAMPLES,
            SectionKind.METADATA, SectionKind.OTHER, SectionKind.KNOWLEDGE, SectionKind.INTERACTION,
            SectionKind.CAPABILITIES, SectionKind.GOALS, SectionKind.DIRECTIVES, SectionKind.CONSTRAINTS,
            SectionKind.ROLE_SUMMARY);

    private static final RenderOptions DEFAULTS = builder().build();

    public RenderOptions {
        Objects.requireNonNull(format, "format");
        kinds = Set.copyOf(kinds);
        keep = Set.copyOf(keep);
        variables = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(variables));
        Objects.requireNonNull(counter, "counter");
        if (maxTokens < 0) {
            throw new IllegalArgumentException("maxTokens must not be negative, was " + maxTokens);
        }
    }

    public static RenderOptions defaults() {
        return DEFAULTS;
    }

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
        private TokenCounter counter = TokenCounter.cl100k();
        private String userMessage;
        private String template;

        private Builder() {
        }

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

        public Builder variable(String name, String value) {
            variables.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        public Builder variables(Map<String, String> values) {
            values.forEach(this::variable);
            return this;
        }

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

                public Builder maxTokens(int value) {
            this.maxTokens = value;
            return this;
        }

        public Builder tokenCounter(TokenCounter value) {
            this.counter = Objects.requireNonNull(value, "counter");
            return this;
        }

        public Builder userMessage(String value) {
            this.userMessage = value;
            return this;
        }

        public Builder template(String value) {
            this.template = value;
            return this;
        }

        public RenderOptions build() {
            return new RenderOptions(format, kinds, variables, lenient, maxTokens, keep, counter, userMessage,
                    template);
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
