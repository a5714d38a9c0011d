package org.persona4j.skills;

import java.util.Objects;

/**
 * The text of a file bundled in a skill's folder.
 *
 * @param skill the skill's name
 * @param path  the file's path relative to the skill's folder
 * @param text  its content, decoded as UTF-8
 */
public record SkillFileText(String skill, String path, String text) {

    /**
     * Checks the components.
     *
     * @param skill the skill's name
     * @param path  the file's path relative to the skill's folder
     * @param text  its content
     */
    public SkillFileText {
        Objects.requireNonNull(skill, "skill");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
    }
}
