package org.persona4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command resolves FILE or ID arguments the same way (see {@code PersonaArguments}): a path, an exact id, a
 * front-matter name, a unique end of an id, an ambiguous end and an unknown name give the same resolution and the
 * same message through {@code show}, {@code lint}, {@code query} and {@code render}.
 */
class ArgumentResolutionTest {

    @TempDir
    static Path catalog;

    @BeforeAll
    static void writeCatalog() throws IOException {
        write("engineer/backend-engineer.md", "name: backend-dev", "Backend Marker");
        write("engineer/frontend-engineer.md", "name: fe-one", "Frontend One Marker");
        write("web/frontend-engineer.md", "name: fe-two", "Frontend Two Marker");
    }

    private static void write(String path, String extra, String title) throws IOException {
        Path file = catalog.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(
                file,
                "---\ntitle: " + title + "\nversion: 1.0.0\n" + extra + "\n---\n# " + title
                        + "\n\n## Role Summary\nWorks on " + title + ".\n\n## Constraints\n- Never guess.\n");
    }

    /** A case: what is typed, and the title it resolves to, or the message it fails with. */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("file", "FILE", "Backend Marker", null),
                Arguments.of("exact id", "engineer/backend-engineer", "Backend Marker", null),
                Arguments.of("front-matter name", "backend-dev", "Backend Marker", null),
                Arguments.of("unique id end", "backend-engineer", "Backend Marker", null),
                Arguments.of(
                        "ambiguous id end",
                        "frontend-engineer",
                        null,
                        "persona: 'frontend-engineer' matches 2 "
                                + "personas: engineer/frontend-engineer, web/frontend-engineer; give the full id"),
                Arguments.of(
                        "unknown",
                        "backend-enginer",
                        null,
                        "persona: no file or persona with id "
                                + "'backend-enginer'; did you mean engineer/backend-engineer?"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyCommandResolvesTheSameWayAndSaysTheSame(String name, String typed, String title, String message) {
        String argument = typed.equals("FILE")
                ? catalog.resolve("engineer/backend-engineer.md").toString()
                : typed;
        List<String> messages = new ArrayList<>();
        for (String command : List.of("show", "lint", "query", "render")) {
            List<String> args = new ArrayList<>(List.of(command, argument, "--catalog", catalog.toString()));
            if (command.equals("lint")) {
                args.addAll(List.of("--format", "json", "--profile", "permissive"));
            }
            ShowCommandTest.Run run = ShowCommandTest.persona(args.toArray(new String[0]));
            if (message != null) {
                assertEquals(2, run.exit(), command + ": " + run.err());
                messages.add(run.err()
                        .lines()
                        .filter(l -> l.startsWith("persona: "))
                        .findFirst()
                        .orElse(run.err()));
                continue;
            }
            assertTrue(run.exit() == 0, command + " exited " + run.exit() + ": " + run.err());
            if (command.equals("lint")) {
                assertTrue(run.out().contains("engineer/backend-engineer.md\""), command + ": " + run.out());
            } else {
                assertTrue(run.out().contains(title), command + ": " + run.out());
                assertTrue(!run.out().contains("Frontend"), command + ": " + run.out());
            }
        }
        if (message != null) {
            assertEquals(List.of(message, message, message, message), messages);
        }
    }

    @org.junit.jupiter.api.Test
    void aDirectoryWithNoPersonaFileIsAnErrorForEveryCommandThatNeedsAPersona(@TempDir Path empty) throws IOException {
        Files.writeString(empty.resolve("notes.txt"), "not a persona");
        for (String command : List.of("show", "convert")) { // render takes one file and says so
            List<String> args = new ArrayList<>(List.of(command, empty.toString()));
            if (command.equals("convert")) {
                args.addAll(List.of(
                        "--to", "cursor-rule", "--out", empty.resolve("out").toString()));
            }
            ShowCommandTest.Run run = ShowCommandTest.persona(args.toArray(new String[0]));
            assertEquals(2, run.exit(), command + ": " + run.out() + run.err());
            assertTrue(run.err().contains("no persona files in"), command + ": " + run.err());
        }
    }
}
