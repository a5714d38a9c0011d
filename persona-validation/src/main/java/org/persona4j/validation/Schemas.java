package org.persona4j.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.persona4j.Dialect;
import org.persona4j.validation.internal.ConfigParser;
import org.persona4j.validation.internal.FrontMatterKeys;
import org.persona4j.validation.internal.FrontMatterKeys.KeySpec;
import org.persona4j.validation.internal.MetadataConstraints;

/**
 * JSON Schemas (draft 2020-12) for editors: one for the front matter of each dialect and one for
 * {@code .persona-lint.yaml}. They are made from the definitions the linter checks with (the keys of each dialect,
 * their kinds of value, the required keys, the default version pattern and score range, the levels and keys of the
 * configuration), so they say what the linter says; a schema can only approximate the linter where it parses
 * (dates are checked by pattern, not by calendar). Keys a dialect does not define are allowed, as the linter only
 * warns about them.
 */
public final class Schemas {

    /** Where the schemas say they live; each is {@code <dialect>.json} or {@code persona-lint.json} under it. */
    public static final URI BASE = URI.create("https://persona4j.org/schemas/");

    private static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";
    private static final List<String> SCALARS = List.of("string", "number", "boolean", "null");
    private static final String NOT_BLANK = "\\S";
    private static final String DATE = "^\\s*[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
            + "(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}:[0-9]{2})?)?\\s*$";
    private static final String DECIMAL = "^\\s*[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?\\s*$";
    private static final double LOWEST_SCORE = MetadataConstraints.LOWEST_SCORE;
    private static final double HIGHEST_SCORE = MetadataConstraints.HIGHEST_SCORE;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Schemas() {}

    /**
     * {@return the name a dialect's schema file has: {@code claude-subagent.json}}
     *
     * @param dialect the dialect whose schema is wanted
     */
    public static String fileName(Dialect dialect) {
        return dialect.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".json";
    }

    /**
     * {@return the schema of a dialect's front matter, as JSON text}
     *
     * @param dialect the dialect whose schema is wanted
     */
    public static String frontMatter(Dialect dialect) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", DRAFT);
        root.put("$id", BASE.resolve(fileName(dialect)).toString());
        root.put("title", dialect.displayName() + " front matter");
        root.put(
                "description",
                "The YAML front matter of a " + dialect.displayName() + ", as persona4j reads and " + "lints it.");
        root.put("type", "object");
        ObjectNode properties = root.putObject("properties");
        for (KeySpec key : FrontMatterKeys.of(dialect)) {
            ObjectNode p = value(key);
            p.put("description", key.help());
            properties.set(key.key(), p);
        }
        List<Set<String>> required = FrontMatterKeys.required(dialect);
        if (!required.isEmpty()) {
            ArrayNode all = root.putArray("allOf");
            for (Set<String> oneOf : required) {
                ArrayNode any = all.addObject().putArray("anyOf");
                oneOf.stream().sorted().forEach(k -> {
                    ObjectNode present = any.addObject();
                    present.putArray("required").add(k);
                    ObjectNode filled = present.putObject("properties").putObject(k);
                    filled.putObject("not").put("type", "null");
                    filled.put("pattern", NOT_BLANK);
                    if (k.equals("name") && dialect != Dialect.AI_LEY) {
                        filled.put("type", "string"); // read as text only when written as a string
                    }
                });
            }
        }
        root.put("additionalProperties", true);
        if (dialect == Dialect.CREWAI_AGENT) {
            // agents.yaml maps each agent's name to its settings: the schema above is that of one agent.
            ObjectNode file = JSON.createObjectNode();
            file.put("$schema", DRAFT);
            file.put("$id", root.remove("$id").asText());
            file.put("title", "CrewAI agents.yaml");
            file.put("description", "The agents of a CrewAI project, each a persona to persona4j.");
            file.put("type", "object");
            root.remove("$schema");
            file.set("additionalProperties", root);
            return write(file);
        }
        return write(root);
    }

    /** {@return the schema of {@code .persona-lint.yaml}, as JSON text} */
    public static String lintConfig() {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", DRAFT);
        root.put("$id", BASE.resolve("persona-lint.json").toString());
        root.put("title", "persona lint configuration");
        root.put("description", "The " + LintConfig.FILE_NAME + " file of persona4j's linter.");
        root.put("type", "object");
        ObjectNode p = root.putObject("properties");
        for (String key : ConfigParser.KEYS) {
            ObjectNode k = p.putObject(key);
            switch (key) {
                case "profile" -> {
                    ArrayNode names = k.putArray("enum");
                    Profile.builtIn().forEach(profile -> names.add(profile.name()));
                    k.put("description", "The layout the sections are held to.");
                }
                case "strict" -> k.put("type", "boolean").put("description", "Warnings fail the run too.");
                case "versionPattern" ->
                    k.put("type", "string")
                            .put(
                                    "description",
                                    "A regular expression every "
                                            + "version must match, instead of Semantic Versioning.");
                case "scoreRange" -> {
                    k.put("type", "array")
                            .put("minItems", 2)
                            .put("maxItems", 2)
                            .put("description", "[lowest, highest] summaryScore.");
                    k.putObject("items").put("type", "number");
                }
                case "rules" -> {
                    k.put("type", "object").put("description", "Rule codes, each with off, info, warning or error.");
                    ObjectNode level = JSON.createObjectNode();
                    ArrayNode any = level.putArray("anyOf");
                    any.addObject()
                            .put("type", "string")
                            .put(
                                    "pattern",
                                    "^\\s*("
                                            + String.join(
                                                    "|",
                                                    Level.spellings().keySet().stream()
                                                            .map(Schemas::anyCase)
                                                            .toList())
                                            + ")\\s*$");
                    any.addObject().put("const", false);
                    ObjectNode codes = k.putObject("properties");
                    for (RuleInfo rule :
                            Linter.builder().serviceLoaderRules(false).build().rules()) {
                        codes.set(rule.code(), level.deepCopy().put("description", rule.description()));
                    }
                    k.set("additionalProperties", level);
                }
                case "ignore" -> {
                    ArrayNode any = k.putArray("anyOf");
                    any.addObject().put("type", "string");
                    any.addObject().put("type", "array").putObject("items").put("type", "string");
                    k.put("description", "Globs of files not to lint, as in .gitignore.");
                }
                default -> throw new IllegalStateException("no schema for the configuration key " + key);
            }
        }
        root.put("additionalProperties", false);
        return write(root);
    }

    /** The schema of one key's value. */
    private static ObjectNode value(KeySpec key) {
        ObjectNode v = JSON.createObjectNode();
        switch (key.kind()) {
            case TEXT -> {
                scalar(v);
                if (key.blankWarned()) {
                    v.put("pattern", NOT_BLANK);
                }
            }
            case VERSION -> v.putArray("type").add("string").add("null");
            case DATE -> v.putArray("type").add("string").add("null");
            case SCORE -> {
                ArrayNode any = v.putArray("anyOf");
                any.addObject()
                        .put("type", "number")
                        .put("minimum", LOWEST_SCORE)
                        .put("maximum", HIGHEST_SCORE);
                any.addObject().put("type", "string").put("pattern", DECIMAL);
                any.addObject().put("type", "null");
            }
            case LIST, LIST_OR_COMMAS -> {
                ArrayNode any = v.putArray("anyOf");
                scalar(any.addObject());
                ObjectNode list = any.addObject().put("type", "array");
                scalar(list.putObject("items"));
            }
            case BOOLEAN -> {
                ArrayNode any = v.putArray("anyOf");
                any.addObject().put("type", "boolean");
                any.addObject()
                        .put("type", "string")
                        .put("pattern", "^\\s*(" + anyCase("true") + "|" + anyCase("false") + ")\\s*$");
            }
            case SKILL_NAME ->
                v.put("type", "string").put("pattern", "^[a-z0-9-]+$").put("maxLength", Dialect.SKILL_NAME_MAX);
            case SKILL_DESCRIPTION ->
                v.put("type", "string").put("pattern", NOT_BLANK).put("maxLength", Dialect.SKILL_DESCRIPTION_MAX);
            case ANY -> {}
        }
        if (key.kind() == FrontMatterKeys.Kind.VERSION) {
            v.put("pattern", "^(" + MetadataConstraints.SEMVER + ")$");
        } else if (key.kind() == FrontMatterKeys.Kind.DATE) {
            v.put("pattern", DATE);
        }
        return v;
    }

    private static void scalar(ObjectNode v) {
        ArrayNode types = v.putArray("type");
        SCALARS.forEach(types::add);
    }

    /** A regular expression matching {@code word} in any case, for the ECMA-262 patterns JSON Schema uses. */
    private static String anyCase(String word) {
        StringBuilder out = new StringBuilder();
        for (char c : word.toCharArray()) {
            char upper = Character.toUpperCase(c);
            out.append(upper == c ? String.valueOf(c) : "[" + upper + c + "]");
        }
        return out.toString();
    }

    private static String write(ObjectNode root) {
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a schema tree could not be written", e);
        }
    }
}
