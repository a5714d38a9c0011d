package org.persona4j.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.persona4j.Diagnostic;
import org.persona4j.catalog.PersonaCatalog;
import org.persona4j.catalog.SearchHit;
import org.persona4j.testing.Corpus;

/**
 * {@code set.near-duplicate} and {@code set.description-overlap}: every skill shipped again as a prompt is found and
 * named with what it shares, distinct personas are not, and a catalog shows each pair of copies once.
 */
class NearDuplicateRulesTest {

    private static final Path TWINS = Path.of("src/test/resources/twins");

    private static Map<String, List<String>> findings(LintReport report, String code) {
        Map<String, List<String>> out = new TreeMap<>();
        for (FileReport f : report.files()) {
            for (Diagnostic d : f.diagnostics()) {
                if (d.code().equals(code)) {
                    out.computeIfAbsent(d.source().replace(TWINS + "/", ""), k -> new java.util.ArrayList<>())
                            .add(d.message());
                }
            }
        }
        return out;
    }

    @Test
    void everySkillShippedAgainAsAPromptIsFoundAndNamesTheOtherFileAndWhatTheyShare() throws IOException {
        LintReport report = Linter.builder().build().lint(List.of(TWINS));
        Map<String, List<String>> found = findings(report, "set.near-duplicate");
        assertEquals(3, found.size(), found.toString());
        for (String name : List.of("db-migration", "incident-review", "release-notes")) {
            String prompt = "prompts/" + name + ".prompt.md";
            String skill = "skills/" + name + "/SKILL.md";
            List<String> messages = found.getOrDefault(prompt, found.get(skill));
            assertTrue(messages != null && messages.size() == 1, name + ": " + found);
            String other = found.containsKey(prompt) ? skill : prompt;
            assertTrue(messages.get(0).contains(other), messages.get(0));
            assertTrue(messages.get(0).contains("both say '"), messages.get(0));
        }
        assertTrue(found.keySet().stream().noneMatch(k -> k.contains("api-docs")), found.toString());
    }

    @Test
    void distinctPersonasOfTheReferenceSetAreNoCopiesOfEachOtherAndItsOneCopyIsFound() throws IOException {
        Path set = Corpus.require().resolve("ai-ley-personas");
        LintReport report = Linter.builder().build().lint(List.of(set));
        Map<String, List<String>> found = findings(report, "set.near-duplicate");
        // The one persona the set holds twice (the same file stem in two folders, as the corpus README says); the
        // placeholder personas written from one template, alike as they are, are not copies.
        assertEquals(List.of(set.resolve("devops/finops-developer.md").toString()), List.copyOf(found.keySet()));
        assertTrue(found.values().iterator().next().get(0).contains("developer/finops-developer.md"), found.toString());
    }

    @Test
    void descriptionsInMostlyTheSameWordsCompete(@TempDir Path dir) throws IOException {
        Files.writeString(
                dir.resolve("a.md"),
                "---\nname: a\ndescription: Reviews Java pull requests for concurrency bugs, thread safety, locking and "
                        + "deadlocks in services\n---\n## Role Summary\n\nYou look at locks and threads.\n");
        Files.writeString(
                dir.resolve("b.md"),
                "---\nname: b\ndescription: Reviews Java pull requests for concurrency bugs, thread safety, locking and "
                        + "deadlocks in microservices\n---\n## Role Summary\n\nYou read the diff for races.\n");
        Files.writeString(
                dir.resolve("c.md"),
                "---\nname: c\ndescription: Plans the quarterly marketing budget across paid search, events and "
                        + "partner programmes\n---\n## Role Summary\n\nYou plan budgets.\n");
        LintReport report = Linter.builder().build().lint(List.of(dir));
        List<Diagnostic> overlaps = report.files().stream()
                .flatMap(f -> f.diagnostics().stream())
                .filter(d -> d.code().equals("set.description-overlap"))
                .toList();
        assertEquals(1, overlaps.size(), overlaps.toString());
        assertTrue(overlaps.get(0).source().endsWith("b.md"), overlaps.toString());
        assertTrue(overlaps.get(0).message().contains("a.md"), overlaps.get(0).message());
        assertTrue(
                overlaps.get(0).message().contains("concurrency"),
                overlaps.get(0).message());
        assertEquals(3, overlaps.get(0).line(), "at the description");
    }

    @Test
    void aCatalogShowsEachPairOfCopiesOnceWithItsTwin() throws IOException {
        PersonaCatalog catalog = PersonaCatalog.builder().directory(TWINS).build();
        List<SearchHit> hits = catalog.search("migration backfill replication lag schema", 10);
        assertEquals(1, hits.get(0).twins().size(), hits.toString());
        List<String> both = new java.util.ArrayList<>(hits.get(0).twins());
        both.add(hits.get(0).persona().id());
        assertEquals(
                List.of("prompts/db-migration", "skills/db-migration"),
                both.stream().sorted().toList());
        List<SearchHit> all = catalog.search("release notes incident database migration API documentation", 10);
        assertEquals(4, all.size(), "three pairs of copies and one skill of its own: " + all);
        assertEquals(3, all.stream().filter(h -> h.twins().size() == 1).count(), all.toString());
    }
}
