package org.persona4j.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import com.code_intelligence.jazzer.mutation.annotation.WithUtf8Length;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

// A quadratic regression fails here rather than passing slowly.
@org.junit.jupiter.api.Timeout(value = 2, unit = java.util.concurrent.TimeUnit.MINUTES)
class VariablesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{{x}}",
                "${jndi:ldap://h/a}",
                "{% include 'x' %}",
                "#{1+1}",
                "{{{{y}}",
                "\\{{z}}",
                "}}{{",
                "{{ name }}"
            })
    void valuesComeOutByteIdentical(String value) {
        String out = Variables.fill(
                "before {{name}} after", Map.of("name", value, "x", "X", "y", "Y"), false, o -> "t:" + o);
        assertEquals("before " + value + " after", out);
    }

    @Test
    void placeholdersAllowSpacesAndDottedNames() {
        assertEquals(
                "a b",
                Variables.fill("{{ first }} {{user.name}}", Map.of("first", "a", "user.name", "b"), false, o -> ""));
    }

    @Test
    void bracesCanBeWrittenLiterally() {
        assertEquals(
                "{{name}} and {{name}}",
                Variables.fill("{{{{name}} and \\{{name}}", Map.of("name", "v"), false, o -> ""));
        assertEquals("{ {x} {{ }}", Variables.fill("{ {x} {{ }}", Map.of(), false, o -> ""));
    }

    @Test
    void anUnknownNameFailsWithItsNameAndPosition() {
        UnknownVariableException e = assertThrows(
                UnknownVariableException.class,
                () -> Variables.fill("hello {{who}}", Map.of(), false, o -> "p.md:7:" + (o + 1)));
        assertEquals("who", e.name());
        assertEquals("p.md:7:7", e.where());
        assertTrue(e.getMessage().contains("'who'") && e.getMessage().contains("p.md:7:7"), e.getMessage());
    }

    @Test
    void lenientModeLeavesUnknownNamesAsWritten() {
        assertEquals("hello {{ who }}", Variables.fill("hello {{ who }}", Map.of(), true, o -> ""));
    }

    @FuzzTest(maxDuration = "60s")
    void anyTextIsFilledOrRejectedByName(
            @NotNull @WithUtf8Length(max = 2000) String text, @NotNull @WithUtf8Length(max = 200) String value) {
        try {
            String out = Variables.fill(text, Map.of("v", value), false, o -> "t:" + o);
            assertEquals(out, Variables.fill(text, Map.of("v", value), true, o -> "t:" + o));
        } catch (UnknownVariableException e) {
            assertTrue(text.contains(e.name()));
        }
        String lenient = Variables.fill(text, Map.of(), true, o -> "");
        assertTrue(lenient.length() <= text.length());
    }
}
