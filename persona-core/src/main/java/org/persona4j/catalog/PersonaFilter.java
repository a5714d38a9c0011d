package org.persona4j.catalog;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.persona4j.Persona;
import org.persona4j.PersonaMetadata;
import org.persona4j.internal.catalog.Words;
import org.persona4j.model.CapabilityGroup;

/**
 * A condition on a persona, for {@link PersonaQuery}. Text conditions ignore case and accents and match whole words:
 * {@code keyword("kafka")} matches the keyword {@code Apache Kafka}, not {@code kafkaesque}. Filters are immutable
 * and combine with {@link #and}, {@link #or} and {@link #negate}.
 */
public interface PersonaFilter {

    /**
     * {@return whether the persona satisfies the condition}
     *
     * @param persona the persona to test
     */
    boolean test(Persona persona);

    /** {@return the condition in words, for explanations and error messages} */
    String describe();

    /**
     * {@return this filter and {@code other}: a persona must pass both}
     *
     * @param other the other condition
     */
    default PersonaFilter and(PersonaFilter other) {
        return new Combined(List.of(this, other), true);
    }

    /**
     * {@return this filter or {@code other}: a persona must pass either}
     *
     * @param other the other condition
     */
    default PersonaFilter or(PersonaFilter other) {
        return new Combined(List.of(this, other), false);
    }

    /** {@return the opposite of this filter} */
    default PersonaFilter negate() {
        return new Not(this);
    }

    /**
     * {@return a filter passing personas with a front-matter keyword containing these words}
     *
     * @param keyword the words to look for
     */
    static PersonaFilter keyword(String keyword) {
        return new Keyword(Objects.requireNonNull(keyword, "keyword"));
    }

    /**
     * {@return a filter passing personas with a capability (its category or one of its items) containing these
     * words; it reads the persona's body}
     *
     * @param capability the words to look for
     */
    static PersonaFilter capability(String capability) {
        return new Capability(Objects.requireNonNull(capability, "capability"));
    }

    /**
     * {@return a filter on the front-matter {@code agentMode}, compared ignoring case and accents}
     *
     * @param mode the agent mode, such as {@code agent}
     */
    static PersonaFilter agentMode(String mode) {
        return new AgentMode(Objects.requireNonNull(mode, "mode"));
    }

    /**
     * {@return a filter passing personas that apply to this file the way their dialect's tool decides (see
     * {@link Applicability}): an AGENTS.md, CLAUDE.md or GEMINI.md above it, a file pattern that matches it
     * ({@code applyTo}, Cursor's {@code globs}, Claude's {@code paths}), a rule that always applies}
     *
     * @param file a path relative to the project, such as {@code src/Main.java}
     */
    static PersonaFilter appliesTo(Path file) {
        Objects.requireNonNull(file, "file");
        return new OnMetadata(
                "applies to " + file, (id, m) -> Applicability.of(id, m, file).isPresent());
    }

    /**
     * {@return a filter passing personas with a {@code summaryScore} of at least this}
     *
     * @param minimum the lowest score that passes
     */
    static PersonaFilter scoreAtLeast(double minimum) {
        return new OnMetadata(
                "summaryScore ≥ " + minimum,
                (id, m) -> m.summaryScore().filter(s -> s >= minimum).isPresent());
    }

    /**
     * {@return a filter passing personas written in this dialect}
     *
     * @param dialect the dialect the personas are written in
     */
    static PersonaFilter dialect(org.persona4j.Dialect dialect) {
        Objects.requireNonNull(dialect, "dialect");
        return new OnDialect(dialect);
    }

    /**
     * {@return a filter passing personas that list this tool (their {@code tools} key), compared ignoring case}
     *
     * @param tool a tool's name, such as {@code Read}
     */
    static PersonaFilter tool(String tool) {
        Objects.requireNonNull(tool, "tool");
        return new OnMetadata(
                "tool '" + tool + "'", (id, m) -> m.tools().stream().anyMatch(t -> t.equalsIgnoreCase(tool.strip())));
    }

    /**
     * {@return a filter passing personas that name this model (their {@code model} key), compared ignoring case}
     *
     * @param model a model's name, such as {@code sonnet}
     */
    static PersonaFilter model(String model) {
        Objects.requireNonNull(model, "model");
        return new OnMetadata(
                "model '" + model + "'",
                (id, m) ->
                        m.model().filter(v -> v.equalsIgnoreCase(model.strip())).isPresent());
    }

    /**
     * {@return a filter passing personas whose id is one of these}
     *
     * @param ids the ids that pass
     */
    static PersonaFilter idIn(java.util.Collection<String> ids) {
        java.util.Set<String> set = java.util.Set.copyOf(ids);
        return new OnMetadata("id in " + new java.util.TreeSet<>(set), (id, m) -> set.contains(id));
    }

    /**
     * {@return a filter passing personas whose title (or name) contains these words}
     *
     * @param words the words to look for
     */
    static PersonaFilter title(String words) {
        Objects.requireNonNull(words, "words");
        return new OnMetadata(
                "title contains '" + words + "'", (id, m) -> Words.containsPhrase(Persona.titleOf(id, m), words));
    }

    /**
     * A condition on a persona's id and front matter only, so that a catalog can test it without parsing the body.
     *
     * @param description the condition in words
     * @param test        the test on the id and metadata
     */
    record OnMetadata(String description, java.util.function.BiPredicate<String, PersonaMetadata> test)
            implements PersonaFilter {
        @Override
        public boolean test(Persona persona) {
            return test.test(persona.id(), persona.metadata());
        }

        @Override
        public String describe() {
            return description;
        }
    }

    /** Dialect condition; a catalog answers it from its entries without parsing bodies. */
    record OnDialect(org.persona4j.Dialect dialect) implements PersonaFilter {
        @Override
        public boolean test(Persona persona) {
            return persona.dialect() == dialect;
        }

        @Override
        public String describe() {
            return "dialect " + dialect.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The opposite of a condition. */
    record Not(PersonaFilter filter) implements PersonaFilter {
        @Override
        public boolean test(Persona persona) {
            return !filter.test(persona);
        }

        @Override
        public String describe() {
            return "not (" + filter.describe() + ")";
        }
    }

    /** Keyword condition; the catalog answers it from an index before testing. */
    record Keyword(String words) implements PersonaFilter {
        @Override
        public boolean test(Persona persona) {
            return test(persona.metadata());
        }

        /**
         * {@return whether front matter with this metadata satisfies the condition}
         *
         * @param metadata the front matter of a persona
         */
        public boolean test(PersonaMetadata metadata) {
            return metadata.keywords().stream().anyMatch(k -> Words.containsPhrase(k, words));
        }

        @Override
        public String describe() {
            return "keyword '" + words + "'";
        }
    }

    /** Capability condition; the catalog answers it from an index before testing. */
    record Capability(String words) implements PersonaFilter {
        @Override
        public boolean test(Persona persona) {
            for (CapabilityGroup g : persona.capabilities()) {
                if (Words.containsPhrase(g.category(), words)
                        || g.items().stream().anyMatch(i -> Words.containsPhrase(i, words))) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String describe() {
            return "capability '" + words + "'";
        }
    }

    /** Agent-mode condition; the catalog answers it from an index. */
    record AgentMode(String mode) implements PersonaFilter {
        @Override
        public boolean test(Persona persona) {
            return test(persona.metadata());
        }

        /**
         * {@return whether front matter with this metadata satisfies the condition}
         *
         * @param metadata the front matter of a persona
         */
        public boolean test(PersonaMetadata metadata) {
            String want = Words.normalise(mode);
            return metadata.text(org.persona4j.dialect.KeyRole.MODE)
                    .map(Words::normalise)
                    .filter(want::equals)
                    .isPresent();
        }

        @Override
        public String describe() {
            return "agentMode is '" + mode + "'";
        }
    }

    /** All or any of several filters. */
    record Combined(List<PersonaFilter> parts, boolean all) implements PersonaFilter {
        @Override
        public boolean test(Persona persona) {
            return all
                    ? parts.stream().allMatch(f -> f.test(persona))
                    : parts.stream().anyMatch(f -> f.test(persona));
        }

        @Override
        public String describe() {
            List<String> words = parts.stream()
                    .map(f -> f instanceof Combined c && c.all() != all ? "(" + f.describe() + ")" : f.describe())
                    .toList();
            return words.isEmpty() ? "anything" : String.join(all ? " and " : " or ", words);
        }
    }
}
