package org.persona4j.render;

import org.persona4j.model.SectionKind;

/**
 * Where a stretch of rendered text came from.
 *
 * @param start   offset of the first character in {@link RenderedPrompt#systemText()}
 * @param end     offset just past the last
 * @param source  the persona file's label
 * @param kind    the section's kind, or {@code null} for the title line
 * @param heading the section's heading, as written
 * @param line    the file line the text comes from
 */
public record Provenance(int start, int end, String source, SectionKind kind, String heading, int line) {}
