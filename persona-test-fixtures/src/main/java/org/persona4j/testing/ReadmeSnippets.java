package org.persona4j.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * README code that a test runs: the lines of a test's source between {@code // --- as in README.md ---} and
 * {@code // --- end ---} must stand in the project's README, line for line (indentation aside), so the README cannot
 * show code that does not run.
 */
public final class ReadmeSnippets {

    private static final String START = "// --- as in README.md ---";
    private static final String END = "// --- end ---";

    private ReadmeSnippets() {}

    /**
     * Fails unless the marked lines of a test source stand in the README.
     *
     * @param testSource the test's source file, relative to the module
     * @param readme     the README, relative to the module
     * @throws IOException when either cannot be read
     */
    public static void assertInReadme(Path testSource, Path readme) throws IOException {
        String source = Files.readString(testSource);
        int from = source.indexOf(START);
        int to = source.indexOf(END, from);
        assertTrue(from >= 0 && to > from, testSource + " marks no README snippet");
        String snippet = stripped(source.substring(source.indexOf('\n', from) + 1, source.lastIndexOf('\n', to)));
        assertTrue(stripped(Files.readString(readme)).contains(snippet), "README.md holds the snippet:\n" + snippet);
    }

    private static String stripped(String text) {
        return text.lines().map(String::strip).collect(Collectors.joining("\n"));
    }
}
