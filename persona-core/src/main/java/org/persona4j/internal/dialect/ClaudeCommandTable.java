package org.persona4j.internal.dialect;

import static org.persona4j.dialect.KeyType.LIST_OR_COMMAS;
import static org.persona4j.dialect.KeyType.TEXT;

import org.persona4j.Dialect;
import org.persona4j.dialect.DialectSpec;
import org.persona4j.dialect.FrontMatterSyntax;
import org.persona4j.dialect.IdRule;
import org.persona4j.dialect.KeyRole;
import org.persona4j.dialect.KeySpec;

/**
 * Claude Code's custom commands: one Markdown file each under {@code .claude/commands} (or a plugin's
 * {@code commands} folder), named by the file. Claude Code has merged them into skills: such a file and a skill of
 * the same name both make the same slash command and read the same front matter, every key optional.
 */
final class ClaudeCommandTable {

    private ClaudeCommandTable() {}

    static DialectSpec spec() {
        var s = Sources.CLAUDE_SKILLS;
        Table table = Table.of(Dialect.CLAUDE_COMMAND, "Claude Code command")
                .names("claude-command", "claude-commands")
                .syntax(FrontMatterSyntax.YAML_LENIENT)
                .frontMatterOptional()
                .key(KeySpec.of("name", TEXT, s, "The name shown for it; the file's name makes the command.")
                        .role(KeyRole.NAME))
                .key(KeySpec.of(
                                "description",
                                TEXT,
                                s,
                                "What it does and when to use it; without it, the body's first paragraph is shown.")
                        .role(KeyRole.DESCRIPTION))
                .key("when_to_use", TEXT, s, "More on when to use it; added to the description.")
                .key(KeySpec.of(
                                "argument-hint",
                                TEXT,
                                s,
                                "A hint shown for its arguments, such as \"[issue-number]\" (quoted: unquoted, YAML "
                                        + "reads a list); the body reads them as $ARGUMENTS, $0, $1….")
                        .role(KeyRole.ARGUMENT_HINT));
        table = ClaudeSkillKeys.arguments(table)
                .key(KeySpec.of(
                                "allowed-tools",
                                LIST_OR_COMMAS,
                                s,
                                "Tools it may use without asking while it runs: a YAML list, or text with commas "
                                        + "as commands write it: Bash(git add:*), Bash(git status:*), Read.")
                        .role(KeyRole.TOOLS))
                .key(KeySpec.of("disallowed-tools", LIST_OR_COMMAS, s, "Tools taken away while it is active.")
                        .role(KeyRole.DISALLOWED_TOOLS));
        return ClaudeSkillKeys.hooksAndShell(ClaudeSkillKeys.execution(ClaudeSkillKeys.invocation(table)))
                .persona4jKeys()
                .folders(".claude/commands")
                .conventional(".claude/commands/{name}.md")
                .id(IdRule.PATH)
                .tools(Vocabularies.CLAUDE)
                .models(Vocabularies.CLAUDE_MODELS)
                .source(s, Sources.CLAUDE_TOOLS, Sources.CLAUDE_MODELS)
                .notes("Markdown files under .claude/commands (a subfolder only groups them), or under the "
                        + "commands folder of a plugin (beside its .claude-plugin/plugin.json, up to eight folders "
                        + "deep), front matter or not, when read from disk; elsewhere a file in a commands folder "
                        + "or up to eight folders below one with argument-hint, allowed-tools or "
                        + "disable-model-invocation and no title (named by its lines when its YAML does not read), or "
                        + "whose body reads $ARGUMENTS and that has no title, front matter or not (command templates "
                        + "kept for several agents, such as github/spec-kit's, have only a description). The "
                        + "body is the prompt, with $ARGUMENTS and "
                        + "$0, $1… for what follows the command, @file references and !`command` lines whose "
                        + "output is put in. Custom commands have been merged into skills: a skill of the same "
                        + "name takes precedence.")
                .build();
    }
}
