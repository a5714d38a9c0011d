package org.persona4j.internal.dialect;

import static org.persona4j.dialect.KeyType.BOOLEAN;
import static org.persona4j.dialect.KeyType.ENUM;
import static org.persona4j.dialect.KeyType.MAP;
import static org.persona4j.dialect.KeyType.TEXT;
import static org.persona4j.dialect.KeyType.WORD_LIST;

import org.persona4j.dialect.KeyRole;
import org.persona4j.dialect.KeySpec;

/**
 * The keys Claude Code reads for a skill and, since it reads custom commands as skills, for a command: how it is
 * started, which model and effort run it, and whether it runs as a subagent's task. One list for both tables.
 */
final class ClaudeSkillKeys {

    private ClaudeSkillKeys() {}

    /** {@return the table with the keys that say how Claude Code starts and runs a skill or command} */
    static Table invocation(Table table) {
        var s = Sources.CLAUDE_SKILLS;
        return table.key(KeySpec.of(
                                "disable-model-invocation",
                                BOOLEAN,
                                s,
                                "true: only a person can start it; the model never loads it on its own.")
                        .byDefault("false"))
                .key(KeySpec.of(
                                "user-invocable",
                                BOOLEAN,
                                s,
                                "false: hidden from the / menu; the model may still use it.")
                        .byDefault("true"));
    }

    /** {@return the table with the keys that say what runs a skill or command: model, effort, a subagent's task} */
    static Table execution(Table table) {
        var s = Sources.CLAUDE_SKILLS;
        return table.key(KeySpec.of("model", TEXT, s, "The model for the turn it runs in, or inherit.")
                        .role(KeyRole.MODEL))
                .key(KeySpec.of("effort", ENUM, s, "Its reasoning effort.")
                        .values("low", "medium", "high", "xhigh", "max"))
                .key(KeySpec.of("context", ENUM, s, "fork: run it as a subagent's task.")
                        .values("fork"))
                .key("agent", TEXT, s, "The subagent that runs it with context: fork (Explore, Plan, or a name).");
    }

    /** {@return the table with the keys of what a skill or command brings: its hooks and the shell of its lines} */
    static Table hooksAndShell(Table table) {
        var s = Sources.CLAUDE_SKILLS;
        return table.key(KeySpec.of("hooks", MAP, s, "Hooks registered when it runs.")
                        .role(KeyRole.HOOKS))
                .key(KeySpec.of("shell", ENUM, s, "The shell for !`command` lines.")
                        .values("bash", "powershell"));
    }

    /** {@return the table with the names of its positional arguments} */
    static Table arguments(Table table) {
        return table.key(
                "arguments",
                WORD_LIST,
                Sources.CLAUDE_SKILLS,
                "Names of its positional arguments, for $name in the body.");
    }
}
