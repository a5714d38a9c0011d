package org.persona4j.internal.convert;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.persona4j.Dialect;
import org.persona4j.PersonaMetadata;
import org.persona4j.convert.LedgerEntry;
import org.persona4j.convert.LedgerEntry.Outcome;
import org.persona4j.dialect.DialectSpec;
import org.persona4j.dialect.KeyRole;
import org.persona4j.dialect.KeySpec;
import org.persona4j.dialect.ModelRef;
import org.persona4j.internal.Values;

/**
 * Maps a source's front-matter keys to a target dialect's by what they mean ({@link KeyRole}), one ledger entry per
 * key: Cursor's {@code globs}, Copilot's {@code applyTo} and Claude's {@code paths} are one another's; tools are
 * translated through what each does, models through the model each names; a scope word ({@code general}) means every
 * file; a key with no role goes to the key of the same name where the target has one; every other key is lost, with
 * the reason. Each value is written in the form the target's table gives its key.
 */
final class KeyMapper {

    /**
     * The dialects that give an agent every tool when its tool list is left out (Claude Code's subagents, Copilot's
     * agents, prompts and chat modes), so that "no tools" must be written as an empty list. A skill's
     * {@code allowed-tools} only spares asking, and CrewAI gives no tools by default: leaving those out grants nothing.
     */
    private static final java.util.Set<Dialect> ABSENT_GIVES_EVERY_TOOL = java.util.EnumSet.of(
            Dialect.CLAUDE_SUBAGENT, Dialect.COPILOT_AGENT, Dialect.COPILOT_PROMPT, Dialect.COPILOT_CHAT_MODE);

    /**
     * The dialects whose tool list only spares asking (a skill's, and a Claude command's, which Claude Code reads as a
     * skill), where an agent's is the only tools it may use.
     */
    private static final java.util.Set<Dialect> TOOLS_PRE_APPROVED =
            java.util.EnumSet.of(Dialect.AGENT_SKILL, Dialect.CLAUDE_COMMAND);

    private final PersonaMetadata m;
    private final DialectSpec src;
    private final DialectSpec tgt;
    private final String name;
    private final MappedKeys out;
    private final Map<String, Object> fm;
    private final ScopeMapper scopes;

    KeyMapper(PersonaMetadata metadata, Dialect source, Dialect target, String name, String file) {
        this.m = metadata;
        this.src = source.spec();
        this.tgt = target.spec();
        this.name = name;
        this.out = new MappedKeys(metadata, file);
        this.fm = out.frontMatter();
        this.scopes = new ScopeMapper(metadata, src, tgt, out);
    }

    /** The ledger entries of every source key, in file order. */
    List<LedgerEntry> map() {
        for (String key : m.keys()) {
            map(key, m.values().get(key));
        }
        return out.ledger();
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
        Optional<KeySpec> from = src.key(key);
        KeyRole role = from.map(KeySpec::role).orElse(KeyRole.NONE);
        if (src.sectionKeys().contains(key)) {
            // A CrewAI agent's texts are its body's sections, which are written as sections.
            String heading = DialectSpec.sectionHeading(key);
            out.entry(key, Outcome.TRANSFORMED, "## " + heading, "written as the section '" + heading + "'");
            return;
        }
        if (!tgt.hasFrontMatter()) {
            out.lost(key, tgt.displayName() + "s have no front matter: the file is its Markdown alone");
            return;
        }
        if (from.isPresent() && from.get().isOutdated()) {
            Optional<KeySpec> replacement = tgt.key(from.get().replacement());
            if (replacement.isPresent() && !m.keys().contains(replacement.get().name())) {
                out.put(
                        key,
                        replacement.get().name(),
                        value,
                        Outcome.TRANSFORMED,
                        "'" + key + "' is " + from.get().status().name().toLowerCase(Locale.ROOT) + "; written as '"
                                + replacement.get().name() + "'");
                return;
            }
        }
        switch (role) {
            case TOOLS, DISALLOWED_TOOLS -> tools(key, from.get(), value);
            case MODEL -> model(key, from.get(), value);
            case PATTERNS -> scopes.patterns(key, from.get(), value);
            case ALWAYS -> scopes.always(key, value);
            case NAME -> name(key, value);
            case TITLE -> title(key, value);
            case DESCRIPTION -> description(key, value);
            case NONE -> sameName(key, value);
            default -> {
                Optional<KeySpec> to = tgt.keyFor(role);
                if (to.isPresent()) {
                    Object written = form(from.get(), to.get(), value);
                    boolean same = written.equals(value);
                    out.put(
                            key,
                            to.get().name(),
                            written,
                            same && key.equals(to.get().name()) ? Outcome.MAPPED : Outcome.TRANSFORMED,
                            same ? "" : "written as " + to.get().form());
                } else {
                    out.lost(key, noKey(key));
                }
            }
        }
    }

    /** A key without a shared meaning: the target's key of the same name. */
    private void sameName(String key, Object value) {
        if (tgt.key(key).isPresent()) {
            out.put(key, key, value, Outcome.MAPPED, "");
        } else {
            out.lost(key, noKey(key));
        }
    }

    /** A list value of one type written as another's ({@code tools: Read, Grep} as a YAML list). */
    private static Object form(KeySpec from, KeySpec to, Object value) {
        if (from.type().isList() && to.type().isList()) {
            return to.written(from.items(value));
        }
        return value;
    }

    private void name(String key, Object value) {
        Optional<KeySpec> to = tgt.keyFor(KeyRole.NAME);
        String text = Values.text(value);
        if (to.isPresent()) {
            if (!to.get().matchesPattern(text.strip())) {
                out.put(
                        key,
                        to.get().name(),
                        name,
                        Outcome.TRANSFORMED,
                        "made a name " + tgt.displayName() + "s accept: '" + name + "'");
            } else {
                out.put(key, to.get().name(), value, Outcome.MAPPED, "");
            }
        } else if (tgt.keyFor(KeyRole.TITLE).isPresent() && m.title().isEmpty()) {
            out.put(key, tgt.keyFor(KeyRole.TITLE).get().name(), value, Outcome.TRANSFORMED, "became the title");
        } else {
            out.entry(
                    key,
                    Outcome.TRANSFORMED,
                    "",
                    "named the file " + tgt.files().conventionalPath(name));
        }
    }

    private void title(String key, Object value) {
        Optional<KeySpec> to = tgt.keyFor(KeyRole.TITLE);
        Optional<KeySpec> asName = tgt.keyFor(KeyRole.NAME);
        Optional<KeySpec> asDescription = tgt.keyFor(KeyRole.DESCRIPTION);
        if (to.isPresent()) {
            out.put(
                    key,
                    to.get().name(),
                    value,
                    key.equals(to.get().name()) ? Outcome.MAPPED : Outcome.TRANSFORMED,
                    key.equals(to.get().name()) ? "" : "became '" + to.get().name() + "'");
        } else if (asName.isPresent() && m.name().isEmpty()) {
            out.put(key, asName.get().name(), name, Outcome.TRANSFORMED, "made the name '" + name + "'");
        } else if (asDescription.isPresent() && m.description().isEmpty()) {
            out.put(key, asDescription.get().name(), value, Outcome.TRANSFORMED, "became the description");
        } else if (m.name().isEmpty()) {
            out.entry(
                    key,
                    Outcome.TRANSFORMED,
                    "",
                    "named the file " + tgt.files().conventionalPath(name));
        } else {
            out.lost(key, noKey(key));
        }
    }

    private void description(String key, Object value) {
        Optional<KeySpec> to = tgt.keyFor(KeyRole.DESCRIPTION);
        if (to.isEmpty()) {
            out.lost(key, noKey(key));
            return;
        }
        String text = Values.text(value).strip();
        String oneLine = tgt.syntax() == org.persona4j.dialect.FrontMatterSyntax.LINES ? oneLine(text) : text;
        int max = to.get().maxLength();
        if (max > 0 && oneLine.length() > max) {
            out.put(
                    key,
                    to.get().name(),
                    Converter.cut(oneLine, max),
                    Outcome.TRANSFORMED,
                    "cut to the " + max + " characters a " + tgt.displayName() + "'s description may have");
        } else if (!oneLine.equals(text)) {
            out.put(
                    key,
                    to.get().name(),
                    oneLine,
                    Outcome.TRANSFORMED,
                    "joined into one line, as " + tgt.displayName() + "s are read a line at a time");
        } else {
            out.put(key, to.get().name(), value, Outcome.MAPPED, "");
        }
    }

    /** The text's lines, each stripped, joined by single spaces; linear in the text's length. */
    static String oneLine(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String line : (Iterable<String>) text.lines()::iterator) {
            String l = line.strip();
            if (!l.isEmpty()) {
                if (!out.isEmpty()) {
                    out.append(' ');
                }
                out.append(l);
            }
        }
        return out.toString();
    }

    /** Tools translated through what each does; a tool with no counterpart is named in the note. */
    private void tools(String key, KeySpec from, Object value) {
        Optional<KeySpec> to = tgt.keyFor(from.role());
        if (to.isEmpty() || tgt.tools().isEmpty()) {
            out.lost(key, tgt.displayName() + "s do not list tools");
            return;
        }
        ToolTranslation t = ToolTranslation.of(from.items(value), src.tools(), tgt.tools());
        if (t.names().contains("*") && tgt.tools().closed()) {
            out.entry(
                    key,
                    Outcome.TRANSFORMED,
                    "",
                    "every tool: left out, which gives a " + tgt.displayName() + " every tool");
            return;
        }
        if (t.names().isEmpty()) {
            if (!TOOLS_PRE_APPROVED.contains(src.dialect()) && ABSENT_GIVES_EVERY_TOOL.contains(tgt.dialect())) {
                // Left out, the key would give every tool; an empty list gives none, as the source did.
                out.put(
                        key,
                        to.get().name(),
                        List.of(),
                        Outcome.TRANSFORMED,
                        "no tools: an empty list, because " + tgt.displayName() + "s without '"
                                + to.get().name() + "' get every tool"
                                + (t.lost().isEmpty()
                                        ? ""
                                        : "; lost, with no counterpart: " + String.join(", ", t.lost())));
                return;
            }
            out.lost(
                    key,
                    t.lost().isEmpty()
                            ? "no tools"
                            : "no tool has a counterpart in " + tgt.displayName() + "s: "
                                    + String.join(", ", t.lost()));
            return;
        }
        Object written = to.get().written(t.names());
        boolean same = t.exact() && key.equals(to.get().name()) && written.equals(value);
        List<String> notes = new ArrayList<>();
        if (!t.exact()) {
            notes.add("translated into " + tgt.displayName() + "s' names: " + String.join(", ", t.names()));
        } else if (!same) {
            notes.add("written as " + to.get().form());
        }
        if (!t.lost().isEmpty()) {
            notes.add("lost, with no counterpart: " + String.join(", ", t.lost()));
        }
        if (TOOLS_PRE_APPROVED.contains(src.dialect()) != TOOLS_PRE_APPROVED.contains(tgt.dialect())) {
            notes.add("a skill's or command's tools are ones it may use without asking, an agent's the only ones it "
                    + "may use");
        }
        out.put(key, to.get().name(), written, same ? Outcome.MAPPED : Outcome.TRANSFORMED, String.join("; ", notes));
    }

    /** The model the value names, in the target's naming; a model the target cannot run is lost. */
    private void model(String key, KeySpec from, Object value) {
        Optional<KeySpec> to = tgt.keyFor(KeyRole.MODEL);
        if (to.isEmpty()) {
            out.lost(key, noKey(key));
            return;
        }
        List<String> names = from.items(value);
        for (String model : names) {
            if (src.models().naming() == tgt.models().naming() && tgt.models().accepts(model)) {
                out.put(
                        key,
                        to.get().name(),
                        model,
                        names.size() == 1 && key.equals(to.get().name()) ? Outcome.MAPPED : Outcome.TRANSFORMED,
                        names.size() == 1 ? "" : "the first of the list");
                return;
            }
            Optional<ModelRef> ref = src.models().read(model);
            if (ref.isPresent()
                    && ref.get().isInherit()
                    && tgt.models().write(ref.get()).isEmpty()) {
                out.entry(
                        key,
                        Outcome.TRANSFORMED,
                        "",
                        "'" + model + "': left out, which means the same model as the " + "conversation's in "
                                + tgt.displayName() + "s");
                return;
            }
            Optional<String> written = ref.flatMap(tgt.models()::write);
            if (written.isPresent()) {
                out.put(
                        key,
                        to.get().name(),
                        written.get(),
                        Outcome.TRANSFORMED,
                        "'" + model + "' is '" + written.get() + "' in " + tgt.displayName() + "s");
                return;
            }
        }
        out.lost(key, "'" + String.join(", ", names) + "' names no model " + tgt.displayName() + "s run on");
    }

    private String noKey(String key) {
        return tgt.displayName() + "s have no '" + key + "' key";
    }
}
