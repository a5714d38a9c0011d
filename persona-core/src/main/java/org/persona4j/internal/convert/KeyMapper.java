package org.persona4j.internal.convert;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.persona4j.Dialect;
import org.persona4j.PersonaMetadata;
import org.persona4j.convert.LedgerEntry;
import org.persona4j.convert.LedgerEntry.Origin;
import org.persona4j.convert.LedgerEntry.Outcome;
import org.persona4j.internal.Values;

/**
 * Maps a source's front-matter keys to a target dialect's, one ledger entry per key: the same key when the target
 * defines it, the equivalent key where dialects name one idea differently ({@code globs} and {@code applyTo},
 * {@code tools} and {@code allowed-tools}, a title and a name), each value in the form the target writes it (a
 * comma string or a YAML list); every other key is lost, with the reason.
 */
final class KeyMapper {

    private final PersonaMetadata m;
    private final Dialect source;
    private final Dialect target;
    private final String name;
    private final String file;
    private final Map<String, Object> fm = new LinkedHashMap<>();
    private final List<LedgerEntry> ledger = new ArrayList<>();

    /** The CrewAI agent keys whose text the reader makes a section, with the section's heading. */
    private static final Map<String, String> SECTION_KEYS =
            Map.of("role", "Role", "goal", "Goal", "backstory", "Backstory");

    KeyMapper(PersonaMetadata metadata, Dialect source, Dialect target, String name, String file) {
        this.m = metadata;
        this.source = source;
        this.target = target;
        this.name = name;
        this.file = file;
    }

    /** The ledger entries of every source key, in file order. */
    List<LedgerEntry> map() {
        for (String key : m.keys()) {
            map(key, m.value(key).orElse(null));
        }
        return ledger;
    }

    /** The target's front matter as mapped so far; the caller may add to it. */
    Map<String, Object> frontMatter() {
        return fm;
    }

    /** {@code fm} in the order of the dialect's keys, other keys after them. */
    static Map<String, Object> ordered(Map<String, Object> fm, Dialect dialect) {
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (String k : dialect.keys()) {
            if (fm.containsKey(k)) {
                ordered.put(k, fm.get(k));
            }
        }
        fm.forEach(ordered::putIfAbsent);
        return ordered;
    }

    private void map(String key, Object value) {
        if (source == Dialect.CREWAI_AGENT && !defines(key) && SECTION_KEYS.containsKey(key)) {
            // A CrewAI agent's texts are its body's sections, which are written as sections.
            entry(
                    key,
                    Outcome.TRANSFORMED,
                    "## " + SECTION_KEYS.get(key),
                    "written as the section '" + SECTION_KEYS.get(key) + "'");
            return;
        }
        switch (key) {
            case "name" -> name(value);
            case "title" -> title(value);
            case "description" -> description(value);
            case "tools" -> tools(key, value);
            case "allowed-tools" -> tools(key, value);
            case "applyTo", "globs" -> patterns(key, value);
            case "alwaysApply" -> alwaysApply(value);
            default -> {
                if (defines(key)) {
                    put(key, key, value, Outcome.MAPPED, "");
                } else {
                    lost(key, noKey(key));
                }
            }
        }
    }

    private void name(Object value) {
        if (defines("name")) {
            String text = Values.text(value);
            if (target == Dialect.AGENT_SKILL && !text.equals(name)) {
                put(
                        "name",
                        "name",
                        name,
                        Outcome.TRANSFORMED,
                        "made a skill name (lowercase letters, digits and " + "hyphens): '" + name + "'");
            } else {
                put("name", "name", value, Outcome.MAPPED, "");
            }
        } else if (target == Dialect.AI_LEY && m.title().isEmpty()) {
            put("name", "title", value, Outcome.TRANSFORMED, "became the title");
        } else {
            entry("name", Outcome.TRANSFORMED, "", "named the file " + target.conventionalPath(name));
        }
    }

    private void title(Object value) {
        if (defines("title")) {
            put("title", "title", value, Outcome.MAPPED, "");
        } else if (defines("name") && m.name().isEmpty()) {
            put("title", "name", name, Outcome.TRANSFORMED, "made the name '" + name + "'");
        } else if (m.description().isEmpty() && !m.extra().containsKey("description")) {
            put("title", "description", value, Outcome.TRANSFORMED, "became the description");
        } else if (m.name().isEmpty()) {
            entry("title", Outcome.TRANSFORMED, "", "named the file " + target.conventionalPath(name));
        } else {
            lost("title", noKey("title"));
        }
    }

    private void description(Object value) {
        String text = Values.text(value);
        if (target == Dialect.AGENT_SKILL && text.strip().length() > Converter.SKILL_DESCRIPTION_MAX) {
            put(
                    "description",
                    "description",
                    Converter.cut(text.strip(), Converter.SKILL_DESCRIPTION_MAX),
                    Outcome.TRANSFORMED,
                    "cut to the " + Converter.SKILL_DESCRIPTION_MAX + " characters a skill's "
                            + "description may have");
        } else {
            put("description", "description", value, Outcome.MAPPED, "");
        }
    }

    /** {@code tools} (a comma string or a list) and a skill's {@code allowed-tools} (separated by spaces). */
    private void tools(String key, Object value) {
        List<String> tools = key.equals("allowed-tools") ? Values.words(value) : Values.list(value);
        switch (target) {
            case CLAUDE_SUBAGENT -> {
                String joined = String.join(", ", tools);
                boolean same = key.equals("tools")
                        && value instanceof String s
                        && s.strip().equals(joined);
                put(
                        key,
                        "tools",
                        joined,
                        same ? Outcome.MAPPED : Outcome.TRANSFORMED,
                        same ? "" : "written as a comma-separated string");
            }
            case COPILOT_AGENT, COPILOT_CHAT_MODE, COPILOT_PROMPT -> {
                boolean same = key.equals("tools") && value instanceof List<?>;
                put(
                        key,
                        "tools",
                        tools,
                        same ? Outcome.MAPPED : Outcome.TRANSFORMED,
                        same ? "" : "written as a YAML list");
            }
            case AGENT_SKILL -> {
                String joined = String.join(" ", tools);
                boolean same = key.equals("allowed-tools")
                        && value instanceof String s
                        && s.strip().equals(joined);
                put(
                        key,
                        "allowed-tools",
                        joined,
                        same ? Outcome.MAPPED : Outcome.TRANSFORMED,
                        same ? "" : "written as allowed-tools, separated by spaces");
            }
            default -> lost(key, target.displayName() + "s do not list tools");
        }
    }

    /** {@code applyTo} and Cursor's {@code globs}: the files a persona applies to. */
    private void patterns(String key, Object value) {
        List<String> patterns = Values.list(value);
        String to = switch (target) {
            case CURSOR_RULE -> "globs";
            case COPILOT_INSTRUCTIONS, AI_LEY -> "applyTo";
            default -> null;
        };
        if (to == null) {
            lost(key, target.displayName() + "s do not say which files they apply to");
            return;
        }
        List<String> merged = new ArrayList<>(Values.list(fm.get(to)));
        boolean adding = !merged.isEmpty();
        merged.addAll(patterns);
        // Copilot's applyTo and Cursor's globs are comma strings; AI-LEY's applyTo is a YAML list.
        Object written = target == Dialect.AI_LEY ? List.copyOf(merged) : String.join(",", merged);
        boolean same = !adding
                && key.equals(to)
                && (target == Dialect.AI_LEY
                        ? value instanceof List<?>
                        : value instanceof String s && s.strip().equals(written));
        String how = adding
                ? "added to " + to
                : key.equals(to)
                        ? "written as " + (target == Dialect.AI_LEY ? "a YAML list" : "a comma-separated string")
                        : "became " + to;
        fm.put(to, written);
        entry(key, same ? Outcome.MAPPED : Outcome.TRANSFORMED, to, same ? "" : how);
    }

    private void alwaysApply(Object value) {
        if (target == Dialect.CURSOR_RULE) {
            put("alwaysApply", "alwaysApply", value, Outcome.MAPPED, "");
            return;
        }
        boolean always = Boolean.TRUE.equals(value)
                || "true".equalsIgnoreCase(Values.text(value).strip());
        boolean patterns = !m.filePatterns().isEmpty();
        if (always && !patterns && (target == Dialect.COPILOT_INSTRUCTIONS || target == Dialect.AI_LEY)) {
            fm.put("applyTo", target == Dialect.AI_LEY ? List.of("**") : "**");
            entry(
                    "alwaysApply",
                    Outcome.TRANSFORMED,
                    "applyTo",
                    "a rule applied always applies to every file: " + "applyTo '**'");
        } else {
            lost(
                    "alwaysApply",
                    target.displayName() + "s have no 'alwaysApply'"
                            + (always && patterns ? "; the file patterns say where it applies" : ""));
        }
    }

    private boolean defines(String key) {
        return target.keys().contains(key);
    }

    private String noKey(String key) {
        return target.displayName() + "s have no '" + key + "' key";
    }

    private void put(String key, String to, Object value, Outcome outcome, String note) {
        if (fm.containsKey(to)) {
            lost(key, "'" + to + "' was already written from another key");
            return;
        }
        fm.put(to, value);
        entry(key, outcome, to, note);
    }

    private void lost(String key, String why) {
        entry(key, Outcome.LOST, "", why);
    }

    private void entry(String key, Outcome outcome, String to, String note) {
        ledger.add(new LedgerEntry(Origin.KEY, key, outcome, to, note, file, Converter.spanOf(m, key)));
    }
}
