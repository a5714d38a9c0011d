package org.persona4j.internal.dialect;

import java.util.EnumMap;
import java.util.Map;
import org.persona4j.Dialect;
import org.persona4j.dialect.DialectSpec;

/** Every dialect's table, built once. Adding a dialect: a {@link Dialect} constant, a table, one line here. */
public final class DialectTables {

    private DialectTables() {}

    private static final class Holder {
        static final Map<Dialect, DialectSpec> SPECS = build();
    }

    private static Map<Dialect, DialectSpec> build() {
        Map<Dialect, DialectSpec> specs = new EnumMap<>(Dialect.class);
        for (Dialect d : Dialect.values()) {
            DialectSpec spec = switch (d) {
                case AI_LEY -> AiLeyTable.spec();
                case CLAUDE_SUBAGENT -> ClaudeSubagentTable.spec();
                case COPILOT_AGENT -> CopilotAgentTable.spec();
                case COPILOT_INSTRUCTIONS -> CopilotInstructionsTable.spec();
                case COPILOT_CHAT_MODE -> CopilotChatModeTable.spec();
                case COPILOT_PROMPT -> CopilotPromptTable.spec();
                case CURSOR_RULE -> CursorRuleTable.spec();
                case AGENT_SKILL -> AgentSkillTable.spec();
                case CREWAI_AGENT -> CrewAiTable.spec();
                case AGENTS_MD -> InstructionFileTables.agentsMd();
                case CLAUDE_MD -> InstructionFileTables.claudeMd();
                case GEMINI_MD -> InstructionFileTables.geminiMd();
                case COPILOT_REPOSITORY_INSTRUCTIONS -> CopilotRepositoryInstructionsTable.spec();
                case CLAUDE_RULE -> InstructionFileTables.claudeRule();
                case CLAUDE_COMMAND -> ClaudeCommandTable.spec();
            };
            specs.put(d, spec);
        }
        return Map.copyOf(specs);
    }

    /**
     * {@return a dialect's table}
     *
     * @param dialect the dialect
     */
    public static DialectSpec of(Dialect dialect) {
        return Holder.SPECS.get(dialect);
    }
}
