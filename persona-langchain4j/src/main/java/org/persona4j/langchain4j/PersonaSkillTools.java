package org.persona4j.langchain4j;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.service.tool.ToolExecutor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.persona4j.skills.SkillTools;
import org.persona4j.skills.Skills;

/**
 * A catalog's Agent Skills as LangChain4j tools, disclosed step by step: {@code list_skills} (names and
 * descriptions), {@code load_skill} (one skill's instructions and the files it bundles) and {@code read_skill_file}
 * (one bundled file, never outside the skill's folder). The tools answer JSON; a refused call answers
 * {@code {"error": {"code", "message"}}} for the model to read, never an exception.
 *
 * <pre>{@code
 * Assistant assistant = AiServices.builder(Assistant.class)
 *         .chatModel(model)
 *         .tools(PersonaSkillTools.of(Skills.of(catalog)).executors())
 *         .build();
 * }</pre>
 *
 * With a plain {@code ChatModel}, send {@link #specifications()} with the request and answer each tool call with
 * {@link #execute(ToolExecutionRequest)}.
 */
public final class PersonaSkillTools {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SkillTools tools;
    private final List<ToolSpecification> specifications;

    private PersonaSkillTools(SkillTools tools) {
        this.tools = tools;
        List<ToolSpecification> specs = new ArrayList<>();
        for (SkillTools.Tool t : SkillTools.tools()) {
            specs.add(ToolSpecification.builder()
                    .name(t.name())
                    .description(t.description())
                    .parameters(parameters(t.inputSchema()))
                    .build());
        }
        this.specifications = List.copyOf(specs);
    }

    /**
     * @param skills the skills to disclose; {@link Skills#of(java.util.function.Supplier, org.persona4j.ReadOptions)}
     *               follows a reloading catalog
     * @return the tools
     */
    public static PersonaSkillTools of(Skills skills) {
        return new PersonaSkillTools(new SkillTools(Objects.requireNonNull(skills, "skills")));
    }

    /** {@return the three tools' specifications, to send with a chat request} */
    public List<ToolSpecification> specifications() {
        return specifications;
    }

    /**
     * Answers a tool call of the model.
     *
     * @param request the call: one of the three tools, with its arguments as JSON
     * @return the answer as JSON text, or {@code {"error": …}} for a call that is refused
     */
    public String execute(ToolExecutionRequest request) {
        return tools.call(request.name(), request.arguments());
    }

    /** {@return the tools with their executors, for {@code AiServices.builder(…).tools(…)}} */
    public Map<ToolSpecification, ToolExecutor> executors() {
        Map<ToolSpecification, ToolExecutor> out = new LinkedHashMap<>();
        for (ToolSpecification s : specifications) {
            out.put(s, (request, memoryId) -> execute(request));
        }
        return out;
    }

    /** LangChain4j's schema of a tool's string arguments, from the JSON schema the tool declares. */
    private static JsonObjectSchema parameters(String inputSchema) {
        JsonNode schema;
        try {
            schema = JSON.readTree(inputSchema);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a skill tool's schema is not JSON", e);
        }
        JsonObjectSchema.Builder b = JsonObjectSchema.builder();
        for (Map.Entry<String, JsonNode> p : schema.path("properties").properties()) {
            b.addStringProperty(p.getKey(), p.getValue().path("description").asText());
        }
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        return b.required(required).additionalProperties(false).build();
    }
}
