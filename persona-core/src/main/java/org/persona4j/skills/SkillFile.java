package org.persona4j.skills;

import java.util.Objects;

/**
 * A file bundled in a skill's folder ({@code scripts/…}, {@code references/…}, {@code assets/…}).
 *
 * @param path a path relative to the skill's folder, with {@code /} between folders: what
 *             {@link Skills#read(String, String)} takes
 * @param size its size in bytes
 * @param text whether it can be read as text: UTF-8 within the size limit, not binary
 */
public record SkillFile(String path, long size, boolean text) {

    /**
     * Checks the components.
     *
     * @param path a path relative to the skill's folder
     * @param size its size in bytes
     * @param text whether it can be read as text
     */
    public SkillFile {
        Objects.requireNonNull(path, "path");
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative, was " + size);
        }
    }
}
