package org.persona4j.dialect;

import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    /** Copilot's picker: {@code Claude Sonnet 4.5}, and for Claude 3 {@code Claude 3.7 Sonnet}. */
    private static final Pattern CLAUDE_DISPLAY = Pattern.compile(
            "claude[ -](opus|sonnet|haiku|fable)[ -](\\d+)(?:\\.(\\d+))?(\\b.*)", Pattern.CASE_INSENSITIVE);

    private static final Pattern CLAUDE_OLD_DISPLAY =
            Pattern.compile("claude[ -](\\d+)(?:\\.(\\d+))?[ -](opus|sonnet|haiku)(\\b.*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern GPT =
            Pattern.compile("(?:openai/)?gpt-(\\d+(?:\\.\\d+)?[a-z]?)(\\b.*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern GEMINI =
            Pattern.compile("(?:google/|gemini/)?gemini[ -](\\d+(?:\\.\\d+)?)(\\b.*)", Pattern.CASE_INSENSITIVE);
    private static final List<String> CLAUDE_FAMILIES = List.of("opus", "sonnet", "haiku", "fable");
    /** Claude Code's aliases, which name no model outside Claude Code. */
    private static final List<String> CLAUDE_CODE_ALIASES =
            List.of("inherit", "default", "best", "opusplan", "opus", "sonnet", "haiku", "fable");
    /** The variants Copilot's picker shows after a GPT version, and how: {@code GPT-5 mini}, {@code GPT-5.3-Codex}. */
    private static final Map<String, String> COPILOT_GPT_VARIANTS =
            Map.of("mini", " mini", "nano", " nano", "codex", "-Codex");
    /** The variants Copilot's picker shows after a Gemini version: {@code Gemini 2.5 Pro}, {@code Gemini 3 Flash}. */
    private static final Map<String, String> COPILOT_GEMINI_VARIANTS = Map.of("pro", " Pro", "flash", " Flash");

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
            return Optional.of(claude(m.group(1), m.group(2), m.group(3), ""));
        }
        m = CLAUDE_OLD_ID.matcher(v);
        if (m.matches()) {
            return Optional.of(claude(m.group(3), m.group(1), m.group(2), ""));
        }
        m = CLAUDE_DISPLAY.matcher(v);
        if (m.matches()) {
            return Optional.of(claude(m.group(1), m.group(2), m.group(3), variant(m.group(4))));
        }
        m = CLAUDE_OLD_DISPLAY.matcher(v);
        if (m.matches()) {
            return Optional.of(claude(m.group(3), m.group(1), m.group(2), variant(m.group(4))));
        }
        m = GPT.matcher(v);
        if (m.matches()) {
            return Optional.of(new ModelRef("openai", "gpt", m.group(1).toLowerCase(Locale.ROOT), variant(m.group(2))));
        }
        m = GEMINI.matcher(v);
        if (m.matches()) {
            return Optional.of(new ModelRef("google", "gemini", m.group(1), variant(m.group(2))));
        }
        return Optional.empty();
    }

    private static ModelRef claude(String family, String major, String minor, String variant) {
        return new ModelRef(
                "anthropic", family.toLowerCase(Locale.ROOT), minor == null ? major : major + "." + minor, variant);
    }

    /**
     * What follows a version, as a variant: parenthesised notes such as {@code (copilot)} or {@code (Preview)} left
     * out, words lowercase and joined by hyphens ({@code -Codex (Preview)} is {@code codex}).
     */
    private static String variant(String tail) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        boolean gap = false;
        for (int i = 0; i < tail.length(); i++) {
            char c = tail.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (depth > 0) {
                continue;
            } else if (c == ' ' || c == '-' || c == '_' || c == '\t') {
                gap = true;
            } else {
                if (gap && !out.isEmpty()) {
                    out.append('-');
                }
                gap = false;
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    /**
     * {@return how this dialect's tool names a model, or empty when it cannot name it: Claude Code names only Claude
     * models (by id when the version is known, else by alias) and {@code inherit}; Copilot names a model by its
     * display name when the version is known; a provider/model dialect by the vendor's id; a dialect with no model
     * key names none. A variant the dialect's names are not known to have (a dated snapshot in Copilot, say) makes it
     * empty rather than the family's main model, which is another model.}
     *
     * @param model the model, as {@link #read} gave it
     */
    public Optional<String> write(ModelRef model) {
        if (model.isInherit()) {
            return naming == Naming.CLAUDE_CODE ? Optional.of("inherit") : Optional.empty();
        }
        boolean claude = CLAUDE_FAMILIES.contains(model.family());
        String[] v = model.version().split("\\.");
        int major = 0;
        for (int i = 0; i < v[0].length() && Character.isDigit(v[0].charAt(i)) && major < 1000; i++) {
            major = major * 10 + (v[0].charAt(i) - '0');
        }
        // Claude 3 models are named version first (claude-3-5-sonnet), later ones family first (claude-sonnet-4-5).
        boolean claude3 = claude && major > 0 && major < 4;
        return switch (naming) {
            case CLAUDE_CODE -> {
                if (!claude || !model.variant().isEmpty()) {
                    yield Optional.empty();
                }
                if (model.version().isEmpty()) {
                    yield Optional.of(model.family());
                }
                yield Optional.of(claudeId(model, v, claude3));
            }
            case COPILOT -> {
                if (model.version().isEmpty()) {
                    yield Optional.empty();
                }
                yield switch (model.family()) {
                    case "gpt" ->
                        model.variant().isEmpty()
                                ? Optional.of("GPT-" + model.version())
                                : Optional.ofNullable(COPILOT_GPT_VARIANTS.get(model.variant()))
                                        .map(s -> "GPT-" + model.version() + s);
                    case "gemini" ->
                        model.variant().isEmpty()
                                ? Optional.of("Gemini " + model.version())
                                : Optional.ofNullable(COPILOT_GEMINI_VARIANTS.get(model.variant()))
                                        .map(s -> "Gemini " + model.version() + s);
                    default -> {
                        if (!claude || !model.variant().isEmpty()) {
                            yield Optional.empty();
                        }
                        String family = Character.toUpperCase(model.family().charAt(0))
                                + model.family().substring(1);
                        yield Optional.of(
                                claude3
                                        ? "Claude " + model.version() + " " + family
                                        : "Claude " + family + " " + model.version());
                    }
                };
            }
            case PROVIDER_SLASH_MODEL -> {
                if (model.version().isEmpty()) {
                    yield Optional.empty();
                }
                String suffix = model.variant().isEmpty() ? "" : "-" + model.variant();
                yield switch (model.family()) {
                    case "gpt" -> Optional.of("openai/gpt-" + model.version() + suffix);
                    case "gemini" -> Optional.of("gemini/gemini-" + model.version() + suffix);
                    default ->
                        claude && model.variant().isEmpty()
                                ? Optional.of("anthropic/" + claudeId(model, v, claude3))
                                : Optional.empty();
                };
            }
            case NONE -> Optional.empty();
        };
    }

    /**
     * A Claude model's id as Anthropic's API names it: {@code claude-3-5-sonnet-latest}, {@code claude-sonnet-4-0},
     * {@code claude-sonnet-4-5}, {@code claude-opus-5}.
     */
    private static String claudeId(ModelRef model, String[] v, boolean claude3) {
        if (claude3) {
            return "claude-" + String.join("-", v) + "-" + model.family() + "-latest";
        }
        if (v.length == 1 && v[0].equals("4")) {
            return "claude-" + model.family() + "-4-0";
        }
        return "claude-" + model.family() + "-" + String.join("-", v);
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
