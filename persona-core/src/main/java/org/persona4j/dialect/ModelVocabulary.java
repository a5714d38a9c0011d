package org.persona4j.dialect;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a dialect's tool names models in its {@code model} key: which names it takes, what model each names, and how
 * it would name a model of another vendor's file (or that it cannot).
 *
 * @param naming  the vendor's naming scheme
 * @param aliases the short names the tool takes besides full names ({@code sonnet}, {@code inherit}…)
 * @param source  the documentation the names come from
 */
public record ModelVocabulary(Naming naming, List<String> aliases, DocSource source) {

    /** A dialect with no model key. */
    public static final ModelVocabulary NONE =
            new ModelVocabulary(Naming.NONE, List.of(), DocSource.of("none", "https://persona4j.org/", "2026-12-06"));

    /**
     * Checks the components and keeps an unmodifiable copy of {@code aliases}.
     *
     * @param naming  the vendor's naming scheme
     * @param aliases the short names the tool takes besides full names
     * @param source  the documentation the names come from
     */
    public ModelVocabulary {
        Objects.requireNonNull(naming, "naming");
        aliases = List.copyOf(aliases);
        Objects.requireNonNull(source, "source");
    }

    /** The naming schemes of the vendors. */
    public enum Naming {
        /**
         * Claude Code: aliases ({@code sonnet}, {@code opus}, {@code haiku}, {@code inherit}…) or a Claude model id
         * ({@code claude-sonnet-4-5}, or a provider's form of one); nothing else.
         */
        CLAUDE_CODE,
        /**
         * GitHub Copilot: the names its model picker shows ({@code Claude Sonnet 4.5}, {@code GPT-4.1}), optionally
         * with the vendor in parentheses ({@code GPT-5 (copilot)}); models of several vendors.
         */
        COPILOT,
        /** CrewAI: a provider and a model id ({@code openai/gpt-4o}, {@code anthropic/claude-sonnet-4-5}). */
        PROVIDER_SLASH_MODEL,
        /** The dialect has no model key. */
        NONE
    }

    private static final Pattern CLAUDE_ID = Pattern.compile(
            "(?:.*[./:])?claude-(opus|sonnet|haiku|fable)-(\\d+)(?:-(\\d{1,2}))?(?:[-@].*)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLAUDE_OLD_ID = Pattern.compile(
            "(?:.*[./:])?claude-(\\d+)(?:-(\\d{1,2}))?-(opus|sonnet|haiku)(?:[-@].*)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLAUDE_DISPLAY = Pattern.compile(
            "claude[ -](opus|sonnet|haiku|fable)[ -](\\d+)(?:\\.(\\d+))?\\b.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern GPT =
            Pattern.compile("(?:openai/)?gpt-(\\d+(?:\\.\\d+)?[a-z]?)\\b.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern GEMINI =
            Pattern.compile("(?:google/|gemini/)?gemini[ -](\\d+(?:\\.\\d+)?)\\b.*", Pattern.CASE_INSENSITIVE);
    private static final List<String> CLAUDE_FAMILIES = List.of("opus", "sonnet", "haiku", "fable");
    /** Claude Code's aliases, which name no model outside Claude Code. */
    private static final List<String> CLAUDE_CODE_ALIASES =
            List.of("inherit", "default", "best", "opusplan", "opus", "sonnet", "haiku", "fable");

    /**
     * {@return the model a value of the {@code model} key names, when it names one this method can tell: a Claude
     * Code alias or id, a Copilot display name, a provider/model id; empty for a name it does not recognise}
     *
     * @param value the key's value, such as {@code sonnet}, {@code Claude Sonnet 4.5 (copilot)} or {@code GPT-4.1}
     */
    public Optional<ModelRef> read(String value) {
        String v = value.strip();
        // Long values are not model names: the patterns (whose leading .* may backtrack) run on bounded input only.
        if (v.isEmpty() || v.length() > 200) {
            return Optional.empty();
        }
        String lower = v.toLowerCase(Locale.ROOT);
        if (naming == Naming.CLAUDE_CODE) {
            String alias = lower.endsWith("[1m]") ? lower.substring(0, lower.length() - 4) : lower;
            switch (alias) {
                case "inherit", "default" -> {
                    return Optional.of(ModelRef.INHERIT);
                }
                case "opus", "sonnet", "haiku", "fable" -> {
                    return Optional.of(new ModelRef("anthropic", alias, ""));
                }
                case "best", "opusplan" -> {
                    return Optional.of(new ModelRef("anthropic", "opus", ""));
                }
                default -> {}
            }
        }
        Matcher m = CLAUDE_ID.matcher(v);
        if (m.matches()) {
            return Optional.of(claude(m.group(1), m.group(2), m.group(3)));
        }
        m = CLAUDE_OLD_ID.matcher(v);
        if (m.matches()) {
            return Optional.of(claude(m.group(3), m.group(1), m.group(2)));
        }
        m = CLAUDE_DISPLAY.matcher(v);
        if (m.matches()) {
            return Optional.of(claude(m.group(1), m.group(2), m.group(3)));
        }
        m = GPT.matcher(v);
        if (m.matches()) {
            return Optional.of(new ModelRef("openai", "gpt", m.group(1).toLowerCase(Locale.ROOT)));
        }
        m = GEMINI.matcher(v);
        if (m.matches()) {
            return Optional.of(new ModelRef("google", "gemini", m.group(1)));
        }
        return Optional.empty();
    }

    private static ModelRef claude(String family, String major, String minor) {
        return new ModelRef("anthropic", family.toLowerCase(Locale.ROOT), minor == null ? major : major + "." + minor);
    }

    /**
     * {@return how this dialect's tool names a model, or empty when it cannot name it: Claude Code names only Claude
     * models (by id when the version is known, else by alias) and {@code inherit}; Copilot names a model by its
     * display name when the version is known; a dialect with no model key names none}
     *
     * @param model the model, as {@link #read} gave it
     */
    public Optional<String> write(ModelRef model) {
        boolean claude = CLAUDE_FAMILIES.contains(model.family());
        return switch (naming) {
            case CLAUDE_CODE -> {
                if (model.isInherit()) {
                    yield Optional.of("inherit");
                }
                if (!claude) {
                    yield Optional.empty();
                }
                String[] v = model.version().split("\\.");
                yield Optional.of(
                        v.length == 2 ? "claude-" + model.family() + "-" + v[0] + "-" + v[1] : model.family());
            }
            case COPILOT -> {
                if (model.version().isEmpty() || model.isInherit()) {
                    yield Optional.empty();
                }
                yield switch (model.family()) {
                    case "gpt" -> Optional.of("GPT-" + model.version());
                    case "gemini" -> Optional.of("Gemini " + model.version());
                    default ->
                        claude
                                ? Optional.of("Claude "
                                        + Character.toUpperCase(model.family().charAt(0))
                                        + model.family().substring(1) + " " + model.version())
                                : Optional.empty();
                };
            }
            case PROVIDER_SLASH_MODEL -> {
                if (model.version().isEmpty() || model.isInherit()) {
                    yield Optional.empty();
                }
                yield switch (model.family()) {
                    case "gpt" -> Optional.of("openai/gpt-" + model.version());
                    case "gemini" -> Optional.of("gemini/gemini-" + model.version());
                    default ->
                        claude
                                ? Optional.of("anthropic/claude-" + model.family() + "-"
                                        + model.version().replace('.', '-'))
                                : Optional.empty();
                };
            }
            case NONE -> Optional.empty();
        };
    }

    /**
     * {@return whether the tool takes a value as a model name: Claude Code takes its aliases and Claude model ids
     * (including a provider's form, such as a Bedrock ARN); Copilot takes any name but Claude Code's aliases, which
     * name no model in its picker; the others take anything}
     *
     * @param value the key's value
     */
    public boolean accepts(String value) {
        String v = value.strip();
        String lower = v.toLowerCase(Locale.ROOT);
        String alias = lower.endsWith("[1m]") ? lower.substring(0, lower.length() - 4) : lower;
        return switch (naming) {
            case CLAUDE_CODE ->
                aliases.contains(alias)
                        || lower.startsWith("arn:")
                        || lower.contains("claude")
                                && read(v).filter(r -> CLAUDE_FAMILIES.contains(r.family()))
                                        .isPresent();
            case COPILOT -> !CLAUDE_CODE_ALIASES.contains(alias) && !v.isEmpty();
            case PROVIDER_SLASH_MODEL, NONE -> true;
        };
    }
}
