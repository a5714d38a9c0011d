package org.persona4j.validation;

import java.util.List;
import org.persona4j.model.SectionKind;

/**
 * A section layout a persona can be checked against: the kinds it must have, in order.
 *
 * @param name     a short name for messages and configuration, such as {@code reference}
 * @param required the section kinds a persona of this layout has, in the order they appear
 */
public record Layout(String name, List<SectionKind> required) {

    /** The ten-section layout of the reference persona: role summary through metadata. */
    public static final Layout REFERENCE = new Layout(
            "reference",
            List.of(
                    SectionKind.ROLE_SUMMARY,
                    SectionKind.GOALS,
                    SectionKind.CAPABILITIES,
                    SectionKind.KNOWLEDGE,
                    SectionKind.CONSTRAINTS,
                    SectionKind.DIRECTIVES,
                    SectionKind.INTERACTION,
                    SectionKind.EXAMPLES,
                    SectionKind.TEMPLATES,
                    SectionKind.METADATA));

    /**
     * Free text: no section is expected and none is compared with another. The layout of every dialect but AI-LEY,
     * whose tools read the body as the agent's instructions, whatever its headings.
     */
    public static final Layout NONE = new Layout("none", List.of());

    /** Any sections in any order; only a role summary is expected. */
    public static final Layout PERMISSIVE = new Layout("permissive", List.of(SectionKind.ROLE_SUMMARY));

    /**
     * Checks the components and keeps unmodifiable copies of its lists.
     *
     * @param name     a short name for messages and configuration, such as {@code reference}
     * @param required the section kinds a persona of this layout has, in the order they appear
     */
    public Layout {
        required = List.copyOf(required);
        if (required.contains(SectionKind.OTHER)) {
            throw new IllegalArgumentException("a layout cannot require OTHER sections");
        }
    }
}
