package org.persona4j.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.persona4j.PersonaFiles;
import org.persona4j.validation.internal.ConfigParser;

/**
 * Lint configuration, usually from a {@code .persona-lint.yaml} file:
 *
 * <pre>
 * profile: reference          # reference, technical or permissive
 * strict: false               # true reports every warning as an error
 * versionPattern: "v\\d+"      # a regular expression versions must match (default: Semantic Versioning)
 * scoreRange: [1, 10]         # the lowest and highest summaryScore (default: [0, 5])
 * rules:                      # code: off | info | warning | error
 *   metadata.placeholder: off
 *   text.html-comment: error
 * ignore:                     # globs, relative to the configuration file's folder
 *   - drafts/**
 * </pre>
 *
 * @param profile        the profile, or {@code null} to keep the linter's
 * @param levels         level overrides by code
 * @param ignore         globs of files not to lint
 * @param strict         whether warnings are reported as errors
 * @param base           the folder {@code ignore} globs are relative to, or {@code null}
 * @param versionPattern the regular expression versions must match, or {@code null} for Semantic Versioning
 * @param scoreRange     the lowest and highest summary score, or {@code null} for 0 to 5
 */
public record LintConfig(
        Profile profile,
        Map<String, Level> levels,
        List<String> ignore,
        boolean strict,
        Path base,
        String versionPattern,
        List<Double> scoreRange) {

    /** The largest configuration file read. */
    public static final int MAX_BYTES = 1 << 20;

    /** The file name searched for, upward from the linted path. */
    public static final String FILE_NAME = ".persona-lint.yaml";

    private static final LintConfig DEFAULTS = new LintConfig(null, Map.of(), List.of(), false, null, null, null);

    /**
     * Checks the components and keeps unmodifiable copies of its lists.
     *
     * @param profile        the profile, or {@code null} to keep the linter's
     * @param levels         level overrides by code
     * @param ignore         globs of files not to lint
     * @param strict         whether warnings are reported as errors
     * @param base           the folder {@code ignore} globs are relative to, or {@code null}
     * @param versionPattern the regular expression versions must match, or {@code null} for Semantic Versioning
     * @param scoreRange     the lowest and highest summary score, or {@code null} for 0 to 5
     */
    public LintConfig {
        levels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(levels));
        ignore = List.copyOf(ignore);
        if (scoreRange != null) {
            scoreRange = List.copyOf(scoreRange);
            if (scoreRange.size() != 2 || !(scoreRange.get(0) <= scoreRange.get(1))) {
                throw new IllegalArgumentException("scoreRange must be [lowest, highest], was " + scoreRange);
            }
        }
    }

    /**
     * {@return only level overrides; everything else as the defaults}
     *
     * @param levels the level of each code
     */
    public static LintConfig of(Map<String, Level> levels) {
        return new LintConfig(null, levels, List.of(), false, null, null, null);
    }

    /** {@return no overrides} */
    public static LintConfig defaults() {
        return DEFAULTS;
    }

    /**
     * Reads a configuration file.
     *
     * @param file the {@code .persona-lint.yaml} file
     * @return the configuration
     * @throws IOException              when it cannot be read, is not a regular file (a pipe is never opened) or is
     *                                  larger than {@link #MAX_BYTES}
     * @throws IllegalArgumentException when it is not valid, with the file, the line and what to change
     */
    public static LintConfig load(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        byte[] bytes = PersonaFiles.readSmallFile(file, MAX_BYTES);
        return ConfigParser.parse(
                new String(bytes, java.nio.charset.StandardCharsets.UTF_8),
                file.toString(),
                file.toAbsolutePath().getParent());
    }

    /**
     * {@return the nearest {@code .persona-lint.yaml} in {@code start} (or its folder, for a file) or any parent}
     *
     * @param start a file or folder to search from
     */
    public static Optional<Path> find(Path start) {
        Path dir = start.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            dir = dir.getParent();
        }
        for (; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * {@return the level configured for a code, if any}
     *
     * @param code a finding's code
     */
    public Optional<Level> level(String code) {
        return Optional.ofNullable(levels.get(code));
    }

    /**
     * {@return this configuration with some levels set over its own} Levels it gives for other codes stay.
     *
     * @param more the levels to set, by code
     */
    public LintConfig withLevels(Map<String, Level> more) {
        if (more.isEmpty()) {
            return this;
        }
        Map<String, Level> merged = new LinkedHashMap<>(levels);
        merged.putAll(more);
        return new LintConfig(profile, merged, ignore, strict, base, versionPattern, scoreRange);
    }
}
