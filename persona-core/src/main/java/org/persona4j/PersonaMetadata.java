package org.persona4j;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The front matter of a persona, bound to typed fields. Every key the model does not know is kept in
 * {@link #extra()}, in file order, with its YAML value as plain Java values ({@code String}, {@code Long},
 * {@code Double}, {@code Boolean}, {@code null}, {@code List}, {@code Map}). Text fields keep the source text as
 * written ({@code version: 1.0} is {@code "1.0"}, not a number). Immutable.
 */
public final class PersonaMetadata {

    /** The front-matter keys with a typed field, in the order a writer emits them. */
    public static final List<String> KNOWN_KEYS = List.of(
            "title",
            "version",
            "author",
            "description",
            "keywords",
            "lastUpdated",
            "summaryScore",
            "agentMode",
            "applyTo",
            "extensions",
            "guidelines",
            "instructionType");

    private static final PersonaMetadata EMPTY = builder().build();

    private final String title;
    private final String version;
    private final String author;
    private final String description;
    private final List<String> keywords;
    private final String lastUpdated;
    private final Double summaryScore;
    private final String agentMode;
    private final List<String> applyTo;
    private final List<String> extensions;
    private final String guidelines;
    private final String instructionType;
    private final Map<String, Object> extra;
    private final Map<String, SourceSpan> spans;
    /** Positions inside a key's value ({@code variables.team}), which are not keys of their own. */
    private final Map<String, SourceSpan> innerSpans;

    private PersonaMetadata(Builder b) {
        title = b.title;
        version = b.version;
        author = b.author;
        description = b.description;
        keywords = List.copyOf(b.keywords);
        lastUpdated = b.lastUpdated;
        summaryScore = b.summaryScore;
        agentMode = b.agentMode;
        applyTo = List.copyOf(b.applyTo);
        extensions = List.copyOf(b.extensions);
        guidelines = b.guidelines;
        instructionType = b.instructionType;
        extra = Collections.unmodifiableMap(new LinkedHashMap<>(b.extra));
        spans = Collections.unmodifiableMap(new LinkedHashMap<>(b.spans));
        innerSpans = Collections.unmodifiableMap(new LinkedHashMap<>(b.innerSpans));
    }

    /** {@return metadata with no keys at all, as for a file without front matter} */
    public static PersonaMetadata empty() {
        return EMPTY;
    }

    /** {@return a builder with the defaults} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding a copy of these values} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.title = title;
        b.version = version;
        b.author = author;
        b.description = description;
        b.keywords = keywords;
        b.lastUpdated = lastUpdated;
        b.summaryScore = summaryScore;
        b.agentMode = agentMode;
        b.applyTo = applyTo;
        b.extensions = extensions;
        b.guidelines = guidelines;
        b.instructionType = instructionType;
        b.extra.putAll(extra);
        b.spans.putAll(spans);
        b.innerSpans.putAll(innerSpans);
        return b;
    }

    /** {@return the {@code title} key, if the front matter sets it} */
    public Optional<String> title() {
        return Optional.ofNullable(title);
    }

    /** {@return the {@code version} key, if the front matter sets it} */
    public Optional<String> version() {
        return Optional.ofNullable(version);
    }

    /** {@return the {@code author} key, if the front matter sets it} */
    public Optional<String> author() {
        return Optional.ofNullable(author);
    }

    /** {@return the {@code description} key, if the front matter sets it} */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /** {@return keywords in file order; empty when absent or written as {@code []}} */
    public List<String> keywords() {
        return keywords;
    }

    /** {@return the last-updated value as written (a date or a date-time in one of several shapes)} */
    public Optional<String> lastUpdated() {
        return Optional.ofNullable(lastUpdated);
    }

    /** {@return the {@code summaryScore} key, if the front matter sets it} */
    public Optional<Double> summaryScore() {
        return Optional.ofNullable(summaryScore);
    }

    /** {@return the {@code agentMode} key, if the front matter sets it} */
    public Optional<String> agentMode() {
        return Optional.ofNullable(agentMode);
    }

    /**
     * {@return the {@code applyTo} value: one element per YAML list entry, or a single element holding a scalar as
     * written (which may itself be a comma-separated list of globs, or a word such as {@code general})}
     */
    public List<String> applyTo() {
        return applyTo;
    }

    /** {@return the {@code extensions} key; empty when the front matter does not set it} */
    public List<String> extensions() {
        return extensions;
    }

    /** {@return the {@code guidelines} key, if the front matter sets it} */
    public Optional<String> guidelines() {
        return Optional.ofNullable(guidelines);
    }

    /** {@return the {@code instructionType} key, if the front matter sets it} */
    public Optional<String> instructionType() {
        return Optional.ofNullable(instructionType);
    }

    /** {@return every key without a typed field, in file order, including keys whose value did not fit their field} */
    public Map<String, Object> extra() {
        return extra;
    }

    /** {@return the {@code name} key of the dialects that have one (Claude subagents, Copilot agents, Agent Skills)} */
    public Optional<String> name() {
        return extraText("name").map(String::strip).filter(v -> !v.isEmpty());
    }

    /** {@return the {@code model} key (Claude subagents, Copilot agents and prompts)} */
    public Optional<String> model() {
        return extraText("model").map(String::strip).filter(v -> !v.isEmpty());
    }

    /** {@return the {@code tools} key, from a YAML list or a comma-separated string alike; empty when absent} */
    public List<String> tools() {
        return org.persona4j.internal.Values.list(extra.get("tools"));
    }

    /** {@return Cursor's {@code globs}, from a YAML list or a comma-separated string alike; empty when absent} */
    public List<String> globs() {
        return org.persona4j.internal.Values.list(extra.get("globs"));
    }

    /**
     * {@return a Copilot custom agent's {@code handoffs}, in order: each item a mapping with {@code label} and
     * {@code agent} (and optionally {@code prompt} and {@code send}); items without both are left out}
     */
    public List<org.persona4j.model.Handoff> handoffs() {
        List<org.persona4j.model.Handoff> out = new ArrayList<>();
        if (extra.get("handoffs") instanceof List<?> items) {
            for (Object item : items) {
                if (item instanceof Map<?, ?> h && h.get("label") != null && h.get("agent") != null) {
                    Object send = h.get("send");
                    out.add(new org.persona4j.model.Handoff(
                            String.valueOf(h.get("label")).strip(),
                            String.valueOf(h.get("agent")).strip(),
                            h.get("prompt") == null
                                    ? ""
                                    : String.valueOf(h.get("prompt")).strip(),
                            Boolean.TRUE.equals(send)
                                    || "true"
                                            .equalsIgnoreCase(
                                                    String.valueOf(send).strip())));
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * {@return the variables the persona declares under {@code variables:}, in file order: each name with a type word
     * ({@code string}, {@code number}, {@code boolean}, {@code list}) or a mapping of {@code type}, {@code default},
     * {@code required} and {@code description}} Entries whose type is not one of those are left out (the linter reports
     * them).
     */
    public List<org.persona4j.render.VariableDeclaration> variables() {
        List<org.persona4j.render.VariableDeclaration> out = new ArrayList<>();
        if (extra.get("variables") instanceof Map<?, ?> declared) {
            for (Map.Entry<?, ?> e : declared.entrySet()) {
                String name = String.valueOf(e.getKey()).strip();
                Object d = e.getValue();
                Object type = d instanceof Map<?, ?> m ? m.get("type") : d;
                java.util.Optional<org.persona4j.render.VariableDeclaration.Type> t = type == null
                        ? Optional.of(org.persona4j.render.VariableDeclaration.Type.STRING)
                        : org.persona4j.render.VariableDeclaration.Type.named(String.valueOf(type));
                if (name.isEmpty() || t.isEmpty()) {
                    continue;
                }
                Object def = d instanceof Map<?, ?> m ? m.get("default") : null;
                Object required = d instanceof Map<?, ?> m ? m.get("required") : null;
                Object description = d instanceof Map<?, ?> m ? m.get("description") : null;
                out.add(new org.persona4j.render.VariableDeclaration(
                        name,
                        t.get(),
                        def == null
                                ? null
                                : def instanceof List<?> l
                                        ? String.join(
                                                ", ",
                                                l.stream().map(String::valueOf).toList())
                                        : String.valueOf(def),
                        Boolean.TRUE.equals(required) || "true".equalsIgnoreCase(String.valueOf(required)),
                        description == null ? "" : String.valueOf(description),
                        span("variables." + name).or(() -> span("variables")).orElse(SourceSpan.FILE)));
            }
        }
        return List.copyOf(out);
    }

    /**
     * {@return an Agent Skill's {@code allowed-tools}: names separated by spaces (or a YAML list); empty when absent}
     */
    public List<String> allowedTools() {
        return org.persona4j.internal.Values.words(extra.get("allowed-tools"));
    }

    /** {@return an Agent Skill's {@code license}} */
    public Optional<String> license() {
        return extraText("license").map(String::strip).filter(v -> !v.isEmpty());
    }

    /** {@return Cursor's {@code alwaysApply}, when it is {@code true} or {@code false}} */
    public Optional<Boolean> alwaysApply() {
        Object v = extra.get("alwaysApply");
        if (v instanceof Boolean b) {
            return Optional.of(b);
        }
        String text = v == null ? "" : String.valueOf(v).strip();
        return text.equalsIgnoreCase("true")
                ? Optional.of(true)
                : text.equalsIgnoreCase("false") ? Optional.of(false) : Optional.empty();
    }

    /**
     * {@return the file patterns a persona applies to, whatever its dialect calls them: {@code applyTo}, then
     * {@code globs}}
     */
    public List<String> filePatterns() {
        List<String> globs = globs();
        if (globs.isEmpty()) {
            return applyTo;
        }
        List<String> all = new ArrayList<>(applyTo);
        all.addAll(globs);
        return List.copyOf(all);
    }

    /**
     * {@return the value of an {@link #extra()} key when it is a string, such as {@code name} in Claude subagents}
     *
     * @param key a front-matter key
     */
    public Optional<String> extraText(String key) {
        return extra.get(key) instanceof String s ? Optional.of(s) : Optional.empty();
    }

    /**
     * {@return the value of any key, typed or not: a {@code String}, a {@code List<String>}, a {@code Double} for
     * {@code summaryScore}, or for other keys whatever the front matter held (strings, numbers, booleans, lists and
     * maps of them)} A typed key whose value did not fit its field gives the value as written.
     *
     * @param key a front-matter key, typed or not
     */
    public Optional<Object> value(String key) {
        Object typed = switch (key) {
            case "title" -> title;
            case "version" -> version;
            case "author" -> author;
            case "description" -> description;
            case "keywords" -> isSet(key) && !extra.containsKey(key) ? keywords : null;
            case "lastUpdated" -> lastUpdated;
            case "summaryScore" -> summaryScore;
            case "agentMode" -> agentMode;
            case "applyTo" -> isSet(key) && !extra.containsKey(key) ? applyTo : null;
            case "extensions" -> isSet(key) && !extra.containsKey(key) ? extensions : null;
            case "guidelines" -> guidelines;
            case "instructionType" -> instructionType;
            default -> null;
        };
        return Optional.ofNullable(typed != null ? typed : extra.get(key));
    }

    /**
     * {@return where a key is in the front matter, for keys that were read from a file}
     *
     * @param key a front-matter key
     */
    public Optional<SourceSpan> span(String key) {
        SourceSpan s = spans.get(key);
        return Optional.ofNullable(s != null ? s : innerSpans.get(key));
    }

    /** {@return every key present, typed or not, in file order when read from a file} */
    public List<String> keys() {
        List<String> keys = new ArrayList<>(spans.keySet());
        for (String k : KNOWN_KEYS) {
            if (!keys.contains(k) && isSet(k)) {
                keys.add(k);
            }
        }
        for (String k : extra.keySet()) {
            if (!keys.contains(k)) {
                keys.add(k);
            }
        }
        return List.copyOf(keys);
    }

    /** {@return {@code true} when no key is set} */
    public boolean isEmpty() {
        return keys().isEmpty();
    }

    private boolean isSet(String key) {
        return switch (key) {
            case "title" -> title != null;
            case "version" -> version != null;
            case "author" -> author != null;
            case "description" -> description != null;
            case "keywords" -> !keywords.isEmpty() || spans.containsKey(key);
            case "lastUpdated" -> lastUpdated != null;
            case "summaryScore" -> summaryScore != null;
            case "agentMode" -> agentMode != null;
            case "applyTo" -> !applyTo.isEmpty() || spans.containsKey(key);
            case "extensions" -> !extensions.isEmpty() || spans.containsKey(key);
            case "guidelines" -> guidelines != null;
            case "instructionType" -> instructionType != null;
            default -> false;
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PersonaMetadata m
                && Objects.equals(title, m.title)
                && Objects.equals(version, m.version)
                && Objects.equals(author, m.author)
                && Objects.equals(description, m.description)
                && keywords.equals(m.keywords)
                && Objects.equals(lastUpdated, m.lastUpdated)
                && Objects.equals(summaryScore, m.summaryScore)
                && Objects.equals(agentMode, m.agentMode)
                && applyTo.equals(m.applyTo)
                && extensions.equals(m.extensions)
                && Objects.equals(guidelines, m.guidelines)
                && Objects.equals(instructionType, m.instructionType)
                && extra.equals(m.extra)
                && spans.equals(m.spans);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                title,
                version,
                author,
                description,
                keywords,
                lastUpdated,
                summaryScore,
                agentMode,
                applyTo,
                extensions,
                guidelines,
                instructionType,
                extra,
                spans);
    }

    @Override
    public String toString() {
        return "PersonaMetadata[title=" + title + ", version=" + version + ", keys=" + keys() + "]";
    }

    /** Builds {@link PersonaMetadata}. Not thread-safe. */
    public static final class Builder {
        private String title;
        private String version;
        private String author;
        private String description;
        private List<String> keywords = List.of();
        private String lastUpdated;
        private Double summaryScore;
        private String agentMode;
        private List<String> applyTo = List.of();
        private List<String> extensions = List.of();
        private String guidelines;
        private String instructionType;
        private final Map<String, Object> extra = new LinkedHashMap<>();
        private final Map<String, SourceSpan> spans = new LinkedHashMap<>();
        private final Map<String, SourceSpan> innerSpans = new LinkedHashMap<>();

        private Builder() {}

        /**
         * Sets {@code title}.
         *
         * @param value the {@code title} value, or {@code null} for none
         * @return this builder
         */
        public Builder title(String value) {
            title = value;
            return this;
        }

        /**
         * Sets {@code version}.
         *
         * @param value the {@code version} value, or {@code null} for none
         * @return this builder
         */
        public Builder version(String value) {
            version = value;
            return this;
        }

        /**
         * Sets {@code author}.
         *
         * @param value the {@code author} value, or {@code null} for none
         * @return this builder
         */
        public Builder author(String value) {
            author = value;
            return this;
        }

        /**
         * Sets {@code description}.
         *
         * @param value the {@code description} value, or {@code null} for none
         * @return this builder
         */
        public Builder description(String value) {
            description = value;
            return this;
        }

        /**
         * Sets {@code keywords}.
         *
         * @param values the {@code keywords} values, in order
         * @return this builder
         */
        public Builder keywords(List<String> values) {
            keywords = List.copyOf(values);
            return this;
        }

        /**
         * Sets {@code lastUpdated}.
         *
         * @param value the {@code lastUpdated} value, or {@code null} for none
         * @return this builder
         */
        public Builder lastUpdated(String value) {
            lastUpdated = value;
            return this;
        }

        /**
         * Sets {@code summaryScore}.
         *
         * @param value the {@code summaryScore} value, or {@code null} for none
         * @return this builder
         */
        public Builder summaryScore(Double value) {
            summaryScore = value;
            return this;
        }

        /**
         * Sets {@code agentMode}.
         *
         * @param value the {@code agentMode} value, or {@code null} for none
         * @return this builder
         */
        public Builder agentMode(String value) {
            agentMode = value;
            return this;
        }

        /**
         * Sets {@code applyTo}.
         *
         * @param values the {@code applyTo} values, in order
         * @return this builder
         */
        public Builder applyTo(List<String> values) {
            applyTo = List.copyOf(values);
            return this;
        }

        /**
         * Sets {@code extensions}.
         *
         * @param values the {@code extensions} values, in order
         * @return this builder
         */
        public Builder extensions(List<String> values) {
            extensions = List.copyOf(values);
            return this;
        }

        /**
         * Sets {@code guidelines}.
         *
         * @param value the {@code guidelines} value, or {@code null} for none
         * @return this builder
         */
        public Builder guidelines(String value) {
            guidelines = value;
            return this;
        }

        /**
         * Sets {@code instructionType}.
         *
         * @param value the {@code instructionType} value, or {@code null} for none
         * @return this builder
         */
        public Builder instructionType(String value) {
            instructionType = value;
            return this;
        }

        /**
         * Keeps a key without a typed field; the value must be a plain value tree (see the class comment).
         *
         * @param key   the key, as written
         * @param value its value: {@code null}, a string, number or boolean, or a list or map of them
         * @return this builder
         */
        public Builder extra(String key, Object value) {
            extra.put(Objects.requireNonNull(key, "key"), value);
            return this;
        }

        /** Records where a key was written. */
        /**
         * Where something inside a key's value is, such as {@code variables.team}; not a key of its own.
         *
         * @param path the dotted path of the value, such as {@code variables.team}
         * @param span where it is written
         * @return this builder
         */
        public Builder innerSpan(String path, SourceSpan span) {
            innerSpans.put(Objects.requireNonNull(path, "path"), Objects.requireNonNull(span, "span"));
            return this;
        }

        /**
         * Sets where the value of a key is written.
         *
         * @param key  a front-matter key
         * @param span where its value is written
         * @return this builder
         */
        public Builder span(String key, SourceSpan span) {
            spans.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(span, "span"));
            return this;
        }

        /** {@return the PersonaMetadata with what was set} */
        public PersonaMetadata build() {
            return new PersonaMetadata(this);
        }
    }
}
