package org.persona4j.internal.dialect;

import java.util.List;
import org.persona4j.Dialect;
import org.persona4j.dialect.DialectSpec;
import org.persona4j.dialect.FrontMatterSyntax;
import org.persona4j.dialect.Scope;
import org.persona4j.dialect.ScopeKind;

/** GitHub Copilot's repository-wide instructions, {@code .github/copilot-instructions.md}: Markdown only. */
final class CopilotRepositoryInstructionsTable {

    private CopilotRepositoryInstructionsTable() {}

    static DialectSpec spec() {
        return Table.of(Dialect.COPILOT_REPOSITORY_INSTRUCTIONS, "Copilot repository instructions file")
                .names("copilot-repository-instructions", "copilot-instructions-md")
                .syntax(FrontMatterSyntax.NONE)
                .fileNames(".github/copilot-instructions.md")
                .conventional(".github/copilot-instructions.md")
                .scope(new Scope(ScopeKind.REPOSITORY, "", "", true, List.of(".github"), List.of(), false))
                .source(Sources.COPILOT_INSTRUCTIONS, Sources.VSCODE_INSTRUCTIONS)
                .notes("Plain Markdown with no front matter, sent with every request in the repository.")
                .build();
    }
}
