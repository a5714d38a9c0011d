package org.persona4j.internal.dialect;

import org.persona4j.dialect.DocSource;

/**
 * The vendor documentation the dialect tables come from, each with the day the table was last compared with it.
 * Re-check a page and change its date when a vendor's tool changes; the tables cite these constants only.
 */
final class Sources {

    private Sources() {}

    private static final String CHECKED = "2026-12-06";

    static final DocSource PERSONA4J = DocSource.PERSONA4J;
    static final DocSource AI_LEY = DocSource.of(
            "AI-LEY personas (the reference format of the shared corpus)",
            "https://github.com/armoin2018/ai-ley",
            CHECKED);

    static final DocSource CLAUDE_SUBAGENTS =
            DocSource.of("Claude Code: subagents", "https://code.claude.com/docs/en/sub-agents", CHECKED);
    static final DocSource CLAUDE_SKILLS =
            DocSource.of("Claude Code: skills", "https://code.claude.com/docs/en/skills", CHECKED);
    static final DocSource CLAUDE_MEMORY = DocSource.of(
            "Claude Code: memory (CLAUDE.md, .claude/rules)", "https://code.claude.com/docs/en/memory", CHECKED);
    static final DocSource CLAUDE_TOOLS =
            DocSource.of("Claude Code: tools reference", "https://code.claude.com/docs/en/tools-reference", CHECKED);
    static final DocSource CLAUDE_MODELS =
            DocSource.of("Claude Code: model configuration", "https://code.claude.com/docs/en/model-config", CHECKED);
    static final DocSource CLAUDE_HOOKS =
            DocSource.of("Claude Code: hooks", "https://code.claude.com/docs/en/hooks", CHECKED);

    static final DocSource AGENT_SKILLS =
            DocSource.of("Agent Skills specification", "https://agentskills.io/specification", CHECKED);
    static final DocSource VSCODE_SKILLS = DocSource.of(
            "VS Code: agent skills reference",
            "https://code.visualstudio.com/docs/agents/reference/agent-skills-reference",
            CHECKED);

    static final DocSource COPILOT_AGENTS = DocSource.of(
            "GitHub Copilot: custom agents configuration",
            "https://docs.github.com/en/copilot/reference/custom-agents-configuration",
            CHECKED);
    static final DocSource VSCODE_AGENTS = DocSource.of(
            "VS Code: custom agents", "https://code.visualstudio.com/docs/agent-customization/custom-agents", CHECKED);
    static final DocSource COPILOT_INSTRUCTIONS = DocSource.of(
            "GitHub Copilot: repository custom instructions",
            "https://docs.github.com/en/copilot/how-tos/copilot-on-github/customize-copilot/add-custom-instructions/"
                    + "add-repository-instructions",
            CHECKED);
    static final DocSource VSCODE_INSTRUCTIONS = DocSource.of(
            "VS Code: custom instructions",
            "https://code.visualstudio.com/docs/agent-customization/custom-instructions",
            CHECKED);
    static final DocSource VSCODE_PROMPTS = DocSource.of(
            "VS Code: prompt files", "https://code.visualstudio.com/docs/agent-customization/prompt-files", CHECKED);
    static final DocSource VSCODE_1_106 = DocSource.of(
            "VS Code 1.106 release notes: chat modes became custom agents, 'mode' became 'agent'",
            "https://code.visualstudio.com/updates/v1_106",
            CHECKED);
    static final DocSource VSCODE_TOOLS = DocSource.of(
            "VS Code: tools reference", "https://code.visualstudio.com/docs/agents/reference/tools-reference", CHECKED);
    static final DocSource COPILOT_MODELS = DocSource.of(
            "GitHub Copilot: supported models",
            "https://docs.github.com/en/copilot/reference/ai-models/supported-models",
            CHECKED);

    static final DocSource CURSOR_RULES = DocSource.of("Cursor: rules", "https://cursor.com/docs/rules", CHECKED);
    static final DocSource CURSOR_PARSING = DocSource.of(
            "How Cursor reads rule front matter (runtime test, Cursor 3.17.8)",
            "https://github.com/cosai-oasis/project-codeguard/issues/121",
            CHECKED);

    static final DocSource CREWAI_AGENTS =
            DocSource.of("CrewAI: agents", "https://docs.crewai.com/en/concepts/agents", CHECKED);

    static final DocSource AGENTS_MD = DocSource.of("AGENTS.md", "https://agents.md", CHECKED);
    static final DocSource GEMINI_MD =
            DocSource.of("Gemini CLI: GEMINI.md context files", "https://geminicli.com/docs/cli/gemini-md", CHECKED);
}
