package org.persona4j;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.persona4j.dialect.DialectSpec;
import org.persona4j.dialect.IdRule;
import org.persona4j.internal.dialect.Detection;
import org.persona4j.internal.dialect.DialectTables;
import org.persona4j.internal.dialect.Slugs;

/**
 * The persona formats in use. What each one is (its keys, how its tool reads the front matter, which files are its,
 * its tool and model names, the vendor documentation behind it) is its {@link #spec()}, the one table everything in
 * persona4j reads. A file's dialect is told by {@link #detect(String, Collection, CharSequence)}: by its name
 * ({@code *.agent.md}, {@code SKILL.md}, {@code AGENTS.md}…), then by its folder ({@code .claude/agents},
 * {@code .claude/rules}, {@code .github/agents}), then by its keys (in or below a {@code commands} folder a file with a
 * Claude command's keys, or whose body reads its arguments, and no {@code title} is a command; elsewhere a Claude
 * subagent has {@code name} and {@code description} and no {@code title}, a Cursor rule {@code globs} or
 * {@code alwaysApply} and no {@code title}); anything else is an AI-LEY persona. {@link ReadOptions.Builder#dialect}
 * overrides it. A front-matter {@code id} always names the persona; without one, {@link #idFor} does.
 */
public enum Dialect {

    /** An AI-LEY persona: {@code title}, {@code version}, sections by meaning. The reference format. */
    AI_LEY,
    /** A Claude Code subagent ({@code .claude/agents/*.md}): {@code name}, {@code description}, {@code tools}… */
    CLAUDE_SUBAGENT,
    /** A GitHub Copilot custom agent ({@code *.agent.md}, or any Markdown file in {@code .github/agents}). */
    COPILOT_AGENT,
    /** GitHub Copilot path-specific instructions ({@code *.instructions.md}). */
    COPILOT_INSTRUCTIONS,
    /** A GitHub Copilot chat mode ({@code *.chatmode.md}); retired, read as the custom agent it now is. */
    COPILOT_CHAT_MODE,
    /** A GitHub Copilot prompt file ({@code *.prompt.md}). */
    COPILOT_PROMPT,
    /** A Cursor rule ({@code *.mdc}), whose front matter Cursor reads a line at a time. */
    CURSOR_RULE,
    /** An Agent Skill ({@code SKILL.md} and the files of its folder). */
    AGENT_SKILL,
    /**
     * The agents of a CrewAI project ({@code agents.yaml}): one YAML file, one persona per top-level key, with its
     * {@code role}, {@code goal} and {@code backstory}. Read, linted and converted from, but not written.
     */
    CREWAI_AGENT,
    /** An {@code AGENTS.md}: plain Markdown for its folder and below; the nearest one takes precedence. */
    AGENTS_MD,
    /** Claude Code's {@code CLAUDE.md} (or {@code CLAUDE.local.md}): plain Markdown for its folder and below. */
    CLAUDE_MD,
    /** Gemini CLI's {@code GEMINI.md}: plain Markdown for its folder and below. */
    GEMINI_MD,
    /** GitHub Copilot's repository-wide {@code .github/copilot-instructions.md}: plain Markdown for every file. */
    COPILOT_REPOSITORY_INSTRUCTIONS,
    /** A Claude Code rule ({@code .claude/rules/*.md}), for the files its {@code paths} match or for all. */
    CLAUDE_RULE,
    /**
     * A Claude Code custom command ({@code .claude/commands/*.md}, a plugin's {@code commands/*.md} beside its
     * {@code .claude-plugin/plugin.json}, or a file with a command's keys or {@code $ARGUMENTS} in its body in or below a
     * {@code commands} folder): a prompt started as {@code /name}, which Claude Code now reads as a skill.
     */
    CLAUDE_COMMAND;

    /** An Agent Skill's {@code name}: at most this many lowercase letters, digits and hyphens. */
    public static final int SKILL_NAME_MAX = 64;
    /** An Agent Skill's {@code description}: at most this many characters. */
    public static final int SKILL_DESCRIPTION_MAX = 1024;
    /** A Copilot custom agent's prompt (its body): Copilot reads at most this many characters. */
    public static final int COPILOT_AGENT_BODY_MAX = 30_000;

    /** {@return what this dialect is, as its vendor documents it: the table the rest of persona4j reads} */
    public DialectSpec spec() {
        return DialectTables.of(this);
    }

    /**
     * The dialect's name for people: {@code Claude Code subagent}, {@code Cursor rule}…
     *
     * @return the name people know the dialect by
     */
    public String displayName() {
        return spec().displayName();
    }

    /**
     * {@return where a persona of this dialect named {@code name} conventionally lives, relative to a repository's
     * root: {@code .claude/agents/NAME.md}, {@code .github/agents/NAME.agent.md}, {@code .cursor/rules/NAME.mdc},
     * {@code skills/NAME/SKILL.md}, {@code AGENTS.md}…}
     *
     * @param name a file name without extension; it should be a slug, as {@link #slug} makes
     */
    public String conventionalPath(String name) {
        return spec().files().conventionalPath(name);
    }

    /**
     * {@return whether {@link Personas#convert} writes this dialect: every one but CrewAI's, whose agents share a
     * file, and the retired ones, whose replacement is written instead}
     */
    public boolean writable() {
        return !spec().files().severalPerFile() && spec().lifecycle() != org.persona4j.dialect.Lifecycle.RETIRED;
    }

    /**
     * {@return a name every dialect accepts as a file name and as an Agent Skill's {@code name}: lowercase ASCII
     * letters and digits, other runs of characters made one hyphen, at most 64 characters; {@code C#} is
     * {@code csharp}, {@code C++} {@code cpp}, {@code F#} {@code fsharp}, {@code .NET} {@code dotnet}, so that they
     * stay apart; {@code persona} when nothing is left}
     *
     * @param text any text, such as a persona's title
     */
    public static String slug(String text) {
        return Slugs.slug(text);
    }

    /** {@return the front-matter keys this dialect defines, in the order its files usually write them} */
    public java.util.List<String> keys() {
        return spec().keyNames();
    }

    /**
     * {@return the dialect a name given on a command line or in configuration stands for: one of its
     * {@link DialectSpec#names()} ({@code claude}, {@code cursor}, {@code skill}, {@code agents-md}…) or its constant's
     * name, ignoring case and with {@code _} or {@code -} alike}
     *
     * @param name a dialect's name
     */
    public static Optional<Dialect> named(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Dialect d : values()) {
            if (d.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(n)
                    || d.spec().names().contains(n)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /**
     * {@return the dialect of a file, by the rules above}
     *
     * @param path the file's path or name; folders count ({@code .claude/rules/x.md})
     * @param keys the front-matter keys, in any order
     */
    public static Dialect detect(String path, Collection<String> keys) {
        return Detection.detect(path, keys::contains);
    }

    /**
     * {@return the dialect of a file, by the rules above and one its body tells: in or below a {@code commands} folder,
     * a file without {@code title} whose body reads a command's arguments ({@code $ARGUMENTS}) is a Claude command,
     * whatever its keys}
     *
     * @param path the file's path or name; folders count
     * @param keys the front-matter keys, in any order
     * @param body the text after the front matter
     */
    public static Dialect detect(String path, Collection<String> keys, CharSequence body) {
        java.util.Objects.requireNonNull(body, "body");
        return Detection.detect(path, keys::contains, () -> Detection.takesArguments(body));
    }

    /**
     * {@return the dialect a file's name ({@code *.agent.md}, {@code SKILL.md}, {@code AGENTS.md}…) or folder
     * ({@code .claude/agents}, {@code .claude/rules}, {@code .github/agents}) tells, before its keys are read; empty
     * when only its keys can tell}
     *
     * @param path the file's path or name
     */
    public static Optional<Dialect> fromPath(String path) {
        return Detection.byPath(path);
    }

    /**
     * {@return {@link #detect(String, Collection)} for read front matter, without listing its keys} The body is not
     * looked at: a file that only its body makes a Claude command (see {@link #detect(String, Collection,
     * CharSequence)}) is AI-LEY by this method, while the persona read from it says {@code CLAUDE_COMMAND}.
     *
     * @param path     the file's path or name; folders count
     * @param metadata the front matter as read
     */
    public static Dialect detect(String path, PersonaMetadata metadata) {
        return Detection.detect(
                path, k -> metadata.value(k).isPresent() || metadata.span(k).isPresent());
    }

    /**
     * {@return the id a persona of this dialect gets when its front matter names none}
     *
     * @param pathId   the file's path below its root without its extension ({@code agents/reviewer.agent})
     * @param metadata the front matter
     */
    public String idFor(String pathId, PersonaMetadata metadata) {
        DialectSpec spec = spec();
        String id = pathId;
        for (String suffix : spec.files().suffixes()) {
            int dot = suffix.lastIndexOf('.');
            String inner = dot > 0 ? suffix.substring(0, dot) : "";
            if (!inner.isEmpty() && id.toLowerCase(Locale.ROOT).endsWith(inner) && id.length() > inner.length()) {
                id = id.substring(0, id.length() - inner.length());
                break;
            }
        }
        if (spec.files().id() == IdRule.NAME_KEY) {
            return metadata.name().orElse(id);
        }
        if (spec.files().id() == IdRule.FOLDER) {
            int slash = id.lastIndexOf('/');
            return slash > 0 ? id.substring(0, slash) : id;
        }
        return id;
    }
}
