package org.persona4j.internal.dialect;

import static org.persona4j.dialect.KeyType.LIST_OR_COMMAS;
import static org.persona4j.dialect.KeyType.TEXT;

import org.persona4j.Dialect;
import org.persona4j.dialect.DialectSpec;
import org.persona4j.dialect.FrontMatterSyntax;
import org.persona4j.dialect.KeyRole;
import org.persona4j.dialect.KeySpec;

/** GitHub Copilot prompt files ({@code .github/prompts/*.prompt.md}), run as {@code /name} in VS Code chat. */
final class CopilotPromptTable {

    private CopilotPromptTable() {}

    static DialectSpec spec() {
        var vs = Sources.VSCODE_PROMPTS;
        return Table.of(Dialect.COPILOT_PROMPT, "Copilot prompt file")
                .names("copilot-prompt", "prompt")
                .syntax(FrontMatterSyntax.YAML_LENIENT)
                .key(KeySpec.of("description", TEXT, vs, "A short description of the prompt.")
                        .role(KeyRole.DESCRIPTION))
                .key(KeySpec.of("name", TEXT, vs, "The name typed after / in chat; the file's name when absent.")
                        .role(KeyRole.NAME))
                .key(KeySpec.of("argument-hint", TEXT, vs, "A hint shown in the chat input.")
                        .role(KeyRole.ARGUMENT_HINT))
                .key(KeySpec.of(
                                "agent",
                                TEXT,
                                vs,
                                "The agent that runs it: ask, agent, plan, or a custom agent's name.")
                        .byDefault("the current agent; agent when tools are set"))
                .key(KeySpec.of("model", TEXT, vs, "The model, such as 'Claude Sonnet 4.5'.")
                        .role(KeyRole.MODEL))
                .key(KeySpec.of("tools", LIST_OR_COMMAS, vs, "The tools it may use, tool sets and server/* included.")
                        .role(KeyRole.TOOLS))
                .key(KeySpec.of("mode", TEXT, Sources.VSCODE_1_106, "The chat mode that ran the prompt.")
                        .retired("agent"))
                .persona4jKeys()
                .suffixes(".prompt.md")
                .conventional(".github/prompts/{name}.prompt.md")
                .tools(Vocabularies.COPILOT)
                .models(Vocabularies.COPILOT_MODELS)
                .source(vs, Sources.VSCODE_1_106)
                .notes("The body may use ${input:name} and ${selection}, which VS Code fills. 'mode' was renamed "
                        + "'agent' in VS Code 1.106.")
                .build();
    }
}
