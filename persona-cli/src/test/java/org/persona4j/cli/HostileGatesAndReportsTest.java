package org.persona4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Gates and reports a change could walk around: SARIF locations that a file name or a standard-input label turns into
 * an absolute URI or a host, and a diff gate that a rename, a move or a split of a file would slip past.
 */
@Tag("adversarial")
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HostileGatesAndReportsTest {

    private static final String PERSONA = "---\ntitle: T\nversion: nope\n---\n## Role Summary\n\nX.\n";

    private static void assertRelativeReference(String uri) {
        URI parsed = URI.create(uri);
        assertEquals(null, parsed.getScheme(), "no scheme: " + uri);
        assertEquals(null, parsed.getRawAuthority(), "no host: " + uri);
        assertFalse(uri.startsWith("/"), "not absolute: " + uri);
        assertEquals(null, parsed.getRawQuery(), "no query: " + uri);
        assertEquals(null, parsed.getRawFragment(), "no fragment: " + uri);
    }

    private static List<String> sarifUris(String out) {
        JsonNode sarif = org.persona4j.testing.SarifSchema.assertValid(out);
        List<String> uris = new java.util.ArrayList<>();
        for (JsonNode result : sarif.at("/runs/0/results")) {
            uris.add(result.at("/locations/0/physicalLocation/artifactLocation/uri")
                    .asText());
        }
        assertFalse(uris.isEmpty(), out);
        return uris;
    }

    @Test
    void everyFileNameIsARelativeReferenceThatResolvesToItsFile(@TempDir Path dir) throws IOException {
        List<String> names = List.of(
                "a:b.md", "http:x.md", "C:evil.md", "%41.md", "#x.md", "q?x=1.md", "sp ace.md", "..x.md", "ü.md");
        for (String name : names) {
            Path file = dir.resolve("tree").resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, PERSONA);
        }
        ShowCommandTest.Run run = ShowCommandTest.persona(
                "lint", dir.resolve("tree").toString(), "-f", "sarif", "--base", dir.toString());
        List<String> uris = sarifUris(run.out());
        URI root = dir.toAbsolutePath().toUri();
        java.util.Set<Path> resolved = new java.util.HashSet<>();
        for (String uri : uris) {
            assertRelativeReference(uri);
            resolved.add(Path.of(root.resolve(URI.create(uri))));
        }
        for (String name : names) {
            assertTrue(resolved.contains(dir.resolve("tree").resolve(name).toAbsolutePath()), name + " in " + uris);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../../etc/passwd",
                "/etc/passwd",
                "//evil.example/share/x.md",
                "file:///etc/passwd",
                "https://evil.example/x.md",
                "C:\\Users\\x.md",
                "a:b.md",
                "docs/?q#frag.md"
            })
    void aStandardInputLabelIsARelativeReferenceWhateverItSays(String label) {
        InputStream before = System.in;
        try {
            System.setIn(new ByteArrayInputStream(PERSONA.getBytes(StandardCharsets.UTF_8)));
            ShowCommandTest.Run run = ShowCommandTest.persona("lint", "-", "--stdin-filename", label, "-f", "sarif");
            for (String uri : sarifUris(run.out())) {
                assertRelativeReference(uri);
            }
        } finally {
            System.setIn(before);
        }
    }

    private static final String GUARD =
            "---\ntitle: Guard\nversion: 1.0.0\n---\n## Role Summary\n\nGuards releases.\n\n"
                    + "## Constraints\n\n- Never push to main.\n- Never print secrets.\n- Never skip review.\n"
                    + "- Never deploy on Fridays.\n\n## Directives\n\n- Run the tests.\n- Tag the release.\n";

    private static int gate(Path a, Path b) {
        return ShowCommandTest.persona("diff", a.toString(), b.toString(), "--fail-on", "removed:constraints")
                .exit();
    }

    @Test
    void aGateOnRemovedConstraintsHoldsAcrossRenamesMovesAndEdits(@TempDir Path dir) throws IOException {
        Path a = Files.createDirectories(dir.resolve("a/team"));
        Files.writeString(a.resolve("guard.md"), GUARD);
        Files.writeString(a.resolve("helper.md"), "---\ntitle: Helper\n---\n## Role Summary\n\nHelps.\n");
        String dropped = GUARD.replace("- Never print secrets.\n", "");

        // Renamed into another folder, with the constraint dropped and the title edited.
        Path b = Files.createDirectories(dir.resolve("b/elsewhere"));
        Files.writeString(b.resolve("release-guardian.md"), dropped.replace("title: Guard", "title: Guardian"));
        Files.writeString(dir.resolve("b/helper.md"), "---\ntitle: Helper\n---\n## Role Summary\n\nHelps.\n");
        assertEquals(1, gate(dir.resolve("a"), dir.resolve("b")), "moved and renamed");

        // The constraints section removed whole under a new name.
        Files.writeString(
                b.resolve("release-guardian.md"),
                GUARD.substring(0, GUARD.indexOf("## Constraints")) + GUARD.substring(GUARD.indexOf("## Directives")));
        assertEquals(1, gate(dir.resolve("a"), dir.resolve("b")), "section removed after a rename");

        // Renamed and the heading changed case and spacing: still the constraints.
        Files.writeString(b.resolve("release-guardian.md"), dropped.replace("## Constraints", "##   constraints"));
        assertEquals(1, gate(dir.resolve("a"), dir.resolve("b")), "heading respelled");

        // Deleted, with an unrelated file added in its place.
        Files.delete(b.resolve("release-guardian.md"));
        Files.writeString(b.resolve("other.md"), "---\ntitle: Other\n---\n## Role Summary\n\nDifferent.\n");
        assertEquals(1, gate(dir.resolve("a"), dir.resolve("b")), "removed whole");

        // The control: renamed and moved without losing anything passes.
        Files.delete(b.resolve("other.md"));
        Files.writeString(b.resolve("release-guardian.md"), GUARD);
        assertEquals(0, gate(dir.resolve("a"), dir.resolve("b")), "an unchanged rename");
    }
}
