package org.persona4j.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.persona4j.Dialect;
import org.persona4j.dialect.DialectSpec;
import org.persona4j.dialect.KeyRole;
import org.persona4j.dialect.KeySpec;
import org.persona4j.dialect.KeyType;
import org.persona4j.validation.internal.ConfigParser;
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
        DialectSpec spec = dialect.spec();
        for (KeySpec key : spec.keys()) {
            ObjectNode p = value(key);
            p.put("description", key.help() + (key.isOutdated() ? " " + outdated(key) : ""));
            if (key.isOutdated()) {
                p.put("deprecated", true);
            }
            properties.set(key.name(), p);
        }
        List<KeySpec> required = spec.requiredKeys();
        if (!required.isEmpty()) {
            ArrayNode names = root.putArray("required");
            required.forEach(k -> names.add(k.name()));
            ArrayNode all = root.putArray("allOf");
            for (KeySpec k : required) {
                ObjectNode filled = all.addObject().putObject("properties").putObject(k.name());
                filled.putObject("not").put("type", "null");
                filled.put("pattern", NOT_BLANK);
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
        root.put("description", "The " + LintConfig.FILE_NAME + " (or .persona-lint.yml) file of persona4j's linter.");
        root.put("type", "object");
        ObjectNode p = root.putObject("properties");
        ObjectNode rulesSchema = null; // "rules" comes before "overrides" in KEYS, whose entries reuse it
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
                    rulesSchema = k;
                }
                case "overrides" -> {
                    k.put("type", "array")
                            .put("description", "Levels for the files some globs match, later entries winning.");
                    ObjectNode entry = k.putObject("items").put("type", "object");
                    entry.putArray("required").add("files").add("rules");
                    entry.put("additionalProperties", false);
                    ObjectNode props = entry.putObject("properties");
                    ArrayNode files = props.putObject("files").putArray("anyOf");
                    files.addObject().put("type", "string");
                    files.addObject()
                            .put("type", "array")
                            .put("minItems", 1)
                            .putObject("items")
                            .put("type", "string");
                    props.set("rules", rulesSchema.deepCopy());
                }
                case "extends" -> {
                    ArrayNode any = k.putArray("anyOf");
                    any.addObject().put("type", "string").put("minLength", 1);
                    any.addObject()
                            .put("type", "array")
                            .putObject("items")
                            .put("type", "string")
                            .put("minLength", 1);
                    k.put("description", "Configuration files read first (paths relative to this one); this one wins.");
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

    private static String outdated(KeySpec key) {
        return key.status().name().charAt(0) + key.status().name().substring(1).toLowerCase(Locale.ROOT) + ": write "
                + key.replacement() + " instead.";
    }

    /** The schema of one key's value, from its type in the dialect's table. */
    private static ObjectNode value(KeySpec key) {
        ObjectNode v = JSON.createObjectNode();
        switch (key.type()) {
            case TEXT -> {
                scalar(v);
                text(v, key);
                if (!key.values().isEmpty()) {
                    ArrayNode examples = v.putArray("examples");
                    key.values().forEach(examples::add);
                }
            }
            case ENUM -> {
                ArrayNode values = v.putArray("enum");
                key.values().forEach(values::add);
                values.addNull();
            }
            case VERSION -> v.putArray("type").add("string").add("null");
            case DATE -> v.putArray("type").add("string").add("null");
            case NUMBER -> {
                ArrayNode any = v.putArray("anyOf");
                ObjectNode number = any.addObject().put("type", "number");
                if (key.role() == KeyRole.SCORE) {
                    number.put("minimum", LOWEST_SCORE).put("maximum", HIGHEST_SCORE);
                }
                any.addObject().put("type", "string").put("pattern", DECIMAL);
                any.addObject().put("type", "null");
            }
            case INTEGER -> {
                ArrayNode any = v.putArray("anyOf");
                any.addObject().put("type", "integer");
                any.addObject().put("type", "null");
            }
            case TEXT_OR_LIST -> {
                ArrayNode any = v.putArray("anyOf");
                if (key.values().isEmpty()) {
                    scalar(any.addObject());
                    scalar(any.addObject().put("type", "array").putObject("items"));
                } else {
                    ArrayNode one = any.addObject().putArray("enum");
                    key.values().forEach(one::add);
                    ArrayNode each = any.addObject()
                            .put("type", "array")
                            .putObject("items")
                            .putArray("enum");
                    key.values().forEach(each::add);
                    any.addObject().put("type", "null");
                }
            }
            case LIST, COMMA_LIST, LIST_OR_COMMAS, WORD_LIST -> {
                ArrayNode any = v.putArray("anyOf");
                scalar(any.addObject());
                ObjectNode list = any.addObject().put("type", "array");
                scalar(list.putObject("items"));
            }
            case BOOLEAN -> {
                ArrayNode any = v.putArray("anyOf");
                any.addObject().put("type", "boolean");
                any.addObject().put("type", "null");
            }
            case MAP -> v.putArray("type").add("object").add("null");
            case LIST_OF_MAPS -> {
                v.putArray("type").add("array").add("null");
                v.putObject("items").put("type", "object");
            }
            case ANY -> {}
        }
        if (key.type() == KeyType.VERSION) {
            v.put("pattern", "^(" + MetadataConstraints.SEMVER + ")$");
        } else if (key.type() == KeyType.DATE) {
            v.put("pattern", DATE);
        }
        if (!key.defaultValue().isEmpty()) {
            v.put("$comment", "default: " + key.defaultValue());
        }
        return v;
    }

    /** A text key's limits: not blank where the linter warns of blanks, its pattern and length. */
    private static void text(ObjectNode v, KeySpec key) {
        if (!key.pattern().isEmpty()) {
            v.put("pattern", "^(?:" + key.pattern() + ")$");
        } else if (!key.isPersona4j()) {
            v.put("pattern", NOT_BLANK);
        }
        if (key.maxLength() > 0) {
            v.put("maxLength", key.maxLength());
        }
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
