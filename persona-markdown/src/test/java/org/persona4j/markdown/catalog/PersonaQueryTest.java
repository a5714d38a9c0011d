package org.persona4j.markdown.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.persona4j.markdown.catalog.PersonaCatalogTest.persona;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.persona4j.Persona;
import org.persona4j.catalog.PersonaCatalog;
import org.persona4j.catalog.PersonaFilter;
import org.persona4j.catalog.PersonaQuery;

/** Every query operator, on a small catalog held in memory. */
class PersonaQueryTest {

    private static PersonaCatalog catalog;

    @BeforeAll
    static void load() throws IOException {
        catalog = PersonaCatalog.builder()
                .source(
                        "kafka",
                        persona(
                                        "Kafka Expert",
                                        "1.0.0",
                                        "\nkeywords: [Apache Kafka, streaming]\n"
                                                + "agentMode: general\napplyTo: '**/*.java'\nsummaryScore: 4.5")
                                .replace(
                                        "## Role Summary\n",
                                        "## Tools & Capabilities\n- **Databases**: PostgreSQL 16+, Redis\n\n## Role Summary\n"))
                .source(
                        "web",
                        persona(
                                "Web Developer",
                                "1.0.0",
                                "\nkeywords: [react, Ünicode]\nagentMode: Général\n"
                                        + "applyTo: '**/*.ts, **/*.tsx'\nsummaryScore: 3.5"))
                .source(
                        "writer",
                        persona(
                                "Technical Writer",
                                "1.0.0",
                                "\nkeywords: [docs]\nagentMode: writing\n" + "applyTo: general"))
                .build();
    }

    @Test
    void keywordsMatchWholeWordsIgnoringCaseAndAccents() {
        assertEquals(List.of("kafka"), ids(catalog.query().keyword("KAFKA")));
        assertEquals(List.of("web"), ids(catalog.query().keyword("unicode")));
        assertEquals(List.of(), ids(catalog.query().keyword("kaf")));
    }

    @Test
    void capabilitiesMatchCategoriesAndItems() {
        assertEquals(List.of("kafka"), ids(catalog.query().capability("postgresql")));
        assertEquals(List.of("kafka"), ids(catalog.query().capability("databases")));
        assertEquals(List.of(), ids(catalog.query().capability("mysql")));
    }

    @Test
    void agentModeAppliesToAndScore() {
        assertEquals(List.of("kafka", "web"), ids(catalog.query().agentMode("general")));
        // The writer's 'general' names an audience, not files: in AI-LEY it means every file.
        assertEquals(List.of("web", "writer"), ids(catalog.query().appliesTo(Path.of("src/App.tsx"))));
        assertEquals(List.of("kafka", "writer"), ids(catalog.query().appliesTo(Path.of("src/Main.java"))));
        assertEquals(List.of("writer"), ids(catalog.query().appliesTo(Path.of("README.md"))));
        assertEquals(List.of("kafka", "web"), ids(catalog.query().scoreAtLeast(3.5)));
    }

    @Test
    void combinatorsOrderAndLimit() {
        assertEquals(
                List.of("kafka", "writer"),
                ids(catalog.query().anyOf(PersonaFilter.keyword("kafka"), PersonaFilter.keyword("docs"))));
        assertEquals(List.of("web", "writer"), ids(catalog.query().not(PersonaFilter.keyword("kafka"))));
        assertEquals(
                List.of("web"),
                ids(catalog.query()
                        .where(PersonaFilter.agentMode("general")
                                .and(PersonaFilter.keyword("kafka").negate()))));
        assertEquals(List.of("kafka", "web", "writer"), ids(catalog.query().orderBy(PersonaQuery.BY_SCORE)));
        assertEquals(
                List.of("web", "writer"),
                ids(catalog.query().orderBy(PersonaQuery.BY_TITLE.reversed()).limit(2)));
        assertEquals(3, catalog.query().count());
    }

    @Test
    void findFirstAndExpectFirst() {
        assertEquals("kafka", catalog.query().keyword("streaming").expectFirst().id());
        assertTrue(catalog.query().keyword("cobol").findFirst().isEmpty());
        NoSuchElementException e = assertThrows(
                NoSuchElementException.class,
                () -> catalog.query().keyword("kafka").agentMode("writing").expectFirst());
        assertTrue(e.getMessage().contains("keyword 'kafka' and agentMode is 'writing'"), e.getMessage());
        assertTrue(e.getMessage().contains("closest: kafka, which fails agentMode is 'writing'"), e.getMessage());
    }

    @Test
    void queriesAreImmutable() {
        PersonaQuery base = catalog.query().agentMode("general");
        base.keyword("kafka");
        assertEquals(2, base.list().size());
    }

    private static List<String> ids(PersonaQuery query) {
        return query.list().stream().map(Persona::id).toList();
    }
}
