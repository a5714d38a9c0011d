package org.persona4j.cli;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** Where the repository a command runs in starts: the nearest directory above the working one that holds {@code .git}. */
final class Repository {

    private Repository() {}

    /** The repository's top directory, or the working directory when there is none. */
    static Path rootOrWorkingDirectory() {
        Path start = Path.of("").toAbsolutePath().normalize();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
                return dir;
            }
        }
        return start;
    }
}
