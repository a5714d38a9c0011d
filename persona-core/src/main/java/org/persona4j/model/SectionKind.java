package org.persona4j.model;

import org.persona4j.internal.SectionAliases;

/**
 * What a section of a persona is for. Headings are recognised by meaning: {@code ## 1. Role Summary},
 * {@code ## Role Summary}, {@code ## Agent Identity & Technical Focus} and {@code ## Overview} are all
 * {@link #ROLE_SUMMARY}.
 */
public enum SectionKind {
    /** Who the agent is, in a paragraph. */
    ROLE_SUMMARY,
    /** What the agent is responsible for. */
    GOALS,
    /** Tools and technologies, grouped by category. */
    CAPABILITIES,
    /** What the agent knows, by area. */
    KNOWLEDGE,
    /** What the agent must or must not do. */
    CONSTRAINTS,
    /** How the agent behaves and answers. */
    DIRECTIVES,
    /** Inputs, outputs, escalation and collaboration. */
    INTERACTION,
    /** Worked examples, often as {@code User:} / {@code Agent:} exchanges. */
    EXAMPLES,
    /** Code templates and reusable patterns. */
    TEMPLATES,
    /** Facts about the persona document itself (version, last update…). */
    METADATA,
    /** Any other heading; kept verbatim. */
    OTHER;

    /**
     * {@return the kind a heading stands for, ignoring numbering ({@code 3.}, {@code 3)}), case, punctuation and
     * {@code &} versus {@code and}} Headings that match nothing are {@link #OTHER}.
     *
     * @param heading the heading's text, without the {@code ##}
     */
    public static SectionKind fromHeading(String heading) {
        return SectionAliases.kindOf(heading);
    }
}
