package org.persona4j.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.persona4j.test.PersonaAssertions.assertThatPersona;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.persona4j.Persona;
import org.persona4j.Personas;
import org.persona4j.catalog.PersonaCatalog;
import org.persona4j.model.SectionKind;
import org.persona4j.render.TokenCounter;
import org.persona4j.test.internal.SnapshotStore;

/** The injected catalog, the assertions' passes and failure messages, and snapshots. */
@PersonaCatalogSource("personas")
class PersonaAssertTest {

    private final PersonaCatalog injectedIntoTheConstructor;

    PersonaAssertTest(PersonaCatalog catalog) {
        this.injectedIntoTheConstructor = catalog;
    }

    @Test
    void theCatalogIsLoadedOnceAndInjectedWhereverItIsAsked(PersonaCatalog catalog) {
        assertTrue(catalog.find("reviewer").isPresent(), catalog.ids().toString());
        assertTrue(catalog == injectedIntoTheConstructor, "one catalog per test class");
    }

    @Test
    void assertionsPassOnWhatThePersonaHas(PersonaCatalog catalog) {
        assertThatPersona(catalog.find("reviewer").orElseThrow())
                .hasSection(SectionKind.CONSTRAINTS)
                .hasSection("role summary")
                .hasConstraint("without tests")
                .countingWith(TokenCounter.estimate())
                .withVariable("team", "payments")
                .rendersWithin(80)
                .keeps(SectionKind.ROLE_SUMMARY, SectionKind.CONSTRAINTS)
                .lintsClean("permissive");
    }

    @Test
    void failuresSayWhatWasExpectedAndWhatWasFound(PersonaCatalog catalog) {
        Persona p = catalog.find("reviewer").orElseThrow();
        AssertionFailedError none = assertThrows(
                AssertionFailedError.class, () -> assertThatPersona(p).hasSection(SectionKind.TEMPLATES));
        assertTrue(none.getMessage().contains("expected a templates section in 'reviewer'"), none.getMessage());
        assertTrue(
                none.getMessage().contains("found [role summary, constraints, directives, examples]"),
                none.getMessage());
        AssertionFailedError big = assertThrows(
                AssertionFailedError.class,
                () -> assertThatPersona(p).countingWith(TokenCounter.estimate()).rendersWithin(10));
        assertTrue(big.getMessage().contains("to fit 10 tokens; it needs"), big.getMessage());
        AssertionFailedError dropped = assertThrows(
                AssertionFailedError.class,
                () -> assertThatPersona(p)
                        .countingWith(TokenCounter.estimate())
                        .rendersWithin(70)
                        .keeps(SectionKind.EXAMPLES));
        assertTrue(dropped.getMessage().contains("keep [EXAMPLES]"), dropped.getMessage());
        AssertionFailedError lint = assertThrows(
                AssertionFailedError.class, () -> assertThatPersona(p).lintsClean("reference"));
        assertTrue(lint.getMessage().contains("layout.missing-section"), lint.getMessage());
    }

    @Test
    void aSnapshotIsWrittenMatchedAndFailsWithTheStructuralChange(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("reviewer.md");
        String text = Files.readString(Path.of("src/test/resources/personas/reviewer.md"));
        Files.writeString(file, text);
        Persona p = Personas.read(file).expectPersona();
        SnapshotStore store = new SnapshotStore(dir.resolve("snapshots"), false, false);
        assertEquals(null, store.check(p, p.render(), ""), "written on first sight");
        assertTrue(Files.isRegularFile(store.file(p, "")));
        assertEquals(null, store.check(p, p.render(), ""), "the same prompt matches");

        Files.writeString(file, text.replace("- Never rewrite the author's design in review\n", ""));
        Persona edited = Personas.read(file).expectPersona();
        String failure = store.check(edited, edited.render(), "");
        assertTrue(failure.contains("the prompt of 'reviewer' changed since its snapshot"), failure);
        assertTrue(
                failure.contains(":11: a list item was removed in constraints: 'Never rewrite the author's "
                        + "design in review' (was line 13)"),
                failure);
        assertTrue(failure.contains("-Dpersona.snapshot.update=true"), failure);

        String onlyOptions = store.check(
                p,
                p.render(org.persona4j.render.RenderOptions.builder()
                        .variable("team", "payments")
                        .build()),
                "");
        assertTrue(
                onlyOptions.contains(
                        "the persona is the same; the rendered prompt differs from line 3: 'Reviews changes for the platform team.'"),
                onlyOptions);

        SnapshotStore ci = new SnapshotStore(dir.resolve("elsewhere"), false, true);
        assertTrue(
                ci.check(p, p.render(), "").startsWith("no prompt snapshot for 'reviewer'"),
                "on CI a missing snapshot fails instead of being written");
        SnapshotStore update = new SnapshotStore(dir.resolve("snapshots"), true, false);
        assertEquals(null, update.check(edited, edited.render(), ""));
        assertEquals(null, store.check(edited, edited.render(), ""), "updated to the edited persona");
    }
}
