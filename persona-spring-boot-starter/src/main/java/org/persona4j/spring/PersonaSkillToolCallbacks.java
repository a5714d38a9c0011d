package org.persona4j.spring;

import java.util.Objects;
import org.persona4j.ReadOptions;
import org.persona4j.skills.SkillTools;
import org.persona4j.skills.Skills;
import org.springframework.ai.tool.ToolCallback;
import org.springframework.ai.tool.ToolCallbackProvider;
import org.springframework.ai.tool.definition.ToolDefinition;

/**
 * The application's Agent Skills as Spring AI tool callbacks, disclosed step by step: {@code list_skills} (names and
 * descriptions), {@code load_skill} (one skill's instructions and the files it bundles) and {@code read_skill_file}
 * (one bundled file, never outside the skill's folder, from a jar too). Each call reads the catalog's current
 * snapshot, so a reload shows on the next call. A refused call answers {@code {"error": {"code", "message"}}} for the
 * model to read, never an exception.
 *
 * <pre>{@code
 * String answer = chatClient.prompt()
 *         .user("Fill in this PDF form: …")
 *         .toolCallbacks(skillTools)
 *         .call()
 *         .content();
 * }</pre>
 *
 * The starter makes one when {@code persona4j.skill-tools=true}; it is off by default because Spring AI's MCP
 * server exposes every {@code ToolCallbackProvider} bean.
 */
public final class PersonaSkillToolCallbacks implements ToolCallbackProvider {

    private final ToolCallback[] callbacks;

    /**
     * @param skills the skills to disclose
     */
    public PersonaSkillToolCallbacks(Skills skills) {
        SkillTools tools = new SkillTools(Objects.requireNonNull(skills, "skills"));
        this.callbacks = SkillTools.tools().stream()
                .map(t -> (ToolCallback) new Callback(tools, t))
                .toArray(ToolCallback[]::new);
    }

    /**
     * {@return the tools over the skills of a reloading catalog, with the reader's default size limit}
     *
     * @param catalogs the application's catalog
     */
    public static PersonaSkillToolCallbacks of(PersonaCatalogs catalogs) {
        return new PersonaSkillToolCallbacks(Skills.of(catalogs::current, ReadOptions.defaults()));
    }

    @Override
    public ToolCallback[] getToolCallbacks() {
        return callbacks.clone();
    }

    /** One skill tool as a Spring AI callback. */
    private record Callback(SkillTools tools, SkillTools.Tool tool) implements ToolCallback {
        @Override
        public ToolDefinition getToolDefinition() {
            return ToolDefinition.builder()
                    .name(tool.name())
                    .description(tool.description())
                    .inputSchema(tool.inputSchema())
                    .build();
        }

        @Override
        public String call(String toolInput) {
            return tools.call(tool.name(), toolInput);
        }
    }
}
