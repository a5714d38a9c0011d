package org.persona4j.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.persona4j.validation.internal.ConfigParser;

/**
 * Lint configuration, usually from a {@code .persona-lint.yaml} file:
 *
 * <pre>
 * profile: reference          # reference, technical or permissive
 * strict: false               # true reports every warning as an error
 * rules:                      # code: off | info | warning | error
 *   metadata.placeholder: off
 *   text.html-comment: error
 * ignore:                     # globs, relative to the configuration file's folder
 *   - drafts/**
 * </pre>
 *
 * @param profile the profile, or {@code null} to keep the linter's
 * @param levels  level overrides by code
 * @param ignore  globs of files not to lint
 * @param strict  whether warnings are reported as errors
 * @param base    the folder {@code ignore} globs are relative to, or {@code null}
 */
public record LintConfig(Profile profile, Map<String, Level> levels, List<String> ignore, boolean strict, Path base) {

    /** The file name searched for, upward from the linted path. */
    public static final String FILE_NAME = ".persona-lint.yaml";

    private static final LintConfig DEFAULTS = new LintConfig(null, Map.of(), List.of(), false, null);

    public LintConfig {
        levels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(levels));
        ignore = List.copyOf(ignore);
    }

    /** No overrides. */
    public static LintConfig defaults() {
        return DEFAULTS;
    }

    /**
     * Reads a configuration file.
     *
     * @throws IOException              when it cannot be read
     * @throws IllegalArgumentException when it is not valid, with the file, the line and what to change
     */
    public static LintConfig load(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        return ConfigParser.parse(Files.readString(file), file.toString(), file.toAbsolutePath().getParent());
    }

    /** The nearest {@code .persona-lint.yaml} in {@code start} (or its folder, for a file) or any parent. */
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

    /** The level configured for a code, if any. */
    public Optional<Level> level(String code) {
        return Optional.ofNullable(levels.get(code));
    }
}
