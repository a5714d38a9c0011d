package org.persona4j.internal.dialect;

import static org.persona4j.dialect.KeyType.LIST_OR_COMMAS;
import static org.persona4j.dialect.KeyType.TEXT;

import org.persona4j.Dialect;
import org.persona4j.dialect.DialectSpec;
import org.persona4j.dialect.FrontMatterSyntax;
import org.persona4j.dialect.KeyRole;
import org.persona4j.dialect.KeySpec;

/**
 * GitHub Copilot chat modes ({@code *.chatmode.md}): retired in VS Code 1.106, which renamed them custom agents and
 * still reads old files as agents. Read, linted and converted from; never written.
 */
final class CopilotChatModeTable {

    private CopilotChatModeTable() {}

    static DialectSpec spec() {
        var s = Sources.VSCODE_1_106;
        return Table.of(Dialect.COPILOT_CHAT_MODE, "Copilot chat mode")
                .names("copilot-chat-mode", "chatmode")
                .retired(Dialect.COPILOT_AGENT)
                .syntax(FrontMatterSyntax.YAML_LENIENT)
                .key(KeySpec.of("description", TEXT, s, "What the mode is for.").role(KeyRole.DESCRIPTION))
                .key(KeySpec.of("tools", LIST_OR_COMMAS, s, "The tools it may use.")
                        .role(KeyRole.TOOLS))
                .key(KeySpec.of("model", TEXT, s, "The model it runs on.").role(KeyRole.MODEL))
                .persona4jKeys()
                .suffixes(".chatmode.md")
                .conventional(".github/chatmodes/{name}.chatmode.md")
                .tools(Vocabularies.COPILOT)
                .models(Vocabularies.COPILOT_MODELS)
                .source(s, Sources.VSCODE_AGENTS)
                .notes("Rename the file to NAME.agent.md and move it to .github/agents: a custom agent takes the same "
                        + "keys and more.")
                .build();
    }
}
