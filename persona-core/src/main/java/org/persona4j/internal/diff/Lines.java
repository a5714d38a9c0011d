package org.persona4j.internal.diff;

import java.util.BitSet;
import org.persona4j.SourceSpan;

/** File lines of the old and the new version that a content change (an item, example, template) accounts for. */
final class Lines {

    private final BitSet old = new BitSet();
    private final BitSet neu = new BitSet();

    void old(SourceSpan span) {
        mark(old, span);
    }

    void neu(SourceSpan span) {
        mark(neu, span);
    }

    boolean old(int line) {
        return old.get(line);
    }

    boolean neu(int line) {
        return neu.get(line);
    }

    private static void mark(BitSet set, SourceSpan span) {
        if (span.startLine() > 0) {
            set.set(span.startLine(), Math.max(span.startLine(), span.endLine()) + 1);
        }
    }
}
