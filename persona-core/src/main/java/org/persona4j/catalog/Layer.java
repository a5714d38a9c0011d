package org.persona4j.catalog;

/** How a section of a persona that {@code extends} others came to be where it is (see {@link LayerReport}). */
public enum Layer {
    /** From an ancestor, kept as the ancestor wrote it. */
    INHERITED,
    /** The persona's own, in place of an ancestor's section of the same kind (or heading, for free sections). */
    OVERRIDDEN,
    /** The persona's own, after the ancestors' sections of its kind, because its {@code append:} lists the kind. */
    APPENDED,
    /** The persona's own, where no ancestor has a section. */
    ADDED,
    /** An ancestor's section that a later one replaced: it is not in the resolved persona. */
    MASKED
}
