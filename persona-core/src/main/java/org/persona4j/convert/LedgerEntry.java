package org.persona4j.convert;

import java.util.Objects;
import org.persona4j.SourceSpan;

/**
 * What a conversion did with one front-matter key or one body section of the source.
 *
 * @param origin  whether the entry is about a front-matter key, a section, a filled key or a bundled file
 * @param name    the key, the section's heading as written, or the bundled file's path in its folder
 * @param outcome mapped, transformed or lost
 * @param target  the key or section it went to; empty when lost
 * @param note    how it was transformed, or why it was lost; empty when mapped
 * @param file    the label of the source file
 * @param span    where the key or section is in the source file ({@link SourceSpan#FILE} when unknown)
 */
public record LedgerEntry(
        Origin origin, String name, Outcome outcome, String target, String note, String file, SourceSpan span) {

    /** What an entry is about. */
    public enum Origin {
        /** A front-matter key. */
        KEY,
        /** A level-2 section of the body. */
        SECTION,
        /**
         * A key the target needs that no source key gave, filled from what the source has: a name from the title, a
         * description from the role summary, the file patterns an instructions file must have.
         */
        FILLED,
        /** A file the source bundles beside it (an Agent Skill's scripts, references and assets), by its path. */
        FILE
    }

    /** What became of it. */
    public enum Outcome {
        /** Written unchanged, under the same or an equivalent key or heading. */
        MAPPED,
        /** Written in another form: a list joined, a glob list rewritten, a title made a name… */
        TRANSFORMED,
        /** Not written: the target dialect has no place for it. */
        LOST
    }

    /**
     * Checks the components and keeps unmodifiable copies of its lists.
     *
     * @param origin  whether the entry is about a front-matter key, a section, a filled key or a bundled file
     * @param name    the key, the section's heading as written, or the bundled file's path in its folder
     * @param outcome mapped, transformed or lost
     * @param target  the key or section it went to; empty when lost
     * @param note    how it was transformed, or why it was lost; empty when mapped
     * @param file    the label of the source file
     * @param span    where the key or section is in the source file ({@link SourceSpan#FILE} when unknown)
     */
    public LedgerEntry {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(span, "span");
    }

    /** {@return {@code file:line}} */
    public String location() {
        return file + ":" + span.startLine();
    }
}
