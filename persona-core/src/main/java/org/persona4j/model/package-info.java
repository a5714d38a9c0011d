/**
 * The body of a persona: its {@link org.persona4j.model.Section}s, each with a
 * {@link org.persona4j.model.SectionKind}, and the typed views derived from them. Every element carries the
 * {@link org.persona4j.SourceSpan} it was read from. All records are immutable.
 */
package org.persona4j.model;
