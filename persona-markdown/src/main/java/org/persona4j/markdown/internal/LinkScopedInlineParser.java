package org.persona4j.markdown.internal;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.CommonmarkInlineParser;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * flexmark's inline parser, run only on blocks that can hold an inline node the model keeps. The model takes the
 * text of paragraphs, items and headings from the source, so of the inline nodes it uses only links, images and
 * autolinks, each of which starts with {@code [} or {@code <}, and code spans, which start with a backtick; a block
 * with none of them is left without inline nodes, which is most of a persona and saves most of flexmark's inline
 * work. One instance serves one parse.
 */
final class LinkScopedInlineParser extends CommonmarkInlineParser {

    /**
     * A parser with this inline parser. flexmark registers its link reference definition pre-processor (which is
     * the inline parser) only for its own inline parser factory, so it is registered here too.
     */
    static Parser parser() {
        return Parser.builder()
                .customInlineParserFactory(LinkScopedInlineParser::new)
                .paragraphPreProcessorFactory(new ReferencePreProcessorFactory())
                .build();
    }

    private static final char[] OPENERS = {'[', '<', '`'};
    private static final int NONE = Integer.MAX_VALUE;

    /** The next position of each opener at or after {@link #from}, or {@link #NONE}. */
    private final int[] next = {-1, -1, -1};

    private int from = -1;

    private LinkScopedInlineParser(
            DataHolder options,
            BitSet specialCharacters,
            BitSet delimiterCharacters,
            Map<Character, DelimiterProcessor> delimiterProcessors,
            LinkRefProcessorData linkRefProcessors,
            List<InlineParserExtensionFactory> extensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, extensions);
    }

    @Override
    public void parse(BasedSequence input, Node block) {
        String text = input.getBaseSequence().getBase() instanceof BudgetedText budgeted ? budgeted.uncounted() : null;
        if (text != null && !mayHoldLink(text, input.getStartOffset(), input.getEndOffset())) {
            return;
        }
        super.parse(input, block);
    }

    /**
     * Whether {@code text[start, end)} holds an opener. Blocks come in file order, so each opener's next position
     * only moves forward and all blocks together cost one vectorised pass per opener; a block out of order is
     * simply parsed.
     */
    private boolean mayHoldLink(String text, int start, int end) { // or a code span
        if (start < from) {
            return true;
        }
        from = start;
        boolean any = false;
        for (int k = 0; k < OPENERS.length; k++) {
            if (next[k] < start) {
                int at = text.indexOf(OPENERS[k], start);
                next[k] = at < 0 ? NONE : at;
            }
            any |= next[k] < end;
        }
        return any;
    }
}
