package org.persona4j.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AppliesToTest {

    @ParameterizedTest(name = "{0} vs {1} -> {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "**/*.ts | a.ts | true",
                "**/*.ts | src/app/a.ts | true",
                "**/*.ts | src/app/a.tsx | false",
                "src/** | src/a/b/Main.java | true",
                "src/** | test/src/Main.java | false",
                "*.java | deep/down/Main.java | true",
                "src/*.java | src/Main.java | true",
                "src/*.java | src/a/Main.java | false",
                "**/*.{ts,tsx} | web/App.tsx | true",
                "**/*.{ts,tsx} | web/App.jsx | false",
                "**/test/**/*.py | pkg/test/unit/t.py | true",
                "**/test/**/*.py | pkg/tests/t.py | false",
                "docs/?.md | docs/a.md | true",
                "docs/?.md | docs/ab.md | false",
                "[Mm]akefile | build/Makefile | true",
                "./src/** | src/x | true",
                "**/*.ts, **/*.js | lib/x.js | true",
                "**/*.ts,**/*.js | lib/x.py | false",
            })
    void editorGlobSemantics(String pattern, String path, boolean expected) {
        assertEquals(expected, AppliesTo.of(List.of(pattern)).matches(Path.of(path)));
    }

    @Test
    void aYamlListIsSeveralPatterns() {
        AppliesTo a = AppliesTo.of(List.of("**/*.java", "pom.xml"));
        assertTrue(a.matches(Path.of("pom.xml")));
        assertTrue(a.matches(Path.of("src/A.java")));
        assertEquals(List.of("**/*.java", "pom.xml"), a.patterns());
    }

    @Test
    void scopeWordsMatchNoFileAndTheExplanationSaysWhy() {
        AppliesTo a = AppliesTo.of(List.of("general, business"));
        assertEquals(List.of("general", "business"), a.scopes());
        AppliesTo.Explanation e = a.explain(Path.of("src/Main.java"));
        assertFalse(e.matched());
        assertTrue(e.reason().contains("'general' is a scope word"), e.reason());
    }

    @Test
    void explanationNamesTheMatchingPattern() {
        AppliesTo.Explanation e = AppliesTo.of(List.of("**/*.ts", "**/*.java")).explain(Path.of("a/B.java"));
        assertTrue(e.matched());
        assertEquals("'**/*.java' matches a/B.java", e.reason());
        assertTrue(AppliesTo.of(List.of("**/*.ts"))
                .explain(Path.of("x.py"))
                .reason()
                .contains("'**/*.ts' does not"));
    }

    @Test
    void hostilePatternsAreCheap() {
        String many = "**/".repeat(200) + "x";
        assertFalse(AppliesTo.of(List.of(many)).matches(Path.of("a/".repeat(500) + "y")));
        String braces = "{a,b}".repeat(20);
        assertFalse(AppliesTo.of(List.of(braces)).matches(Path.of("ab")), "too many expansions match nothing");
    }
}
