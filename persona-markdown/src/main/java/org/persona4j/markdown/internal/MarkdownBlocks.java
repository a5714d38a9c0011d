package org.persona4j.markdown.internal;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import org.persona4j.DiagnosticCodes;
import org.persona4j.ReadOptions;
import org.persona4j.model.TextRange;

/**
 * Runs flexmark over a body, inside the limits, and reduces the tree to {@link Block}s. The tree is local to
 * {@link #parse} and unreachable once it returns.
 */
final class MarkdownBlocks {

    /** Unclosed fences inside containers reported per body, at most. */
    private static final int MAX_NESTED_REPORTED = 20;

    /** flexmark's parser is immutable and safe to share between threads; its inline parser is made per parse. */
    private static final Parser PARSER = LinkScopedInlineParser.parser();

    /** Either the blocks, or why the body could not be parsed (a code from {@link DiagnosticCodes} and a message). */
    record Outcome(
            List<Block> blocks,
            List<Block.LinkRef> links,
            List<TextRange> code,
            String failureCode,
            String failureMessage,
            int failureOffset,
            int blankedLines) {

        boolean failed() {
            return failureCode != null;
        }
    }

    private MarkdownBlocks() {}

    static Outcome parse(String body, ReadOptions options) {
        int maxDepth = options.maxNestingDepth() * 4;
        int deepAt = NestingGuard.firstLineDeeperThan(body, maxDepth);
        if (deepAt >= 0) {
            return failure(
                    DiagnosticCodes.MARKDOWN_TOO_DEEP.code(),
                    "block quotes or lists nest deeper than " + maxDepth
                            + " levels here; the body was not parsed. Flatten the nesting",
                    deepAt);
        }
        long budget = options.markdownWorkBudget(body.length());
        if (ParagraphCost.exceeds(body, budget)) {
            return failure(
                    DiagnosticCodes.WORK_BUDGET.code(),
                    "a paragraph here holds thousands of emphasis markers "
                            + "without a blank line; the Markdown parser needs quadratic time for that, so the body was not "
                            + "parsed. Break it up with blank lines",
                    longestRunStart(body));
        }
        // Same length and line breaks as the body: offsets into it still hold (see LongRuns).
        LongRuns.Result runs = LongRuns.breakUp(body);
        Document document;
        try {
            document = PARSER.parse(BasedSequence.of(new BudgetedText(runs.text(), budget)));
            List<Block.LinkRef> links = new ArrayList<>();
            List<TextRange> code = new ArrayList<>();
            List<Block> blocks = reduce(document, body, links, code);
            code.sort(java.util.Comparator.comparingInt(TextRange::start));
            return new Outcome(
                    blocks, List.copyOf(links), List.copyOf(code), null, null, 0, runs.blanked() + runs.hidden());
        } catch (BudgetedText.Exhausted e) {
            return failure(
                    DiagnosticCodes.WORK_BUDGET.code(),
                    "the Markdown parser needed more than " + budget
                            + " character reads for this body, which hostile input causes; the body was not parsed. "
                            + "Look for long runs of brackets, backslashes or emphasis markers",
                    0);
        } catch (StackOverflowError e) {
            return failure(
                    DiagnosticCodes.MARKDOWN_TOO_DEEP.code(),
                    "the body nests too deeply for the Markdown parser; " + "it was not parsed. Flatten the nesting",
                    0);
        }
    }

    /** The offset of the line that starts the longest run of non-blank lines, to point the diagnostic at. */
    private static int longestRunStart(String body) {
        int best = 0;
        int bestLength = 0;
        int runStart = 0;
        int runLength = 0;
        int pos = 0;
        while (pos <= body.length()) {
            int end = body.indexOf('\n', pos);
            if (end < 0) {
                end = body.length();
            }
            if (body.substring(pos, end).isBlank()) {
                runLength = 0;
            } else {
                if (runLength++ == 0) {
                    runStart = pos;
                }
                if (runLength > bestLength) {
                    bestLength = runLength;
                    best = runStart;
                }
            }
            pos = end + 1;
        }
        return best;
    }

    /**
     * One walk over a top-level block's descendants (flexmark's iterative walk, no recursion) for its links and
     * images, and for fences left open inside a list item or block quote: flexmark lets such a fence swallow every
     * later line, headings included, so they are recorded like top-level unclosed fences and reported. Returns the
     * number of such fences.
     */
    private static int walk(
            Node container,
            String body,
            List<Block> blocks,
            List<Block.LinkRef> links,
            List<TextRange> code,
            int fencesSoFar) {
        if (container.getFirstChild() == null || container instanceof FencedCodeBlock) {
            return 0; // code holds neither links nor fences
        }
        int found = 0;
        for (Node d : container.getDescendants()) {
            if (d instanceof Code || d instanceof FencedCodeBlock || d instanceof IndentedCodeBlock) {
                code.add(new TextRange(d.getStartOffset(), Math.max(d.getStartOffset(), d.getEndOffset())));
            }
            if (d instanceof LinkNodeBase link) {
                links.add(new Block.LinkRef(slice(body, link.getUrl()), d.getStartOffset(), d.getEndOffset()));
            } else if (d instanceof FencedCodeBlock f
                    && f.getClosingMarker().isEmpty()
                    && fencesSoFar + found < MAX_NESTED_REPORTED) {
                int[] content = contentRange(f);
                int codeStart = content == null ? f.getOpeningMarker().getEndOffset() : content[0];
                // flexmark can turn later headings into paragraphs too, so look for hidden ones to the end.
                // Only the first is searched, once: later ones lie inside the same stretch of text.
                int from = Math.min(codeStart, body.length());
                boolean search = fencesSoFar + found == 0;
                blocks.add(new Block.NestedFence(
                        search ? body.substring(from) : "",
                        from,
                        f.getStartOffset(),
                        Math.max(from, f.getEndOffset())));
                found++;
            }
        }
        return found;
    }

    /**
     * Where a fence's code starts and ends in the body, or {@code null} when it has none: the first line's start
     * and the last line's end, which is what {@code getContentChars()} spans, without building its segmented
     * sequence.
     */
    private static int[] contentRange(FencedCodeBlock f) {
        List<BasedSequence> lines = f.getContentLines();
        if (lines.isEmpty()) {
            return null;
        }
        int start = lines.get(0).getStartOffset();
        int end = lines.get(lines.size() - 1).getEndOffset();
        return end > start ? new int[] {start, end} : null;
    }

    /** The body text under a node's sequence, read from the string rather than through the budget. */
    private static String slice(String body, BasedSequence seq) {
        if (seq.isNull() || seq.isEmpty()) {
            return "";
        }
        return body.substring(seq.getStartOffset(), seq.getEndOffset());
    }

    private static Outcome failure(String code, String message, int offset) {
        return new Outcome(List.of(), List.of(), List.of(), code, message, offset, 0);
    }

    static List<Block> reduce(Document document, String body, List<Block.LinkRef> links, List<TextRange> codeRanges) {
        List<Block> blocks = new ArrayList<>();
        int nested = 0;
        Marks marks = new Marks(body);
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            int start = node.getStartOffset();
            int end = node.getEndOffset();
            if (node instanceof Heading h) {
                blocks.add(new Block.Heading(h.getLevel(), Text.collapse(slice(body, h.getText())), start, end));
            } else if (node instanceof Paragraph) {
                blocks.add(new Block.Paragraph(body.substring(start, end).strip(), start, end));
            } else if (node instanceof ListBlock) {
                List<Block.ListItem> items = new ArrayList<>();
                for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
                    if (item instanceof ListItem li) {
                        int contentStart = li.getOpeningMarker().getEndOffset();
                        int itemEnd = li.getEndOffset();
                        String text = Text.dedent(body.substring(Math.min(contentStart, itemEnd), itemEnd))
                                .strip();
                        items.add(new Block.ListItem(text, li.getStartOffset(), itemEnd));
                    }
                }
                blocks.add(new Block.ListBlock(List.copyOf(items), start, end));
            } else if (node instanceof FencedCodeBlock f) {
                int[] content = contentRange(f);
                int codeStart = content == null ? f.getOpeningMarker().getEndOffset() : content[0];
                boolean closed = !f.getClosingMarker().isEmpty();
                String code = content == null ? "" : body.substring(content[0], content[1]);
                if (!closed) {
                    // An unclosed fence runs to the end of the text; blank lines there are not code.
                    String trimmed = Text.trimBlock("x" + code).substring(1);
                    code = trimmed.isEmpty() ? "" : trimmed + "\n";
                }
                blocks.add(new Block.Fence(slice(body, f.getInfo()).strip(), code, closed, codeStart, start, end));
            } else if (node instanceof ThematicBreak) {
                blocks.add(new Block.Rule(start, end));
            } else {
                blocks.add(new Block.Other(start, end));
            }
            if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
                codeRanges.add(new TextRange(start, Math.max(start, end)));
            } else if (marks.within(start, end)) {
                nested += walk(node, body, blocks, links, codeRanges, nested);
            }
        }
        return blocks;
    }

    /**
     * Whether a range of the body holds a character that every link, image, autolink, link definition or fence
     * starts with ({@code [ < ` ~}), or a brace, which a placeholder in nested code needs: blocks without one need
     * no walk over their nodes. Ranges are asked for in
     * ascending order, so each character's next position only moves forward and all questions together cost one
     * vectorised pass per character.
     */
    private static final class Marks {
        private static final char[] MARKS = {'[', '<', '`', '~', '{'};
        private final String body;
        private final int[] next = new int[MARKS.length];

        Marks(String body) {
            this.body = body;
            for (int k = 0; k < MARKS.length; k++) {
                next[k] = body.indexOf(MARKS[k]);
            }
        }

        boolean within(int start, int end) {
            boolean any = false;
            for (int k = 0; k < MARKS.length; k++) {
                if (next[k] >= 0 && next[k] < start) {
                    next[k] = body.indexOf(MARKS[k], start);
                }
                any |= next[k] >= 0 && next[k] < end;
            }
            return any;
        }
    }
}
