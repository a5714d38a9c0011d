package org.persona4j.convert;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file a converted persona takes with it: one its source bundles beside it (an Agent Skill's scripts, references
 * and assets), to be copied where the target keeps such files.
 *
 * @param source the file to copy
 * @param path   where it goes, relative to the same root as {@link Conversion#path()}
 */
public record BundledFile(Path source, String path) {

    /**
     * Checks the components.
     *
     * @param source the file to copy
     * @param path   where it goes, relative to the same root as {@link Conversion#path()}
     */
    public BundledFile {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(path, "path");
    }
}
