package org.persona4j.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.persona4j.Diagnostic;
import org.persona4j.Dialect;
import org.persona4j.Persona;
import org.persona4j.Personas;
import org.persona4j.ReadOptions;
import org.persona4j.ReadResult;
import org.persona4j.Severity;
import org.persona4j.testing.Corpus;

/**
 * The JSON Schemas, checked with networknt's validator: each is a valid draft 2020-12 schema, accepts every front
 * matter of the corpus that the linter accepts without a metadata error, and rejects an example of each metadata
 * finding the linter reports; the configuration schema agrees with the configuration parser.
 */
class SchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry REGISTRY =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Linter LINTER =
            Linter.builder().serviceLoaderRules(false).build();
    private static final Map<Dialect, Schema> SCHEMAS = new EnumMap<>(Dialect.class);

    static {
        for (Dialect d : Dialect.values()) {
            SCHEMAS.put(d, REGISTRY.getSchema(Schemas.frontMatter(d)));
        }
    }

    /** The front matter as the reader holds it: every key with the value it read, as JSON. */
    private static JsonNode instance(Persona p) {
        ObjectNode out = JSON.createObjectNode();
        for (String key : p.metadata().keys()) {
            out.set(key, JSON.valueToTree(p.metadata().value(key).orElse(null)));
        }
        return out;
    }

    private static boolean metadataError(Diagnostic d) {
        return d.severity() == Severity.ERROR
                && (d.code().startsWith("metadata.")
                        || d.code().startsWith("dialect.")
                        || d.code().startsWith("front-matter."));
    }

    @Test
    void everySchemaIsAValidDraft202012SchemaNamingEveryKeyOfItsDialect() throws IOException {
        Schema meta = REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        for (Dialect d : Dialect.values()) {
            JsonNode schema = JSON.readTree(Schemas.frontMatter(d));
            assertEquals(List.of(), meta.validate(schema), d.name());
            // agents.yaml holds many agents: its schema is that of one agent, for every key
            JsonNode one = d == Dialect.CREWAI_AGENT ? schema.get("additionalProperties") : schema;
            Set<String> keys = new TreeSet<>();
            one.get("properties").fieldNames().forEachRemaining(keys::add);
            assertEquals(new TreeSet<>(d.keys()), keys, d.name());
            assertEquals(d.spec().keys().size(), keys.size(), d.name());
        }
        assertEquals(List.of(), meta.validate(JSON.readTree(Schemas.lintConfig())));
    }

    @Test
    void everyCorpusFrontMatterTheLinterAcceptsIsAcceptedByItsDialectsSchema() throws IOException {
        Path corpus = Corpus.require();
        List<String> refused = new ArrayList<>();
        int checked = 0;
        List<String> skipped = new ArrayList<>();
        for (Path file : Corpus.personaFiles(corpus)) {
            ReadResult read = Personas.read(file);
            if (read.findPersona().isEmpty()) {
                continue;
            }
            Persona p = read.expectPersona();
            List<Diagnostic> errs = LINTER.lint(List.of(file)).files().stream()
                    .flatMap(f -> f.diagnostics().stream())
                    .filter(SchemasTest::metadataError)
                    .toList();
            boolean linterAccepts = errs.isEmpty();
            if (!linterAccepts) {
                skipped.add(errs.toString());
            }
            if (linterAccepts) {
                checked++;
                JsonNode instance = p.dialect() == Dialect.CREWAI_AGENT
                        ? JSON.createObjectNode().set(p.id(), instance(p))
                        : instance(p);
                List<Error> errors = SCHEMAS.get(p.dialect()).validate(instance);
                if (!errors.isEmpty()) {
                    refused.add(file + ": " + errors);
                }
            }
        }
        int all = checked + skipped.size();
        assertTrue(
                checked >= all * 9 / 10, checked + " of " + all + " personas checked; the linter refused " + skipped);
        assertEquals(List.of(), refused.subList(0, Math.min(5, refused.size())), refused.size() + " refused");
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            AI_LEY         | 'version: 1.0.0\\ndescription: x'                      | metadata.required
            AI_LEY         | 'title: \\"  \\"'                                       | metadata.required
            AI_LEY         | 'title: T\\nsummaryScore: 9'                           | metadata.score-range
            AI_LEY         | 'title: T\\nsummaryScore: high'                        | front-matter.field-type
            AI_LEY         | 'title: T\\nlastUpdated: January 2025'                 | metadata.date-format
            AI_LEY         | 'title: T\\nversion: v1'                               | metadata.version-format
            AI_LEY         | 'title: T\\nauthor: \\"\\"'                             | metadata.blank
            AI_LEY         | 'title: [a, b]\\nname: n'                              | front-matter.field-type
            AI_LEY         | 'title: T\\nkeywords: {a: b}'                          | front-matter.field-type
            AI_LEY         | 'title: T\\napplyTo: [[a]]'                            | front-matter.field-type
            CLAUDE_SUBAGENT | 'name: helper\ndescription: \"\"'                   | dialect.required
            CLAUDE_SUBAGENT | 'name: \"a:b\"\ndescription: Helps'                | dialect.name
            CLAUDE_SUBAGENT | 'name: h\ndescription: d\npermissionMode: sometimes'  | dialect.value
            AGENT_SKILL    | 'name: My Skill\\ndescription: d'                      | dialect.name
            AGENT_SKILL    | 'name: pdf'                                            | dialect.required
            CURSOR_RULE    | 'description: d\\nalwaysApply: sometimes'              | dialect.value
            """)
    void theSchemaRejectsWhatTheLinterReports(Dialect dialect, String frontMatter, String code) {
        String yaml = frontMatter.replace("\\n", "\n").replace("\\\"", "\"");
        String label = switch (dialect) {
            case AGENT_SKILL -> "skills/pdf/SKILL.md";
            case CURSOR_RULE -> ".cursor/rules/r.mdc";
            default -> "p.md";
        };
        String text = "---\n" + yaml + "\n---\n## Role Summary\n\nText.\n";
        Linter linter = Linter.builder()
                .serviceLoaderRules(false)
                .readOptions(ReadOptions.builder().dialect(dialect).build())
                .build();
        List<Diagnostic> found = linter.lint(text, label).files().get(0).diagnostics();
        assertTrue(found.stream().anyMatch(d -> d.code().equals(code)), () -> code + " not in " + found);
        Persona p = Personas.parse(
                        text, label, ReadOptions.builder().dialect(dialect).build())
                .expectPersona();
        assertFalse(SCHEMAS.get(dialect).validate(instance(p)).isEmpty(), () -> yaml + " was accepted");
    }

    @Test
    void theConfigurationSchemaAcceptsWhatTheParserAcceptsAndRejectsWhatItRefuses() throws IOException {
        Schema schema = REGISTRY.getSchema(Schemas.lintConfig());
        String good = "{\"profile\": \"technical\", \"strict\": true, \"scoreRange\": [0, 10], \"versionPattern\": "
                + "\"v.*\", \"rules\": {\"metadata.placeholder\": \"off\", \"layout.out-of-order\": \"WARN\", "
                + "\"my.rule\": false}, \"ignore\": [\"drafts/**\"], \"overrides\": [{\"files\": [\"legacy/**\"], "
                + "\"rules\": {\"metadata.placeholder\": \"off\"}}]}";
        org.persona4j.validation.internal.ConfigParser.parse(good, "good", Path.of("."));
        assertEquals(List.of(), schema.validate(JSON.readTree(good)));
        for (String bad : List.of(
                "{\"profile\": \"strictest\"}",
                "{\"strict\": \"yes\"}",
                "{\"scoreRange\": [1]}",
                "{\"rules\": {\"metadata.blank\": \"loud\"}}",
                "{\"ignore\": 3}",
                "{\"overrides\": [{\"rules\": {\"metadata.placeholder\": \"off\"}}]}",
                "{\"overrides\": [{\"files\": \"a/**\", \"rules\": {}, \"level\": 1}]}",
                "{\"colour\": \"red\"}")) {
            boolean parserRefuses;
            try {
                org.persona4j.validation.internal.ConfigParser.parse(bad, "bad", Path.of("."));
                parserRefuses = false;
            } catch (IllegalArgumentException e) {
                parserRefuses = true;
            }
            assertTrue(parserRefuses, bad);
            assertFalse(schema.validate(JSON.readTree(bad)).isEmpty(), bad);
        }
    }
}
