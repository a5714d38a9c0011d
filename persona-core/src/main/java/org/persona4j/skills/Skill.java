package org.persona4j.skills;

import java.util.List;
import java.util.Objects;

/**
 * A skill loaded for a model: its instructions, and the files it bundles, which the model reads only when the
 * instructions send it to one.
 *
 * @param name         the skill's name
 * @param description  the skill's description; empty when it has none
 * @param instructions the body of its {@code SKILL.md}, rendered as Markdown with placeholders left as written
 * @param files        the files of its folder besides {@code SKILL.md}, in path order (none for a skill held in
 *                     memory)
 */
public record Skill(String name, String description, String instructions, List<SkillFile> files) {

    /**
     * Checks the components and keeps an unmodifiable copy of the list.
     *
     * @param name         the skill's name
     * @param description  the skill's description; empty when it has none
     * @param instructions the body of its {@code SKILL.md}
     * @param files        the files of its folder besides {@code SKILL.md}
     */
    public Skill {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(instructions, "instructions");
        files = List.copyOf(files);
    }
}
