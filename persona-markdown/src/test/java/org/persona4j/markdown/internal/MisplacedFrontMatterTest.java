package org.persona4j.markdown.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MisplacedFrontMatterTest {

    @Test
    void aBlockAfterBlankLinesOrIndentedIsFoundWithItsTopLevelKeys() {
        MisplacedFrontMatter m = MisplacedFrontMatter.find(
                "\n \t\n---\nname: a\ntools:\n  - Read\n# a comment\n\ndescription: >\n  two lines\n---\nBody.\n");
        assertEquals(3, m.line());
        assertEquals(List.of("name", "tools", "description"), m.keys(), "not the nested list's items");
        MisplacedFrontMatter indented = MisplacedFrontMatter.find("  ---\n  name: a\n  ---\n");
        assertEquals(1, indented.line());
        assertTrue(indented.indented());
        assertEquals(
                List.of("name", "tags"),
                MisplacedFrontMatter.find("\n---\nname: a\ntags:\n- x\n- y\n---\n")
                        .keys(),
                "a list at the key's indentation is YAML too");
    }

    @Test
    void whatIsNoFrontMatterAtAllIsNotFound() {
        assertNull(MisplacedFrontMatter.find("---\nname: a\n---\n"), "in place: FrontMatterBlock reads it");
        assertNull(MisplacedFrontMatter.find("\n---\n\nA thematic break, then text.\n\n---\n"), "no key after it");
        assertNull(MisplacedFrontMatter.find("\n---\nStatus: draft\n\nSome notes on it.\n\n---\n"), "prose inside");
        assertNull(MisplacedFrontMatter.find("\n---\nname: a\nnever closed\n"));
        assertNull(MisplacedFrontMatter.find("\n---\nname: a\n"), "never closed");
        assertNull(MisplacedFrontMatter.find("# Title\n\n---\nname: a\n---\n"), "text before it: a Markdown page");
        assertNull(MisplacedFrontMatter.find(""));
        assertNull(MisplacedFrontMatter.find("\n\n\n"));
        assertNull(MisplacedFrontMatter.find("\n---\nhttp://x: y\n---\n"), "not a key: value line");
        assertNull(MisplacedFrontMatter.find("\n---\n" + "k".repeat(65) + ": v\n---\n"), "no dialect has such a key");
    }

    @Test
    void bytesAreReadAsTheTextIs() {
        String text = "\n  ---\n  name: café\n  description: b\n  ---\n";
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        assertEquals(
                MisplacedFrontMatter.find(text),
                MisplacedFrontMatter.find(FrontMatterBlock.bytes(utf8, 0, utf8.length)));
    }

    @Test
    void onlyTheFirstPartOfAHugeFileIsLookedAtAndAtMostSoManyKeysKept() {
        String longBlock = "\n---\nname: a\n" + "x: y\n".repeat(MisplacedFrontMatter.SCAN / 5) + "---\n";
        assertNull(MisplacedFrontMatter.find(longBlock), "a closing line past the scan is not looked for");
        assertNull(
                MisplacedFrontMatter.find("\n---\nname: a\n" + "x".repeat(MisplacedFrontMatter.SCAN)),
                "a line cut by the scan's limit is not judged");
        StringBuilder many = new StringBuilder("\n---\n");
        for (int i = 0; i < 500; i++) {
            many.append("k").append(i).append(": v\n");
        }
        assertEquals(
                MisplacedFrontMatter.MAX_KEYS,
                MisplacedFrontMatter.find(many.append("---\n")).keys().size());
    }
}
