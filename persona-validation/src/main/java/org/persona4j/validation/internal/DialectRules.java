package org.persona4j.validation.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.persona4j.Dialect;
import org.persona4j.PersonaMetadata;
import org.persona4j.Severity;
import org.persona4j.SourceSpan;
import org.persona4j.catalog.AppliesTo;
import org.persona4j.validation.Findings;
import org.persona4j.validation.LintRule;
import org.persona4j.validation.LintTarget;

/**
 * The rules each dialect sets for its own files, checked only on personas of that dialect: an Agent Skill's name and
 * description, a Claude subagent's required keys, a Cursor rule's {@code alwaysApply} and {@code globs}, a Copilot
 * agent's body length.
 */
public final class DialectRules {

    static final int SKILL_NAME_MAX = Dialect.SKILL_NAME_MAX;
    static final int SKILL_DESCRIPTION_MAX = Dialect.SKILL_DESCRIPTION_MAX;
    static final int COPILOT_AGENT_BODY_MAX = Dialect.COPILOT_AGENT_BODY_MAX;

    private DialectRules() {}

    public static List<LintRule> rules() {
        return List.of(
                new SimpleRule(
                        "dialect.skill-name",
                        Severity.ERROR,
                        "an Agent Skill's name is at most " + SKILL_NAME_MAX
                                + " lowercase letters, digits and hyphens, and is its directory's name",
                        DialectRules::skillName),
                new SimpleRule(
                        "dialect.skill-description",
                        Severity.ERROR,
                        "an Agent Skill has a description of " + "at most " + SKILL_DESCRIPTION_MAX + " characters",
                        DialectRules::skillDescription),
                new SimpleRule(
                        "dialect.required",
                        Severity.ERROR,
                        "a Claude subagent has a name and a description",
                        DialectRules::subagentKeys),
                new SimpleRule(
                        "dialect.cursor-rule",
                        Severity.ERROR,
                        "a Cursor rule's alwaysApply is true or false " + "and its globs are within the pattern bounds",
                        DialectRules::cursorRule),
                new SimpleRule(
                        "dialect.body-too-long",
                        Severity.WARNING,
                        "a Copilot agent's prompt is at most " + COPILOT_AGENT_BODY_MAX + " characters",
                        DialectRules::copilotAgentBody),
                new SimpleRule(
                        "dialect.unknown-tool",
                        Severity.WARNING,
                        "the tools a Claude subagent, skill or "
                                + "Copilot agent lists are tools it knows, or MCP tools in its form",
                        DialectRules::tools));
    }

    private static void tools(LintTarget target, Findings findings) {
        Dialect dialect = target.persona().dialect();
        if (!KnownTools.checks(dialect)) {
            return;
        }
        PersonaMetadata m = target.persona().metadata();
        SourceSpan at = m.span(dialect == Dialect.AGENT_SKILL ? "allowed-tools" : "tools")
                .orElse(SourceSpan.FILE);
        int reported = 0;
        for (String tool : KnownTools.listed(target.persona())) {
            java.util.Optional<String> problem = KnownTools.problem(dialect, tool);
            if (problem.isPresent() && reported++ < 20) {
                findings.report(at, problem.get());
            }
        }
    }

    private static void skillName(LintTarget target, Findings findings) {
        if (target.persona().dialect() != Dialect.AGENT_SKILL) {
            return;
        }
        PersonaMetadata m = target.persona().metadata();
        Optional<String> name = m.name();
        SourceSpan at = m.span("name").orElse(SourceSpan.FILE);
        if (name.isEmpty()) {
            findings.report(at, "a skill needs a 'name': lowercase letters, digits and hyphens, as its directory");
            return;
        }
        String n = name.get();
        if (n.length() > SKILL_NAME_MAX
                || !n.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
            findings.report(
                    at,
                    "the skill name '" + Quote.shorten(n) + "' must be at most " + SKILL_NAME_MAX
                            + " lowercase letters, digits and hyphens");
        }
        Optional<String> folder = target.path()
                .map(Path::toAbsolutePath)
                .map(Path::getParent)
                .map(Path::getFileName)
                .map(String::valueOf);
        if (folder.isPresent() && !folder.get().equals(n)) {
            findings.report(
                    at,
                    "the skill name '" + Quote.shorten(n) + "' differs from its directory '"
                            + Quote.shorten(folder.get()) + "'; rename one of them");
        }
    }

    private static void skillDescription(LintTarget target, Findings findings) {
        if (target.persona().dialect() != Dialect.AGENT_SKILL) {
            return;
        }
        PersonaMetadata m = target.persona().metadata();
        String d = m.description().orElse("").strip();
        if (d.isEmpty()) {
            findings.report(
                    m.span("description").orElse(SourceSpan.FILE),
                    "a skill needs a 'description' saying " + "what it does and when to use it");
        } else if (d.length() > SKILL_DESCRIPTION_MAX) {
            findings.report(
                    m.span("description").orElse(SourceSpan.FILE),
                    "the description has " + d.length() + " characters; a skill's may have at most "
                            + SKILL_DESCRIPTION_MAX);
        }
    }

    private static void subagentKeys(LintTarget target, Findings findings) {
        if (target.persona().dialect() != Dialect.CLAUDE_SUBAGENT) {
            return;
        }
        PersonaMetadata m = target.persona().metadata();
        if (m.name().isEmpty()) {
            findings.report(SourceSpan.FILE, "a Claude subagent needs a 'name' (its identity)");
        }
        if (m.description().filter(d -> !d.isBlank()).isEmpty()) {
            findings.report(
                    m.span("description").orElse(SourceSpan.FILE),
                    "a Claude subagent needs a " + "'description' saying when to use it");
        }
    }

    private static void cursorRule(LintTarget target, Findings findings) {
        if (target.persona().dialect() != Dialect.CURSOR_RULE) {
            return;
        }
        PersonaMetadata m = target.persona().metadata();
        if (m.extra().containsKey("alwaysApply") && m.alwaysApply().isEmpty()) {
            findings.report(m.span("alwaysApply").orElse(SourceSpan.FILE), "'alwaysApply' must be true or false");
        }
        for (String glob : m.globs()) {
            if (AppliesTo.of(List.of(glob)).dropped() > 0) {
                findings.report(
                        m.span("globs").orElse(SourceSpan.FILE),
                        "the glob '" + Quote.shorten(glob)
                                + "' is too long or expands to too many alternatives to be matched");
            }
        }
    }

    private static void copilotAgentBody(LintTarget target, Findings findings) {
        if (target.persona().dialect() != Dialect.COPILOT_AGENT) {
            return;
        }
        String text = target.text();
        int body = text.length() - FrontMatterTexts.rawFrontMatter(text).length();
        if (body > COPILOT_AGENT_BODY_MAX) {
            findings.report(
                    SourceSpan.FILE,
                    "the agent's prompt has " + body + " characters; Copilot reads at most " + COPILOT_AGENT_BODY_MAX);
        }
    }
}
