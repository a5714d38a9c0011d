package org.persona4j.markdown.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.persona4j.ReadOptions;

/**
 * Reading blocks skips work without changing what is read: flexmark's inline parser runs only on blocks that can
 * hold a link, and the walk for links and nested fences skips code and blocks without a link or fence character;
 * yet the blocks, links and open fences are those that flexmark's own parser and a walk over its whole tree give.
 */
class MarkdownBlocksTest {

    private static final String[] PIECES = {
        "text ",
        "[a](http://x/",
        ")",
        "![img](p.png)",
        "<http://auto>",
        "<a@b.c>",
        "[ref]",
        "\n[ref]: /dest\n",
        "`code`",
        "\n```\n",
        "\n~~~\n",
        "\n- ",
        "\n  - ",
        "\n> ",
        "\n\n",
        "\n",
        "\n# H [l](u)\n",
        "**b**",
        "\n    indented [x](y)\n",
        "\n- ```\n",
        "\n> ~~~\n",
        "\\[",
        "<b>",
        "[x]",
        "(",
        "]",
        "&amp;",
        "_e_",
        "\n## H2 *x*\n",
        "\n===\n",
        "\n1. ",
        "| a | b |\n",
        "{{x}}",
        "`{{y}}`",
        "\n\n    code {{z}}\n"
    };

    @Test
    void readsTheBlocksLinksAndOpenFencesOfFlexmarksOwnParseAndAWholeTreeWalk() {
        Parser plain = Parser.builder().build();
        Random r = new Random(17);
        for (int i = 0; i < 3_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int k = r.nextInt(40); k > 0; k--) {
                s.append(PIECES[r.nextInt(PIECES.length)]);
            }
            String body = s.toString();
            MarkdownBlocks.Outcome outcome = MarkdownBlocks.parse(body, ReadOptions.defaults());

            List<String> expectedLinks = new ArrayList<>();
            List<String> expectedCode = new ArrayList<>();
            int expectedNested = 0;
            for (Node top = plain.parse(body).getFirstChild(); top != null; top = top.getNext()) {
                if (top instanceof FencedCodeBlock || top instanceof IndentedCodeBlock) {
                    expectedCode.add(top.getStartOffset() + "-" + top.getEndOffset());
                }
                for (Node d : top.getDescendants()) {
                    if (d instanceof Code || d instanceof FencedCodeBlock || d instanceof IndentedCodeBlock) {
                        expectedCode.add(d.getStartOffset() + "-" + d.getEndOffset());
                    }
                    if (d instanceof LinkNodeBase) {
                        expectedLinks.add(d.getStartOffset() + "-" + d.getEndOffset());
                    } else if (d instanceof FencedCodeBlock f
                            && f.getClosingMarker().isEmpty()) {
                        expectedNested++;
                    }
                }
            }
            List<String> links =
                    outcome.links().stream().map(l -> l.start() + "-" + l.end()).toList();
            long nested = outcome.blocks().stream()
                    .filter(Block.NestedFence.class::isInstance)
                    .count();
            String shown = body.replace("\n", "\\n");
            assertEquals(expectedLinks, links, shown);
            assertEquals(
                    expectedCode.stream().sorted().toList(),
                    outcome.code().stream()
                            .map(c -> c.start() + "-" + c.end())
                            .sorted()
                            .toList(),
                    shown);
            List<Block.LinkRef> plainLinks = new ArrayList<>();
            assertEquals(
                    MarkdownBlocks.reduce(plain.parse(body), body, plainLinks, new ArrayList<>()),
                    outcome.blocks(),
                    shown);
            assertEquals(plainLinks, outcome.links(), shown);
            assertEquals(Math.min(expectedNested, 20), nested, shown);
        }
    }
}
