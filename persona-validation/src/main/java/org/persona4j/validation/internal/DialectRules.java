package org.persona4j.validation.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.persona4j.Dialect;
import org.persona4j.Persona;
import org.persona4j.PersonaMetadata;
import org.persona4j.Severity;
import org.persona4j.SourceSpan;
import org.persona4j.TerminalText;
import org.persona4j.dialect.DialectSpec;
import org.persona4j.dialect.KeyRole;
import org.persona4j.dialect.KeySpec;
import org.persona4j.dialect.KeyType;
import org.persona4j.dialect.Lifecycle;
import org.persona4j.dialect.Presence;
import org.persona4j.dialect.ToolVocabulary;
import org.persona4j.validation.Findings;
import org.persona4j.validation.LintRule;
import org.persona4j.validation.LintTarget;

/**
 * What silently breaks a persona in its vendor's tool, checked from its dialect's table ({@link Dialect#spec()}): names
 * the tool refuses, values of the wrong form, retired formats and keys, tools and models the tool does not know,
 * quoted Cursor globs, a body longer than the tool reads.
 */
public final class DialectRules {

    private DialectRules() {}

    public static List<LintRule> rules() {
        return List.of(
                new SimpleRule(
                        "dialect.hidden-name",
                        Severity.ERROR,
                        "a persona's name and id hold no invisible characters: 'research\u200Bagent' would pass for "
                                + "another agent's name",
                        DialectRules::hiddenName),
                new SimpleRule(
                        "dialect.name",
                        Severity.ERROR,
                        "a name the vendor's tool accepts: a Claude subagent's has no ':' and does not start with '-'; "
                                + "an Agent Skill's is lowercase letters, digits and single hyphens, its folder's name",
                        DialectRules::name),
                new SimpleRule(
                        "dialect.recommended",
                        Severity.WARNING,
                        "keys the vendor asks for are present (a Copilot agent's description, an instructions "
                                + "file's applyTo)",
                        DialectRules::recommended),
                new SimpleRule(
                        "dialect.value",
                        Severity.WARNING,
                        "each key's value has the form its vendor documents: one of its values, true or false, a "
                                + "number, a mapping, within its length",
                        DialectRules::values),
                new SimpleRule(
                        "dialect.retired",
                        Severity.WARNING,
                        "no retired format or key (Copilot chat modes, a prompt file's mode, a custom agent's infer)",
                        DialectRules::retired),
                new SimpleRule(
                        "dialect.body-too-long",
                        Severity.WARNING,
                        "the body is within what the vendor's tool reads (a Copilot agent's 30,000 characters)",
                        DialectRules::bodyLength),
                new SimpleRule(
                        "dialect.unknown-tool",
                        Severity.WARNING,
                        "the tools a persona lists are tools its vendor's tool knows, or MCP tools in its form",
                        DialectRules::tools),
                new SimpleRule(
                        "dialect.tools-overlap",
                        Severity.WARNING,
                        "no tool is both allowed and disallowed",
                        DialectRules::overlap),
                new SimpleRule(
                        "dialect.model",
                        Severity.WARNING,
                        "the model is one the vendor's tool takes (Claude Code: its aliases or a Claude model id)",
                        DialectRules::model),
                new SimpleRule(
                        "dialect.quoted-glob",
                        Severity.WARNING,
                        "a Cursor rule's globs are unquoted, because Cursor keeps quotes and brackets as part of them",
                        DialectRules::quotedGlobs),
                new SimpleRule(
                        "dialect.hooks",
                        Severity.ERROR,
                        "a Claude subagent's hooks is a mapping of events, because Claude Code does not load a "
                                + "subagent whose hooks is a list",
                        DialectRules::hooks));
    }

    /** An invisible character in the name a tool calls the persona by, or in its id (a CrewAI agent's key). */
    private static void hiddenName(LintTarget target, Findings findings) {
        Persona p = target.persona();
        java.util.Set<String> names = new java.util.LinkedHashSet<>(); // the id is often the name itself
        names.add(p.id().substring(p.id().indexOf('#') + 1));
        p.metadata().name().ifPresent(names::add);
        for (String n : names) {
            int prev = -1;
            for (int i = 0; i < n.length(); ) {
                int cp = n.codePointAt(i);
                int next = i + Character.charCount(cp) < n.length() ? n.codePointAt(i + Character.charCount(cp)) : -1;
                if (HiddenCharacters.classify(prev, cp, next, false) != null
                        || Character.getType(cp) == Character.FORMAT) {
                    findings.report(
                            p.metadata().span(KeyRole.NAME).orElse(SourceSpan.FILE),
                            "the name '" + TerminalText.escape(Quote.shorten(n)) + "' holds U+"
                                    + String.format(java.util.Locale.ROOT, "%04X", cp)
                                    + ", which no one sees: it passes for another name; remove it");
                    break;
                }
                prev = cp;
                i += Character.charCount(cp);
            }
        }
    }

    /** The name against its key's pattern and length, and, for a dialect whose folder is the unit, the folder. */
    private static void name(LintTarget target, Findings findings) {
        Persona p = target.persona();
        DialectSpec spec = p.dialect().spec();
        Optional<KeySpec> key = spec.keyFor(KeyRole.NAME);
        Optional<String> name = p.metadata().name();
        if (key.isEmpty() || name.isEmpty()) {
            return; // a missing name is dialect.required's
        }
        SourceSpan at = p.metadata().span(KeyRole.NAME).orElse(SourceSpan.FILE);
        String n = name.get();
        if (!key.get().matchesPattern(n)) {
            findings.report(
                    at,
                    spec.displayName() + "s' tools do not accept the name '" + Quote.shorten(n) + "': "
                            + key.get().help());
        }
        if (!spec.files().folderIsUnit()) {
            return;
        }
        Optional<String> folder = target.path()
                .map(Path::toAbsolutePath)
                .map(Path::getParent)
                .map(Path::getFileName)
                .map(String::valueOf);
        if (folder.isPresent() && !folder.get().equals(n)) {
            findings.report(
                    at,
                    "the name '" + Quote.shorten(n) + "' differs from its folder '" + Quote.shorten(folder.get())
                            + "'; " + spec.displayName() + "s are named by their folder: rename one of them");
        }
    }

    private static void recommended(LintTarget target, Findings findings) {
        PersonaMetadata m = target.persona().metadata();
        DialectSpec spec = target.persona().dialect().spec();
        if (!spec.hasFrontMatter()) {
            return;
        }
        for (KeySpec key : spec.keys()) {
            if (key.presence() == Presence.RECOMMENDED
                    && m.text(key.name()).filter(v -> !v.isBlank()).isEmpty()
                    && m.list(key.name()).isEmpty()) {
                findings.report(
                        m.span(key.name()).orElse(SourceSpan.FILE),
                        spec.displayName() + "s should set '" + key.name() + "': " + key.help());
            }
        }
    }

    private static void values(LintTarget target, Findings findings) {
        PersonaMetadata m = target.persona().metadata();
        for (KeySpec key : target.persona().dialect().spec().keys()) {
            Object value = m.values().get(key.name());
            if (value == null) {
                continue;
            }
            SourceSpan at = m.span(key.name()).orElse(SourceSpan.FILE);
            boolean checked = switch (key.type()) {
                case ENUM, BOOLEAN, INTEGER, MAP, LIST_OF_MAPS -> true;
                case TEXT_OR_LIST -> !key.values().isEmpty();
                default -> false;
            };
            if (checked && !key.fits(value)) {
                findings.report(
                        at,
                        "'" + key.name() + "' should be " + key.form() + ", not '"
                                + Quote.shorten(String.valueOf(value)) + "'"
                                + (value instanceof String && key.type() == KeyType.BOOLEAN
                                        ? "; quoted, it is text, which the tool does not read as true"
                                        : ""));
            }
            String text = KeySpec.text(value).orElse("");
            if (key.maxLength() > 0 && text.strip().length() > key.maxLength()) {
                findings.report(
                        at,
                        "'" + key.name() + "' has " + text.strip().length() + " characters; at most " + key.maxLength()
                                + " are allowed");
            }
        }
    }

    private static void retired(LintTarget target, Findings findings) {
        Persona p = target.persona();
        DialectSpec spec = p.dialect().spec();
        if (spec.lifecycle() != Lifecycle.CURRENT) {
            DialectSpec now = spec.replacement().spec();
            findings.report(
                    SourceSpan.FILE,
                    spec.displayName() + "s are " + spec.lifecycle().name().toLowerCase(java.util.Locale.ROOT)
                            + ": write a " + now.displayName() + " instead ("
                            + now.files().conventionalPath("NAME") + "). " + spec.notes());
        }
        for (KeySpec key : spec.keys()) {
            if (key.isOutdated() && p.metadata().keys().contains(key.name())) {
                findings.report(
                        p.metadata().span(key.name()).orElse(SourceSpan.FILE),
                        "'" + key.name() + "' is " + key.status().name().toLowerCase(java.util.Locale.ROOT) + " in "
                                + spec.displayName() + "s; write " + key.replacement() + " instead");
            }
        }
    }

    private static void bodyLength(LintTarget target, Findings findings) {
        int max = target.persona().dialect().spec().maxBodyChars();
        if (max <= 0) {
            return;
        }
        String text = target.text();
        int body = text.length() - FrontMatterTexts.rawFrontMatter(text).length();
        if (body > max) {
            findings.report(
                    SourceSpan.FILE,
                    "the body has " + body + " characters; "
                            + target.persona().dialect().displayName() + "s are read up to " + max);
        }
    }

    /**
     * Tool names the dialect's tool does not know: every one where the tool knows its own names only and drops the
     * rest (Claude Code), and only near misses of a known name where it also takes names this table cannot list
     * (Copilot's extension and CLI tools, a skill's tools in any client).
     */
    private static void tools(LintTarget target, Findings findings) {
        Persona p = target.persona();
        ToolVocabulary tools = p.dialect().spec().tools();
        if (tools.isEmpty()) {
            return;
        }
        for (KeyRole role : List.of(KeyRole.TOOLS, KeyRole.DISALLOWED_TOOLS)) {
            SourceSpan at = p.metadata().span(role).orElse(SourceSpan.FILE);
            int reported = 0;
            for (String tool : p.metadata().list(role)) {
                if (tools.knows(tool)) {
                    continue;
                }
                Optional<String> closest = Suggest.closest(tools.toolOf(tool), tools.currentNames());
                if ((tools.closed() || closest.isPresent()) && reported++ < 20) {
                    findings.report(
                            at,
                            "'" + Quote.shorten(tool) + "' is not a tool "
                                    + p.dialect().displayName() + "s know"
                                    + closest.map(k -> " (did you mean '" + k + "'?)")
                                            .orElse("")
                                    + "; " + mcpForm(tools) + ". The tool ignores names it does not know");
                }
            }
        }
    }

    private static String mcpForm(ToolVocabulary tools) {
        return tools.mcp().isEmpty()
                ? "it lists no MCP tools"
                : "an MCP tool is written "
                        + String.join(
                                " or ",
                                tools.mcp().stream()
                                        .map(f -> f.write(new org.persona4j.dialect.McpTool("server", "tool")))
                                        .toList());
    }

    private static void overlap(LintTarget target, Findings findings) {
        PersonaMetadata m = target.persona().metadata();
        ToolVocabulary tools = target.persona().dialect().spec().tools();
        // A disallowed entry takes away what it names: a whole tool (Bash) overlaps any allowed use of it, a pattern
        // (Bash(rm:*)) only the same pattern; an allowed tool narrowed by a disallowed pattern is a narrowing.
        java.util.function.UnaryOperator<String> same =
                t -> tools.ignoreCase() ? t.strip().toLowerCase(java.util.Locale.ROOT) : t.strip();
        Set<String> allowedTools = new LinkedHashSet<>();
        Set<String> allowedEntries = new LinkedHashSet<>();
        for (String t : m.tools()) {
            allowedTools.add(same.apply(tools.toolOf(t)));
            allowedEntries.add(same.apply(t));
        }
        List<String> both = new ArrayList<>();
        for (String d : m.list(KeyRole.DISALLOWED_TOOLS)) {
            boolean whole = tools.toolOf(d).equals(d.strip());
            if (whole ? allowedTools.contains(same.apply(d)) : allowedEntries.contains(same.apply(d))) {
                both.add(d.strip());
            }
        }
        if (!both.isEmpty()) {
            findings.report(
                    m.span(KeyRole.DISALLOWED_TOOLS).orElse(SourceSpan.FILE),
                    "allowed and disallowed at once: " + Quote.shorten(String.join(", ", both))
                            + "; the disallowed list wins, so remove them from one of the two lists");
        }
    }

    private static void model(LintTarget target, Findings findings) {
        Persona p = target.persona();
        DialectSpec spec = p.dialect().spec();
        for (String model : p.metadata().list(KeyRole.MODEL)) {
            if (!spec.models().accepts(model)) {
                findings.report(
                        p.metadata().span(KeyRole.MODEL).orElse(SourceSpan.FILE),
                        "'" + Quote.shorten(model) + "' is not a model name " + spec.displayName() + "s take"
                                + (spec.models().aliases().isEmpty()
                                        ? "; use a name its model picker shows, such as 'Claude Sonnet 4.5' or "
                                                + "'GPT-4.1'"
                                        : "; use "
                                                + String.join(
                                                        ", ", spec.models().aliases())
                                                + ", or a Claude model id such as claude-sonnet-4-5"));
            }
        }
    }

    private static void quotedGlobs(LintTarget target, Findings findings) {
        Persona p = target.persona();
        if (p.dialect().spec().syntax() != org.persona4j.dialect.FrontMatterSyntax.LINES) {
            return;
        }
        PersonaMetadata m = p.metadata();
        for (String glob : m.filePatterns()) {
            if (glob.indexOf('"') >= 0 || glob.indexOf('\'') >= 0 || glob.startsWith("[") || glob.endsWith("]")) {
                findings.report(
                        m.span(KeyRole.PATTERNS).orElse(SourceSpan.FILE),
                        "'" + Quote.shorten(glob) + "' has quotes or brackets, which Cursor keeps as part of the "
                                + "glob, so the rule matches no file; write the globs unquoted, separated by commas");
                return;
            }
        }
    }

    private static void hooks(LintTarget target, Findings findings) {
        Persona p = target.persona();
        if (p.dialect() != Dialect.CLAUDE_SUBAGENT) {
            return;
        }
        p.metadata().keys().stream()
                .filter(k -> p.dialect().spec().key(k).map(KeySpec::role).orElse(KeyRole.NONE) == KeyRole.HOOKS)
                .filter(k -> p.metadata().values().get(k) instanceof List<?>)
                .forEach(k -> findings.report(
                        p.metadata().span(k).orElse(SourceSpan.FILE),
                        "'" + k + "' is a list; Claude Code does not load a subagent whose hooks are not a mapping "
                                + "of event names, so remove the key or write the events"));
    }
}
