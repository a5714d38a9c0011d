package org.persona4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.persona4j.dialect.KeyRole;

/** Metadata is a value: what a caller builds it from can change afterwards without changing it. */
class PersonaMetadataTest {

    @Test
    void listsAndMapsPutIntoTheBuilderAreCopiedNotShared() {
        List<Object> keywords = new ArrayList<>(List.of("java"));
        Map<String, Object> variables = new LinkedHashMap<>(Map.of("team", "core"));
        PersonaMetadata m = PersonaMetadata.builder()
                .put(KeyRole.KEYWORDS, keywords)
                .put(KeyRole.VARIABLES, variables)
                .build();
        int hash = m.hashCode();
        keywords.add("kotlin");
        variables.put("team", "other");
        assertEquals(List.of("java"), m.keywords());
        assertEquals(
                Map.of("team", "core"),
                m.values()
                        .get(Dialect.AI_LEY
                                .spec()
                                .keyFor(KeyRole.VARIABLES)
                                .orElseThrow()
                                .name()));
        assertEquals(hash, m.hashCode());
        assertThrows(
                UnsupportedOperationException.class,
                () -> ((List<Object>) m.values()
                                .get(Dialect.AI_LEY
                                        .spec()
                                        .keyFor(KeyRole.KEYWORDS)
                                        .orElseThrow()
                                        .name()))
                        .add("x"));
    }
}
