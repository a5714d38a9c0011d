package org.persona4j.test.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Evaluates the checks of a scenario on a response; each failure is a sentence that quotes what was wrong. */
public final class Checks {

    /** A regex may read this many characters of a response before it is given up: no response hangs a test. */
    static final long REGEX_BUDGET = 20_000_000;

    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Schemas are checked on their own: a {@code $ref} reaches only inside the schema (and the dialect's meta-schemas
     * on the class path), never a file, the class path at large or the network.
     */
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            registry -> registry.schemaLoader(loader -> loader.fetchRemoteResources(false)
                    .allow(iri -> iri.toString().startsWith("https://json-schema.org/draft/2020-12/"))
                    .block(iri -> !iri.toString().startsWith("https://json-schema.org/draft/2020-12/"))));

    private Checks() {}

    /** The failures of the checks on a response, in order; empty when every check holds. */
    public static List<String> failures(List<ScenarioFile.Check> checks, String response) {
        return checks.stream()
                .map(c -> failure(c, response))
                .filter(f -> f != null)
                .toList();
    }

    private static String failure(ScenarioFile.Check check, String response) {
        String value = String.valueOf(check.value());
        return switch (check.kind()) {
            case "contains" -> response.contains(value) ? null : "expected the response to contain '" + value + "'";
            case "notContains" ->
                !response.contains(value)
                        ? null
                        : "expected the response not to contain '" + value + "', found it at offset "
                                + response.indexOf(value);
            case "regex" -> regex(value, response);
            case "jsonSchema" -> jsonSchema(check.value(), response);
            default -> "unknown check '" + check.kind() + "'";
        };
    }

    private static String regex(String pattern, String response) {
        Pattern p;
        try {
            p = Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            return "the regex '" + pattern + "' does not compile: " + e.getDescription();
        }
        try {
            return p.matcher(new BoundedText(response, REGEX_BUDGET)).find()
                    ? null
                    : "expected the response to match /" + pattern + "/";
        } catch (BoundedText.Exhausted e) {
            return "the regex /" + pattern + "/ read more than " + REGEX_BUDGET + " characters of a "
                    + response.length() + "-character response and was given up; make it less ambiguous";
        }
    }

    private static String jsonSchema(Object schema, String response) {
        JsonNode instance;
        try {
            instance = JSON.readTree(unfenced(response));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return "expected the response to be JSON for its schema: " + e.getOriginalMessage();
        }
        List<Error> errors;
        try {
            Schema s = SCHEMAS.getSchema(JSON.valueToTree(schema));
            errors = s.validate(instance);
        } catch (RuntimeException e) { // a $ref to nowhere, an invalid keyword: this check fails, the others run
            return "the check's JSON Schema cannot be used (" + e.getClass().getSimpleName() + ": "
                    + Objects.toString(e.getMessage(), "no message")
                    + "); a $ref may point only inside the schema, as '#/$defs/name'";
        }
        return errors.isEmpty()
                ? null
                : "the response does not match its JSON Schema: "
                        + errors.stream().map(Error::toString).limit(5).toList();
    }

    /** A response's JSON: the text, or the inside of one fenced block ({@code ```json … ```}) around it. */
    static String unfenced(String response) {
        String t = response.strip();
        if (t.startsWith("```") && t.endsWith("```") && t.length() >= 6) {
            int firstLine = t.indexOf('\n');
            if (firstLine > 0) {
                return t.substring(firstLine + 1, t.length() - 3);
            }
        }
        return t;
    }
}
