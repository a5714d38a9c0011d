package org.persona4j.internal.dialect;

import static org.persona4j.dialect.KeyType.COMMA_LIST;
import static org.persona4j.dialect.KeyType.TEXT;
import static org.persona4j.dialect.KeyType.TEXT_OR_LIST;

import java.util.List;
import org.persona4j.Dialect;
import org.persona4j.dialect.DialectSpec;
import org.persona4j.dialect.FrontMatterSyntax;
import org.persona4j.dialect.KeyRole;
import org.persona4j.dialect.KeySpec;
import org.persona4j.dialect.Scope;
import org.persona4j.dialect.ScopeKind;

/** GitHub Copilot path-specific instructions ({@code .github/instructions/*.instructions.md}). */
final class CopilotInstructionsTable {

    private CopilotInstructionsTable() {}

    static DialectSpec spec() {
        var gh = Sources.COPILOT_INSTRUCTIONS;
        var vs = Sources.VSCODE_INSTRUCTIONS;
        return Table.of(Dialect.COPILOT_INSTRUCTIONS, "Copilot instructions file")
                .names("copilot-instructions", "instructions")
                .syntax(FrontMatterSyntax.YAML_LENIENT)
                .key(KeySpec.of(
                                "applyTo",
                                COMMA_LIST,
                                gh,
                                "Globs of the files the instructions apply to, relative to the repository, separated "
                                        + "by commas; ** for every file.")
                        .role(KeyRole.PATTERNS)
                        .recommended())
                .key(KeySpec.of("description", TEXT, vs, "What the instructions are about.")
                        .role(KeyRole.DESCRIPTION))
                .key(KeySpec.of("name", TEXT, vs, "A name shown instead of the file's.")
                        .role(KeyRole.NAME))
                .key(KeySpec.of(
                                "excludeAgent",
                                TEXT_OR_LIST,
                                gh,
                                "The agent, or agents, that do not get these instructions: code-review or "
                                        + "cloud-agent (coding-agent in older files).")
                        .values("code-review", "cloud-agent", "coding-agent"))
                .persona4jKeys()
                .suffixes(".instructions.md")
                .conventional(".github/instructions/{name}.instructions.md")
                .scope(new Scope(ScopeKind.PATTERNS, "applyTo", "", false, List.of(".github"), List.of(), false))
                .source(gh, vs)
                .notes("Globs are relative to the repository's root. VS Code attaches a file without applyTo only "
                        + "by hand.")
                .build();
    }
}
