package org.persona4j.markdown.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The reader's blocks as the model keeps them in each section: offsets made relative to the section's text and
 * kept within it; an unclosed fence nested in a list or quote, which only the unclosed-fence warning needs, is left
 * out, and a thematic break is one of the other blocks.
 */
final class Blocks {

    private Blocks() {}

    /**
     * {@return a block of the body as a block of a section whose text starts at {@code base} and has {@code length}
     * characters}
     */
    static Optional<org.persona4j.model.Block> of(Block b, int base, int length) {
        int start = clamp(b.start() - base, length);
        int end = Math.max(start, clamp(b.end() - base, length));
        if (b instanceof Block.Heading h) {
            return Optional.of(new org.persona4j.model.Block.Heading(h.level(), h.text(), start, end));
        }
        if (b instanceof Block.Paragraph p) {
            return Optional.of(new org.persona4j.model.Block.Paragraph(p.text(), start, end));
        }
        if (b instanceof Block.ListBlock l) {
            List<org.persona4j.model.Block.ListItem> items =
                    new ArrayList<>(l.items().size());
            for (Block.ListItem i : l.items()) {
                int s = clamp(i.start() - base, length);
                items.add(new org.persona4j.model.Block.ListItem(
                        i.text(), s, Math.max(s, clamp(i.end() - base, length))));
            }
            return Optional.of(new org.persona4j.model.Block.ListBlock(items, start, end));
        }
        if (b instanceof Block.Fence f) {
            return Optional.of(new org.persona4j.model.Block.Fence(
                    f.info(), f.code(), f.closed(), clamp(f.codeStart() - base, length), start, end));
        }
        if (b instanceof Block.NestedFence) {
            return Optional.empty();
        }
        return Optional.of(new org.persona4j.model.Block.Other(start, end));
    }

    private static int clamp(int offset, int length) {
        return Math.max(0, Math.min(offset, length));
    }
}
