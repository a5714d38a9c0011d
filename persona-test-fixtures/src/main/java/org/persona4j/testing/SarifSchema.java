package org.persona4j.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The SARIF 2.1.0 JSON schema (OASIS, {@code sarif-2.1/schema/sarif-schema-2.1.0.json} of oasis-tcs/sarif-spec,
 * vendored under {@code src/test/resources/sarif}), for tests that check every SARIF log they produce, plus the
 * URI rules GitHub's upload and Microsoft's validator apply beyond the schema.
 */
public final class SarifSchema {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Schema SCHEMA = load();

    private SarifSchema() {}

    private static Schema load() {
        try (InputStream in = SarifSchema.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            JsonNode schema = JSON.readTree(in);
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                    .getSchema(schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails unless the text is a SARIF 2.1.0 log valid against the schema, with well-formed artifact URIs. */
    public static JsonNode assertValid(String sarif) {
        JsonNode log;
        try {
            log = JSON.readTree(sarif);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + e.getMessage(), e);
        }
        List<Error> errors = SCHEMA.validate(log);
        assertEquals(List.of(), errors.stream().map(Error::toString).toList(), "SARIF schema violations");
        for (JsonNode result : log.at("/runs/0/results")) {
            for (JsonNode location : result.path("locations")) {
                JsonNode artifact = location.at("/physicalLocation/artifactLocation");
                String uri = artifact.path("uri").asText();
                if (uri.startsWith("//")) {
                    throw new AssertionError("a URI with an authority but no scheme (SARIF1004): " + uri);
                }
                java.net.URI parsed = java.net.URI.create(uri);
                if (parsed.isAbsolute() == artifact.has("uriBaseId")) {
                    throw new AssertionError(
                            "an absolute URI takes no uriBaseId and a relative one needs it: " + artifact);
                }
            }
        }
        return log;
    }
}
