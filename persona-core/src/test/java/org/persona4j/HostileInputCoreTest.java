package org.persona4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.persona4j.catalog.AppliesTo;
import org.persona4j.render.PromptTooLargeException;
import org.persona4j.render.RenderOptions;
import org.persona4j.render.Variables;

/**
 * Hostile input, round 2, the classes that live in the core (docs/SECURITY.md): terminal output that stays inert,
 * applyTo that cannot expand without a bound, renders that cannot grow without a bound. Each with a positive
 * control: ordinary input is left alone.
 */
@Tag("adversarial")
@Timeout(value = 120, unit = TimeUnit.SECONDS) // a hang fails the test rather than the build
class HostileInputCoreTest {

    @Test
    void terminalTextMakesEscapesBidiAndLineBreaksVisible() {
        String hostile = "title\u001B]0;pwned\u0007\u001B[2J\r\nforged.md:1:1: error fake\u202Eevil\u2028x\u0000";
        String shown = TerminalText.escape(hostile);
        assertFalse(shown.chars().anyMatch(c -> c < 0x20 || c == 0x7F || c == 0x202E || c == 0x2028), shown);
        assertTrue(shown.contains("<U+001B>]0;pwned<U+0007>") && shown.contains("<U+000D><U+000A>forged.md"), shown);
        assertEquals("a\nb<U+001B>", TerminalText.escapeLines("a\nb\u001B"));
    }

    @Test
    void toolArgumentsFromAModelCannotNestOrGrowPastTheParsersLimits() {
        String deep = "{\"a\": " + "[".repeat(200_000) + "]".repeat(200_000) + ", \"name\": \"x\"}";
        assertEquals(
                org.persona4j.internal.json.JsonArguments.Problem.NOT_JSON,
                org.persona4j.internal.json.JsonArguments.parse(deep).problem(),
                "nesting past the parser's depth limit is not JSON, and no stack is used up");

        StringBuilder wide = new StringBuilder("{");
        for (int i = 0; i < 100_000; i++) {
            wide.append(i > 0 ? "," : "").append("\"k").append(i).append("\": [\"v\", {\"w\": 1}]");
        }
        wide.append(", \"name\": \"x\"}");
        org.persona4j.internal.json.JsonArguments args =
                org.persona4j.internal.json.JsonArguments.parse(wide.toString());
        assertEquals(null, args.problem());
        assertEquals("x", args.text("name"), "many skipped values, and the string field after them");
    }

    @Test
    void terminalTextLeavesOrdinaryTextAlone() {
        for (String ordinary : List.of(
                "Backend Engineer",
                "Café — naïve résumé",
                "日本語のペルソナ",
                "فارسی\u200Cها",
                "👩\u200D💻 dev",
                "❤\uFE0F",
                "tab\tseparated")) {
            assertEquals(ordinary, TerminalText.escape(ordinary));
        }
        assertEquals("plain", TerminalText.escape("plain"));
    }

    @Test
    void applyToIsBoundedPerPersonaNotPerPattern() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            many.add("src/{a,b,c,d,e,f,g,h}/{1,2,3,4,5,6,7,8}/**/*." + i);
        }
        AppliesTo huge = AppliesTo.of(many);
        assertTrue(huge.dropped() > 4900, "dropped " + huge.dropped());
        assertTrue(huge.patterns().size() <= AppliesTo.MAX_ALTERNATIVES);
        assertFalse(huge.matches(Path.of("src/z/9/x.java")));
        AppliesTo commas = AppliesTo.of(List.of(",".repeat(1_000_000) + "**/*.java"));
        assertEquals(1, commas.dropped(), "a pattern past the text bound is left out whole, never expanded");
        assertTrue(commas.patterns().isEmpty());

        AppliesTo ordinary = AppliesTo.of(List.of("**/*.java, **/*.kt", "src/{main,test}/**"));
        assertEquals(0, ordinary.dropped());
        assertTrue(ordinary.matches(Path.of("src/Main.java")));
    }

    @Test
    void aRenderCannotGrowWithoutABound() {
        String placeholders = "{{x}} ".repeat(10_000);
        String value = "v".repeat(1_000);
        assertThrows(
                PromptTooLargeException.class,
                () -> Variables.fill(placeholders, Map.of("x", value), false, at -> "t:" + at));
        assertEquals("vv vv ", Variables.fill("{{x}} {{x}} ", Map.of("x", "vv"), false, at -> "t:" + at));
        assertTrue(RenderOptions.MAX_PROMPT_CHARS >= 4 * ReadOptions.defaults().maxFileBytes());
    }
}
