package org.persona4j.model;

import java.util.List;
import java.util.Objects;

/**
 * A top-level block of a section's Markdown, as the reader found it: what the typed views
 * ({@link PersonaBody#goals()}, {@link PersonaBody#capabilities()}…) are read from. Offsets are into
 * {@link Section#text()}; {@code end} is exclusive.
 */
public sealed interface Block permits Block.Heading, Block.Paragraph, Block.ListBlock, Block.Fence, Block.Other {

    /** {@return where the block starts in the section's text} */
    int start();

    /** {@return where the block ends in the section's text, exclusive} */
    int end();

    /**
     * A heading inside the section ({@code ### Sub-topic}).
     *
     * @param level its level, 3 to 6 (1 and 2 open the title and the sections)
     * @param text  its text, without the marks
     * @param start where it starts
     * @param end   where it ends
     */
    record Heading(int level, String text, int start, int end) implements Block {
        /**
         * Checks the components.
         *
         * @param level its level
         * @param text  its text, without the marks
         * @param start where it starts
         * @param end   where it ends
         */
        public Heading {
            Objects.requireNonNull(text, "text");
            BlockRanges.check(start, end);
        }
    }

    /**
     * A paragraph.
     *
     * @param text  its Markdown
     * @param start where it starts
     * @param end   where it ends
     */
    record Paragraph(String text, int start, int end) implements Block {
        /**
         * Checks the components.
         *
         * @param text  its Markdown
         * @param start where it starts
         * @param end   where it ends
         */
        public Paragraph {
            Objects.requireNonNull(text, "text");
            BlockRanges.check(start, end);
        }
    }

    /**
     * A bullet or ordered list.
     *
     * @param items its items, in order
     * @param start where it starts
     * @param end   where it ends
     */
    record ListBlock(List<ListItem> items, int start, int end) implements Block {
        /**
         * Checks the components and keeps an unmodifiable copy of the items.
         *
         * @param items its items, in order
         * @param start where it starts
         * @param end   where it ends
         */
        public ListBlock {
            items = List.copyOf(items);
            BlockRanges.check(start, end);
        }
    }

    /**
     * A list item's Markdown without its marker, de-indented.
     *
     * @param text  the item's Markdown
     * @param start where it starts
     * @param end   where it ends
     */
    record ListItem(String text, int start, int end) {
        /**
         * Checks the components.
         *
         * @param text  the item's Markdown
         * @param start where it starts
         * @param end   where it ends
         */
        public ListItem {
            Objects.requireNonNull(text, "text");
            BlockRanges.check(start, end);
        }
    }

    /**
     * A fenced code block.
     *
     * @param info      the info string after the opening fence ({@code python}, {@code yaml title="x"})
     * @param code      its content
     * @param closed    whether a closing fence ends it
     * @param codeStart where its first content line starts
     * @param start     where it starts
     * @param end       where it ends
     */
    record Fence(String info, String code, boolean closed, int codeStart, int start, int end) implements Block {
        /**
         * Checks the components.
         *
         * @param info      the info string after the opening fence
         * @param code      its content
         * @param closed    whether a closing fence ends it
         * @param codeStart where its first content line starts
         * @param start     where it starts
         * @param end       where it ends
         */
        public Fence {
            Objects.requireNonNull(info, "info");
            Objects.requireNonNull(code, "code");
            BlockRanges.check(start, end);
        }
    }

    /**
     * Anything else: a block quote, a table, HTML, indented code, a thematic break.
     *
     * @param start where it starts
     * @param end   where it ends
     */
    record Other(int start, int end) implements Block {
        /**
         * Checks the components.
         *
         * @param start where it starts
         * @param end   where it ends
         */
        public Other {
            BlockRanges.check(start, end);
        }
    }
}
