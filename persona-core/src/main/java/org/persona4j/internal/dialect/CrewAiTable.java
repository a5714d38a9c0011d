package org.persona4j.internal.dialect;

import static org.persona4j.dialect.KeyType.ANY;
import static org.persona4j.dialect.KeyType.BOOLEAN;
import static org.persona4j.dialect.KeyType.ENUM;
import static org.persona4j.dialect.KeyType.INTEGER;
import static org.persona4j.dialect.KeyType.LIST;
import static org.persona4j.dialect.KeyType.MAP;
import static org.persona4j.dialect.KeyType.TEXT;

import org.persona4j.Dialect;
import org.persona4j.dialect.DialectSpec;
import org.persona4j.dialect.FrontMatterSyntax;
import org.persona4j.dialect.IdRule;
import org.persona4j.dialect.KeyRole;
import org.persona4j.dialect.KeySpec;
import org.persona4j.dialect.Placeholders;

/**
 * The agents of a CrewAI project ({@code config/agents.yaml}): one YAML file, one persona per top-level key, with its
 * {@code role}, {@code goal} and {@code backstory}, in which {@code {name}} is filled from the crew's inputs. Read,
 * linted and converted from, but not written.
 */
final class CrewAiTable {

    private CrewAiTable() {}

    static DialectSpec spec() {
        var s = Sources.CREWAI_AGENTS;
        return Table.of(Dialect.CREWAI_AGENT, "CrewAI agent")
                .names("crewai", "crewai-agent")
                .syntax(FrontMatterSyntax.YAML)
                .key(KeySpec.of("role", TEXT, s, "The agent's role: its title and expertise.")
                        .role(KeyRole.TITLE)
                        .required())
                .key(KeySpec.of("goal", TEXT, s, "What the agent works towards.")
                        .required())
                .key(KeySpec.of("backstory", TEXT, s, "Who the agent is: its context and style.")
                        .required())
                .key(KeySpec.of("llm", TEXT, s, "The model, as provider/model: openai/gpt-4o.")
                        .role(KeyRole.MODEL)
                        .byDefault("the OPENAI_MODEL_NAME environment variable, else gpt-4"))
                .key(KeySpec.of("tools", LIST, s, "The names of the crew's tools the agent may use.")
                        .role(KeyRole.TOOLS))
                .key(KeySpec.of("function_calling_llm", TEXT, s, "A model for tool calls.")
                        .deprecated("llm"))
                .key(KeySpec.of("max_iter", INTEGER, s, "The most iterations before it answers.")
                        .byDefault("25"))
                .key("max_rpm", INTEGER, s, "The most requests a minute.")
                .key("max_execution_time", INTEGER, s, "The most seconds a task may take.")
                .key("max_tokens", INTEGER, s, "The most tokens of an answer.")
                .key(KeySpec.of("verbose", BOOLEAN, s, "true to log its steps.").byDefault("false"))
                .key(KeySpec.of("allow_delegation", BOOLEAN, s, "true to let it hand tasks to other agents.")
                        .byDefault("false"))
                .key(KeySpec.of("cache", BOOLEAN, s, "Whether tool results are cached.")
                        .byDefault("true"))
                .key("memory", ANY, s, "Whether, or how, it keeps memory.")
                .key("step_callback", TEXT, s, "The name of a callback run after each step.")
                .key("system_template", TEXT, s, "A system prompt template.")
                .key("prompt_template", TEXT, s, "A prompt template.")
                .key("response_template", TEXT, s, "A response template.")
                .key(KeySpec.of("allow_code_execution", BOOLEAN, s, "Whether it may run code.")
                        .deprecated("a code tool"))
                .key(KeySpec.of("code_execution_mode", ENUM, s, "safe (in Docker) or unsafe.")
                        .values("safe", "unsafe")
                        .deprecated("a code tool"))
                .key(KeySpec.of("respect_context_window", BOOLEAN, s, "Whether to summarise to fit the context.")
                        .byDefault("true"))
                .key(KeySpec.of("max_retry_limit", INTEGER, s, "The most retries after an error.")
                        .byDefault("2"))
                .key(KeySpec.of("multimodal", BOOLEAN, s, "Whether it handles images.")
                        .deprecated("a vision tool"))
                .key(KeySpec.of("reasoning", BOOLEAN, s, "Whether it plans before a task.")
                        .deprecated("planning_config"))
                .key(KeySpec.of("max_reasoning_attempts", INTEGER, s, "The most planning attempts.")
                        .deprecated("planning_config"))
                .key("planning", BOOLEAN, s, "Whether it plans before a task.")
                .key("planning_config", MAP, s, "How it plans.")
                .key(KeySpec.of("inject_date", BOOLEAN, s, "Whether the date is added to its tasks.")
                        .byDefault("false"))
                .key("date_format", TEXT, s, "The format of that date.")
                .key(KeySpec.of("use_system_prompt", BOOLEAN, s, "Whether a system prompt is used.")
                        .byDefault("true"))
                .key("knowledge_sources", ANY, s, "Knowledge it draws on.")
                .key("embedder", MAP, s, "The embedder for its knowledge.")
                .key("apps", LIST, s, "CrewAI platform apps it may use.")
                .key("mcps", ANY, s, "MCP servers it may use.")
                .key("skills", LIST, s, "Agent Skills it may use.")
                .key("guardrail", TEXT, s, "A check its output must pass.")
                .key("guardrail_max_retries", INTEGER, s, "The most retries when the guardrail fails.")
                .fileNames("agents.yaml", "agents.yml")
                .conventional("config/agents.yaml")
                .id(IdRule.ENTRY_KEY)
                .severalPerFile()
                .sectionKeys("role", "goal", "backstory")
                .placeholders(Placeholders.CREWAI)
                .models(Vocabularies.CREWAI_MODELS)
                .source(s)
                .notes("Loaded with a safe YAML loader; keys that are not agent fields are ignored. {name} in role, "
                        + "goal and backstory is filled from the crew's inputs, and a missing input is an error.")
                .build();
    }
}
