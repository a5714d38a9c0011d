package org.persona4j.markdown.internal;

import java.util.List;

/**
 * A top-level block of a persona body, reduced from flexmark's syntax tree to what the model needs. Offsets are
 * into the body text; {@code end} is exclusive. Holding these instead of the tree lets the tree be dropped as soon
 * as the body is read.
 */
sealed interface Block {

    int start();

    int end();

    record Heading(int level, String text, int start, int end) implements Block {}

    record Paragraph(String text, int start, int end) implements Block {}

    record ListBlock(List<ListItem> items, int start, int end) implements Block {}

    /** A list item's Markdown without its marker, de-indented. */
    record ListItem(String text, int start, int end) {}

    /** A fenced code block; {@code codeStart} is the offset of its first content line. */
    record Fence(String info, String code, boolean closed, int codeStart, int start, int end) implements Block {}

    /**
     * An unclosed fence inside a list item or block quote, recorded after its container so that the unclosed-fence
     * warning covers it; views ignore it.
     */
    record NestedFence(String code, int codeStart, int start, int end) implements Block {}

    /** A thematic break ({@code ---}, {@code ***}). */
    record Rule(int start, int end) implements Block {}

    /** A link or image destination found anywhere in the body; not a block, but collected with them. */
    record LinkRef(String destination, int start, int end) {}

    /** Anything else: block quotes, tables, HTML, indented code. */
    record Other(int start, int end) implements Block {}
}
