package org.persona4j.skills;

import java.util.Objects;

/**
 * A skill as a model first sees it: its name, to ask for it by, and its description, which says when to use it.
 *
 * @param name        the skill's {@code name} (its folder's name when the front matter has none)
 * @param description the skill's {@code description}; empty when it has none
 */
public record SkillSummary(String name, String description) {

    /**
     * Checks the components.
     *
     * @param name        the skill's name
     * @param description the skill's description; empty when it has none
     */
    public SkillSummary {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
    }
}
