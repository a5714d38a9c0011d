package org.persona4j.internal.dialect;

import static org.persona4j.dialect.KeyType.LIST_OR_COMMAS;

import java.util.List;
import org.persona4j.Dialect;
import org.persona4j.dialect.DialectSpec;
import org.persona4j.dialect.FrontMatterSyntax;
import org.persona4j.dialect.KeyRole;
import org.persona4j.dialect.KeySpec;
import org.persona4j.dialect.Scope;
import org.persona4j.dialect.ScopeKind;

/**
 * The instruction files tools read from a repository's folders: AGENTS.md, CLAUDE.md and GEMINI.md (plain Markdown
 * that applies to its folder and below, the nearer file taking precedence) and Claude Code's rules.
 */
final class InstructionFileTables {

    private InstructionFileTables() {}

    private static final Scope DIRECTORY = new Scope(ScopeKind.DIRECTORY, "", "", true, List.of(), List.of(), false);

    static DialectSpec agentsMd() {
        return Table.of(Dialect.AGENTS_MD, "AGENTS.md file")
                .names("agents-md")
                .syntax(FrontMatterSyntax.NONE)
                .fileNames("AGENTS.md")
                .conventional("AGENTS.md")
                .scope(DIRECTORY)
                .source(Sources.AGENTS_MD, Sources.COPILOT_INSTRUCTIONS)
                .notes("Plain Markdown with no fields. A file applies to its folder and below; the one nearest to "
                        + "the file being edited takes precedence, and the user's own prompt over all of them. Read by "
                        + "Codex, Cursor, Copilot, Jules, Gemini CLI (when configured) and others.")
                .build();
    }

    static DialectSpec claudeMd() {
        return Table.of(Dialect.CLAUDE_MD, "CLAUDE.md file")
                .names("claude-md")
                .syntax(FrontMatterSyntax.NONE)
                .fileNames("CLAUDE.md", "CLAUDE.local.md")
                .conventional("CLAUDE.md")
                // .claude/CLAUDE.md is the project's memory as much as ./CLAUDE.md is: it covers the folder above.
                .scope(new Scope(ScopeKind.DIRECTORY, "", "", true, List.of(".claude"), List.of(), false))
                .source(Sources.CLAUDE_MEMORY)
                .notes("Claude Code's memory: the files of the working folder and its parents load at start, "
                        + "those of folders below when Claude reads files there; all are joined from the root down, "
                        + "so the nearest comes last. @path imports other files.")
                .build();
    }

    static DialectSpec geminiMd() {
        return Table.of(Dialect.GEMINI_MD, "GEMINI.md file")
                .names("gemini-md")
                .syntax(FrontMatterSyntax.NONE)
                .fileNames("GEMINI.md")
                .conventional("GEMINI.md")
                .scope(DIRECTORY)
                .source(Sources.GEMINI_MD)
                .notes("Gemini CLI's context files: the global one, those of the working folders and their parents, "
                        + "and those of folders its tools touch, joined so that the more specific come later.")
                .build();
    }

    static DialectSpec claudeRule() {
        var s = Sources.CLAUDE_MEMORY;
        return Table.of(Dialect.CLAUDE_RULE, "Claude Code rule")
                .names("claude-rule", "claude-rules")
                .syntax(FrontMatterSyntax.YAML_LENIENT)
                .frontMatterOptional()
                .key(KeySpec.of(
                                "paths",
                                LIST_OR_COMMAS,
                                s,
                                "Globs of the files whose reading loads the rule, relative to the project; a YAML "
                                        + "list. Without it the rule loads at start.")
                        .role(KeyRole.PATTERNS))
                .persona4jKeys()
                .folders(".claude/rules")
                .conventional(".claude/rules/{name}.md")
                .scope(new Scope(ScopeKind.PATTERNS, "paths", "", true, List.of(".claude"), List.of(), false))
                .source(s)
                .notes("Every Markdown file below .claude/rules. A rule without paths loads at start like "
                        + ".claude/CLAUDE.md; one with paths loads when Claude reads a matching file.")
                .build();
    }
}
