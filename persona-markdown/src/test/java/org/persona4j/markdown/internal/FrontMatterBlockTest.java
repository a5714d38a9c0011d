package org.persona4j.markdown.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrontMatterBlockTest {

    @Test
    void aBlockAfterBlankLinesOrIndentedIsMisplacedWithItsTopLevelKeys() {
        FrontMatterBlock.Misplaced m =
                FrontMatterBlock.misplaced("\n \t\n---\nname: a\ntools:\n  - Read\ndescription: b\n---\nBody.\n");
        assertEquals(3, m.line());
        assertEquals(List.of("name", "tools", "description"), m.keys(), "not the nested list's items");
        FrontMatterBlock.Misplaced indented = FrontMatterBlock.misplaced("  ---\n  name: a\n  ---\n");
        assertEquals(1, indented.line());
        assertEquals(true, indented.indented());
    }

    @Test
    void whatIsNoFrontMatterAtAllIsNotMisplaced() {
        assertNull(FrontMatterBlock.misplaced("---\nname: a\n---\n"), "in place: find reads it");
        assertNull(FrontMatterBlock.misplaced("\n---\n\nA thematic break, then text.\n\n---\n"), "no key after it");
        assertNull(FrontMatterBlock.misplaced("\n---\nname: a\nnever closed\n"));
        assertNull(FrontMatterBlock.misplaced("# Title\n\n---\nname: a\n---\n"), "text before it: a Markdown page");
        assertNull(FrontMatterBlock.misplaced(""));
        assertNull(FrontMatterBlock.misplaced("\n\n\n"));
        assertNull(FrontMatterBlock.misplaced("\n---\nhttp://x: y\n---\n"), "not a key: value line");
    }

    @Test
    void bytesAreReadAsTheTextIs() {
        String text = "\n  ---\n  name: café\n  description: b\n  ---\n";
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        assertEquals(
                FrontMatterBlock.misplaced(text),
                FrontMatterBlock.misplaced(FrontMatterBlock.bytes(utf8, 0, utf8.length)));
    }

    @Test
    void onlyTheFirstPartOfAHugeFileIsLookedAt() {
        String text = "\n---\nname: a\n" + "x: y\n".repeat(FrontMatterBlock.MISPLACED_SCAN / 5) + "---\n";
        assertNull(FrontMatterBlock.misplaced(text), "a closing line past the scan is not looked for");
    }
}
