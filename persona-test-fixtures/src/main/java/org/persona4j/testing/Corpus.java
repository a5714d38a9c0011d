package org.persona4j.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.persona4j.PersonaFile;
import org.persona4j.PersonaFiles;

/**
 * Finds the shared corpus of real persona files ({@code ../shared/corpus} beside the project root). A fresh
 * clone does not have it, so tests that need it call {@link #require()} and are skipped, with a message, without it.
 * {@code -Dpersona4j.corpus=DIR} points elsewhere.
 */
public final class Corpus {

    private Corpus() {}

    /** The corpus folder, if there is one. */
    public static Optional<Path> find() {
        String configured = System.getProperty("persona4j.corpus");
        if (configured != null && !configured.isBlank()) {
            Path p = Path.of(configured);
            return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("corpus");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The corpus folder; skips the calling test when it is absent. */
    public static Path require() {
        Optional<Path> root = find();
        Assumptions.assumeTrue(
                root.isPresent(),
                "shared/corpus not found beside the project: corpus tests skipped (set -Dpersona4j.corpus=DIR)");
        return root.get();
    }

    /** A file of the corpus; skips the calling test when it is absent. */
    public static Path require(String relative) {
        Path file = require().resolve(relative);
        Assumptions.assumeTrue(Files.isRegularFile(file), "corpus file missing: " + file);
        return file;
    }

    /**
     * Every persona file under a corpus folder, sorted, as the one discovery finds them ({@link PersonaFiles}):
     * Markdown and Cursor rule files, but not the files an Agent Skill bundles beside its {@code SKILL.md}.
     */
    public static List<Path> personaFiles(Path folder) {
        try {
            return PersonaFiles.defaults().find(List.of(folder)).files().stream()
                    .map(PersonaFile::path)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file an Agent Skill of the corpus bundles beside its {@code SKILL.md}, sorted. */
    public static List<Path> bundledFiles(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            List<Path> all = files.filter(Files::isRegularFile).sorted().toList();
            List<Path> skills = all.stream()
                    .filter(p -> String.valueOf(p.getFileName()).equals("SKILL.md"))
                    .map(Path::getParent)
                    .toList();
            return all.stream()
                    .filter(p -> !String.valueOf(p.getFileName()).equals("SKILL.md"))
                    .filter(p -> skills.stream().anyMatch(p::startsWith))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
