package org.persona4j.catalog;

import java.util.Objects;
import java.util.Optional;
import org.persona4j.model.Section;

/**
 * A section of a resolved persona, or one its ancestors lost, with how it got there.
 *
 * @param section the section, with the file ({@link Section#source()}) and line it was read from
 * @param layer   how it came to be in the resolved persona, or that it is masked
 * @param other   the section on the other side of a replacement: for {@code OVERRIDDEN} (and {@code INHERITED} when an
 *                ancestor had overridden an earlier one) the section replaced, for {@code APPENDED} the last section it
 *                follows, for {@code MASKED} the section that replaced it; {@code null} otherwise
 */
public record LayeredSection(Section section, Layer layer, Section other) {

    /**
     * Checks the components and keeps unmodifiable copies of its lists.
     *
     * @param section the section, with the file ({@link Section#source()}) and line it was read from
     * @param layer   how it came to be in the resolved persona, or that it is masked
     * @param other   the section on the other side of a replacement: for {@code OVERRIDDEN} (and {@code INHERITED} when
     *                an ancestor had overridden an earlier one) the section replaced, for {@code APPENDED} the last
     *                section it follows, for {@code MASKED} the section that replaced it; {@code null} otherwise
     */
    public LayeredSection {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(layer, "layer");
    }

    /** {@return {@link #other()}, if there is one} */
    public Optional<Section> replaced() {
        return Optional.ofNullable(other);
    }

    /** {@return {@code file:line} of the section} */
    public String where() {
        return section.source() + ":" + section.line();
    }
}
