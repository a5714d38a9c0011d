package org.persona4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pull request that brings hidden text and everything that might switch its check off: a changed
 * {@code .persona-lint.yaml} (the rule off, the file ignored), a {@code .gitignore} that hides the file, a baseline
 * made from its own findings, and directives in the file (in a comment, in the front matter, in a code example, as
 * wildcards). The lint the README's Action runs still fails on it, and says what it suppressed.
 */
@Tag("adversarial")
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PullRequestTrustTest {

    private static final Path FIXTURE = Path.of("src", "test", "resources", "pull-request");

    /** The fixture's files as the pull request leaves the repository: base, then the change over it. */
    private static Path checkout(Path dir) throws IOException {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        for (String layer : List.of("base", "change")) {
            Path from = FIXTURE.resolve(layer);
            try (Stream<Path> files = Files.walk(from)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    String rel = from.relativize(f).toString().replace("dot-", ".");
                    Path to = repo.resolve(rel);
                    Files.createDirectories(to.getParent());
                    String text = Files.readString(f, StandardCharsets.UTF_8)
                            .replace("{RLO}", "\u202E")
                            .replace("{ZWSP}", "\u200B");
                    Files.writeString(to, text, StandardCharsets.UTF_8);
                }
            }
        }
        return repo;
    }

    @Test
    void hiddenTextGetsPastNothingThePullRequestItselfChanged(@TempDir Path dir) throws IOException {
        Path repo = checkout(dir);
        Path baseline = repo.resolve(".persona-baseline.json");
        // The pull request commits a baseline of its own findings.
        ShowCommandTest.Run made = ShowCommandTest.persona(
                "lint", repo.resolve("personas").toString(), "--baseline", baseline.toString(), "--update-baseline");
        assertEquals(0, made.exit(), made.err());

        // The lint step of the Action with its default path, the repository: the baseline from the tree, every path
        // after --.
        ShowCommandTest.Run run = ShowCommandTest.persona(
                "lint",
                "--baseline",
                baseline.toString(),
                "--no-color",
                "--base",
                repo.toString(),
                "--",
                repo.toString());
        assertEquals(1, run.exit(), run.out() + run.err());
        List<String> bidi = run.out()
                .lines()
                .filter(l -> l.contains("error text.bidi-control"))
                .toList();
        assertEquals(1, bidi.size(), run.out());
        assertTrue(bidi.get(0).contains("helper.md:15:"), run.out());
        assertTrue(run.out().contains("quiet.md:4:") && run.out().contains("text.zero-width"), run.out());
        assertTrue(run.out().contains("notes.md:14:") && run.out().contains("text.zero-width"), run.out());
        assertTrue(run.out().contains("'*' in this persona-lint-disable is not a rule"), run.out());
        assertTrue(run.out().contains("'text.*' in this persona-lint-disable is not a rule"), run.out());
        assertTrue(
                run.out()
                        .contains(
                                "2 files left out by patterns in the linted tree (1 by .gitignore, 1 by configuration)"),
                run.out());

        // A subfolder, as the README's example lints: the configuration above it is the pull request's all the same.
        ShowCommandTest.Run sub = ShowCommandTest.persona(
                "lint",
                "--baseline",
                baseline.toString(),
                "--no-color",
                "--base",
                repo.toString(),
                "--",
                repo.resolve("personas").toString());
        assertEquals(1, sub.exit(), sub.out());
        assertTrue(sub.out().contains("helper.md:15:") && sub.out().contains("error text.bidi-control"), sub.out());

        Path sarifFile = dir.resolve("persona-lint.sarif");
        ShowCommandTest.Run sarif = ShowCommandTest.persona(
                "lint",
                "--baseline",
                baseline.toString(),
                "--format",
                "sarif",
                "--output",
                sarifFile.toString(),
                "--base",
                repo.toString(),
                "--",
                repo.resolve("personas").toString());
        assertEquals(1, sarif.exit(), sarif.err());
        JsonNode run0 =
                new ObjectMapper().readTree(sarifFile.toFile()).path("runs").path(0);
        assertTrue(
                run0.path("results").findValuesAsText("ruleId").contains("text.bidi-control"), run0.toPrettyString());
        JsonNode properties = run0.path("properties");
        assertEquals(1, properties.path("ignoredFiles").path("configuration").asInt(), properties.toPrettyString());
        assertTrue(properties.path("suppressedByBaseline").isInt(), properties.toPrettyString());
    }

    @Test
    void theConfigurationOfTheBaseRevisionNamedOnTheCommandLineIsTrustedAndTheTreesIsNot(@TempDir Path dir)
            throws IOException {
        Path repo = checkout(dir);
        Path base = dir.resolve("base-lint.yaml");
        Files.writeString(base, "profile: permissive\nrules:\n  text.zero-width: off\n");
        ShowCommandTest.Run run = ShowCommandTest.persona(
                "lint",
                "--config",
                base.toString(),
                "--no-color",
                "--",
                repo.resolve("personas").toString());
        assertEquals(1, run.exit(), run.out());
        assertTrue(run.out().contains("error text.bidi-control"), run.out());
        assertTrue(!run.out().contains("text.zero-width"), "the base revision's configuration may: " + run.out());
    }
}
