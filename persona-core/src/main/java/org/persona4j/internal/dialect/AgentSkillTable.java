package org.persona4j.internal.dialect;

import static org.persona4j.dialect.KeyType.BOOLEAN;
import static org.persona4j.dialect.KeyType.LIST_OR_COMMAS;
import static org.persona4j.dialect.KeyType.MAP;
import static org.persona4j.dialect.KeyType.TEXT;
import static org.persona4j.dialect.KeyType.WORD_LIST;

import org.persona4j.Dialect;
import org.persona4j.dialect.DialectSpec;
import org.persona4j.dialect.FrontMatterSyntax;
import org.persona4j.dialect.IdRule;
import org.persona4j.dialect.KeyRole;
import org.persona4j.dialect.KeySpec;

/**
 * Agent Skills: a folder with a {@code SKILL.md} and the files it bundles. The keys are the open specification's and
 * the ones Claude Code and VS Code document for their skills; every client ignores the keys it does not use.
 */
final class AgentSkillTable {

    private AgentSkillTable() {}

    static DialectSpec spec() {
        var spec = Sources.AGENT_SKILLS;
        var claude = Sources.CLAUDE_SKILLS;
        Table table = Table.of(Dialect.AGENT_SKILL, "Agent Skill")
                .names("skill", "agent-skill")
                .syntax(FrontMatterSyntax.YAML_LENIENT)
                .key(KeySpec.of(
                                "name",
                                TEXT,
                                spec,
                                "Lowercase letters, digits and hyphens (no leading, trailing or double hyphen), at "
                                        + "most 64, the same as the skill's folder.")
                        .role(KeyRole.NAME)
                        .pattern("(?!.*--)[a-z0-9]([a-z0-9-]*[a-z0-9])?")
                        .required()
                        .maxLength(64))
                .key(KeySpec.of("description", TEXT, spec, "What the skill does and when to use it.")
                        .role(KeyRole.DESCRIPTION)
                        .required()
                        .maxLength(1024))
                .key(KeySpec.of("license", TEXT, spec, "The skill's license, or the bundled file that holds it.")
                        .role(KeyRole.LICENSE))
                .key(KeySpec.of("compatibility", TEXT, spec, "What the skill needs to run: product, packages, network.")
                        .maxLength(500))
                .key("metadata", MAP, spec, "More properties, as a mapping of names to text.")
                .key(KeySpec.of(
                                "allowed-tools",
                                WORD_LIST,
                                spec,
                                "Tools the skill may use without asking, separated by spaces: Bash(git:*) Read.")
                        .role(KeyRole.TOOLS))
                .key("when_to_use", TEXT, claude, "More on when to use it; added to the description.")
                .key(KeySpec.of(
                                "argument-hint",
                                TEXT,
                                claude,
                                "A hint shown for its arguments, such as [issue-number].")
                        .role(KeyRole.ARGUMENT_HINT))
                .key(KeySpec.of("disallowed-tools", WORD_LIST, claude, "Tools taken away while it is active.")
                        .role(KeyRole.DISALLOWED_TOOLS));
        table = ClaudeSkillKeys.execution(ClaudeSkillKeys.invocation(ClaudeSkillKeys.arguments(table)))
                .key(KeySpec.of("background", BOOLEAN, claude, "With context: fork, false waits for its result.")
                        .byDefault("true"))
                .key(KeySpec.of("paths", LIST_OR_COMMAS, claude, "Globs of the files that make it load on its own.")
                        .role(KeyRole.PATTERNS));
        return ClaudeSkillKeys.hooksAndShell(table)
                .persona4jKeys()
                .fileNames("SKILL.md")
                .conventional("skills/{name}/SKILL.md")
                .id(IdRule.FOLDER)
                .folderIsUnit()
                .tools(Vocabularies.SKILLS)
                .models(Vocabularies.CLAUDE_MODELS)
                .source(spec, claude, Sources.VSCODE_SKILLS)
                .notes("A skill is its folder: SKILL.md and the scripts, references and assets beside it, which its "
                        + "body links to and which are loaded only when needed. Clients load a skill whose name "
                        + "differs from its folder with a warning, and skip one whose description is missing or whose "
                        + "front matter does not parse; an unquoted ': ' in a value is read as text. The open "
                        + "specification's validator rejects keys outside its six.")
                .build();
    }
}
