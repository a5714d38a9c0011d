package org.persona4j.dialect;

import java.util.Objects;

/**
 * A model, named the same way whatever the vendor calls it: its family ({@code sonnet}, {@code opus},
 * {@code haiku}, {@code gpt}, {@code gemini}…, or {@code inherit} for "the model the caller runs on") and its version
 * when the name gives one ({@code 4.5}; empty for an alias such as Claude Code's {@code sonnet}), and the variant
 * that sets it apart from the family's main model ({@code mini} in {@code gpt-4o-mini}, {@code flash} in
 * {@code gemini-2.5-flash}).
 *
 * @param vendor  who makes it: {@code anthropic}, {@code openai}, {@code google}, or empty when not known
 * @param family  its family, lowercase
 * @param version its version, such as {@code 4.5} or {@code 4.1}; empty when the name gives none
 * @param variant what follows the version, lowercase with hyphens between words ({@code mini}, {@code codex},
 *                {@code flash}, {@code 2024-08-06}); empty for the main model
 */
public record ModelRef(String vendor, String family, String version, String variant) {

    /** The model the caller runs on: Claude Code's {@code inherit}, or no model key at all. */
    public static final ModelRef INHERIT = new ModelRef("", "inherit", "");

    /**
     * Checks the components.
     *
     * @param vendor  who makes it
     * @param family  its family, lowercase
     * @param version its version; empty when the name gives none
     * @param variant what follows the version; empty for the main model
     */
    public ModelRef {
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(variant, "variant");
    }

    /**
     * A family's main model, with no variant.
     *
     * @param vendor  who makes it
     * @param family  its family, lowercase
     * @param version its version; empty when the name gives none
     */
    public ModelRef(String vendor, String family, String version) {
        this(vendor, family, version, "");
    }

    /** {@return whether this is {@link #INHERIT}} */
    public boolean isInherit() {
        return family.equals("inherit");
    }
}
