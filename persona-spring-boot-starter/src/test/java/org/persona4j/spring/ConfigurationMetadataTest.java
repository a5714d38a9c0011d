package org.persona4j.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The configuration metadata the build writes lists every persona4j.* property with a description IDEs can show. */
class ConfigurationMetadataTest {

    @Test
    void everyPropertyIsListedWithAPlainDescription() throws IOException {
        JsonNode metadata;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertTrue(in != null, "the build wrote no configuration metadata");
            metadata = new ObjectMapper().readTree(in);
        }
        Map<String, String> described = new TreeMap<>();
        metadata.get("properties")
                .forEach(p -> described.put(
                        p.get("name").asText(), p.path("description").asText()));
        // The record's components, and the switch only a condition reads (declared in the additional metadata).
        String expected = java.util.stream.Stream.concat(
                        Arrays.stream(PersonaProperties.class.getRecordComponents())
                                .map(c -> "persona4j."
                                        + c.getName()
                                                .replaceAll("([A-Z])", "-$1")
                                                .toLowerCase(java.util.Locale.ROOT)),
                        java.util.stream.Stream.of("persona4j.mcp.enabled"))
                .sorted()
                .collect(Collectors.joining(", "));
        assertEquals(expected, String.join(", ", described.keySet()));
        described.forEach((name, text) -> {
            assertTrue(text.length() > 20 && !text.contains("{@"), name + ": " + text);
        });
        metadata.get("properties").forEach(p -> {
            if (p.get("name").asText().equals("persona4j.fail-on")) {
                assertEquals("error", p.path("defaultValue").asText());
            }
        });
    }
}
