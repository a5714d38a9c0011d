package org.persona4j.skills;

import java.util.List;
import java.util.Objects;
import org.persona4j.Diagnostic;
import org.persona4j.internal.json.JsonArguments;
import org.persona4j.internal.json.JsonArray;
import org.persona4j.internal.json.JsonObject;

/**
 * {@link Skills} as three tools a model calls, for any framework's tool calling: each with a name, a description, a
 * JSON schema of its arguments, and an answer as JSON text. The LangChain4j and Spring AI adapters, and the MCP
 * server, expose exactly these.
 *
 * <ul>
 *   <li>{@value #LIST}: no arguments; answers {@code {"skills": [{"name", "description"}…]}}.
 *   <li>{@value #LOAD}: {@code {"name"}}; answers {@code {"name", "description", "instructions", "files": [{"path",
 *       "size", "text"}…]}}.
 *   <li>{@value #READ}: {@code {"skill", "path"}}; answers {@code {"skill", "path", "text"}}.
 * </ul>
 *
 * A refused call answers {@code {"error": {"code", "message"}}}, never an exception: the model reads why and asks
 * again. Strings from skill files go out as JSON string values, never as JSON.
 */
public final class SkillTools {

    /** The tool that lists the skills. */
    public static final String LIST = "list_skills";
    /** The tool that loads one skill's instructions and file list. */
    public static final String LOAD = "load_skill";
    /** The tool that reads one file bundled in a skill's folder. */
    public static final String READ = "read_skill_file";

    /**
     * A tool: its name, what it tells the model, and the JSON schema of its arguments.
     *
     * @param name        the tool's name
     * @param description when to call it
     * @param inputSchema the JSON schema of its arguments, as JSON text
     */
    public record Tool(String name, String description, String inputSchema) {}

    private final Skills skills;

    /**
     * @param skills the skills the tools disclose
     */
    public SkillTools(Skills skills) {
        this.skills = Objects.requireNonNull(skills, "skills");
    }

    /** {@return the three tools, in the order a model uses them} */
    public static List<Tool> tools() {
        return List.of(
                new Tool(
                        LIST,
                        "Lists the skills available: each one's name and a description that says when to use it. "
                                + "Call it first; then load a skill whose description fits the task.",
                        schema()),
                new Tool(
                        LOAD,
                        "Loads one skill: its instructions, and the files of its folder that the instructions may "
                                + "refer to.",
                        schema("name", "The skill's name, as list_skills gives it.")),
                new Tool(
                        READ,
                        "Reads a file bundled in a skill's folder, by its path relative to that folder as "
                                + "load_skill lists it.",
                        schema("skill", "The skill's name.", "path", "The file's path in the skill's folder.")));
    }

    /**
     * Calls a tool.
     *
     * @param tool      the tool's name
     * @param arguments its arguments as JSON text (an object; {@code null} or blank for none)
     * @return the answer as JSON text: the value, or {@code {"error": {"code", "message"}}}
     */
    public String call(String tool, String arguments) {
        JsonArguments args = JsonArguments.parse(arguments);
        if (args.problem() == JsonArguments.Problem.NOT_JSON) {
            return error("tool.arguments", "the arguments are not JSON: give an object such as {\"name\": \"…\"}");
        }
        if (args.problem() == JsonArguments.Problem.NOT_AN_OBJECT) {
            return error("tool.arguments", "the arguments are not a JSON object");
        }
        return switch (tool == null ? "" : tool) {
            case LIST -> list();
            case LOAD ->
                args.text("name") == null
                        ? error("tool.arguments", "load_skill needs a string 'name'")
                        : load(args.text("name"));
            case READ ->
                args.text("skill") == null || args.text("path") == null
                        ? error("tool.arguments", "read_skill_file needs the strings 'skill' and 'path'")
                        : read(args.text("skill"), args.text("path"));
            default -> error("tool.unknown", "no such tool; the tools are " + LIST + ", " + LOAD + " and " + READ);
        };
    }

    /** {@return the answer of {@value #LIST}, as JSON text} */
    public String list() {
        JsonObject o = new JsonObject();
        JsonArray a = o.putArray("skills");
        for (SkillSummary s : skills.list()) {
            a.addObject().put("name", s.name()).put("description", s.description());
        }
        return write(o);
    }

    /**
     * {@return the answer of {@value #LOAD}, as JSON text}
     *
     * @param name the skill's name
     */
    public String load(String name) {
        SkillAnswer<Skill> answer = skills.load(name);
        if (answer instanceof SkillAnswer.Refused<Skill> r) {
            return error(r.problem());
        }
        Skill skill = answer.orElseThrow();
        JsonObject o = new JsonObject()
                .put("name", skill.name())
                .put("description", skill.description())
                .put("instructions", skill.instructions());
        JsonArray files = o.putArray("files");
        for (SkillFile f : skill.files()) {
            files.addObject().put("path", f.path()).put("size", f.size()).put("text", f.text());
        }
        return write(o);
    }

    /**
     * {@return the answer of {@value #READ}, as JSON text}
     *
     * @param skill the skill's name
     * @param path  the file's path relative to the skill's folder
     */
    public String read(String skill, String path) {
        SkillAnswer<SkillFileText> answer = skills.read(skill, path);
        if (answer instanceof SkillAnswer.Refused<SkillFileText> r) {
            return error(r.problem());
        }
        SkillFileText t = answer.orElseThrow();
        return write(
                new JsonObject().put("skill", t.skill()).put("path", t.path()).put("text", t.text()));
    }

    private static String schema(String... namesAndDescriptions) {
        JsonObject o = new JsonObject().put("type", "object");
        JsonObject properties = o.putObject("properties");
        JsonArray required = o.putArray("required");
        for (int i = 0; i < namesAndDescriptions.length; i += 2) {
            properties
                    .putObject(namesAndDescriptions[i])
                    .put("type", "string")
                    .put("description", namesAndDescriptions[i + 1]);
            required.add(namesAndDescriptions[i]);
        }
        o.put("additionalProperties", false);
        return write(o);
    }

    private static String error(Diagnostic problem) {
        return error(problem.code(), problem.message());
    }

    private static String error(String code, String message) {
        JsonObject o = new JsonObject();
        o.putObject("error").put("code", code).put("message", message);
        return write(o);
    }

    private static String write(JsonObject o) {
        return o.write();
    }
}
