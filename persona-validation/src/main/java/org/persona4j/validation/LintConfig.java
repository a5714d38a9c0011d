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
 * overrides:                  # levels for some files only, later entries winning
 *   - files: ["legacy/**"]    # globs relative to the configuration file's folder
 *     rules:
 *       layout.missing-section: off
 * extends: ../team-lint.yaml  # a file (or list of files) read first; this file's settings win
 * </pre>
 *
 * <p>The file is {@code .persona-lint.yaml} or {@code .persona-lint.yml}.
 *
 * @param profile        the profile, or {@code null} to keep the linter's
 * @param levels         level overrides by code
 * @param ignore         globs of files not to lint
 * @param strict         whether warnings are reported as errors
 * @param base           the folder that {@code ignore} and override globs are relative to, or {@code null}
 *                       for the working directory
 * @param versionPattern the regular expression versions must match, or {@code null} for Semantic Versioning
 * @param scoreRange     the lowest and highest summary score, or {@code null} for 0 to 5
 * @param overrides      levels for the files some globs match, applied in order over {@code levels}
 */
public record LintConfig(
        Profile profile,
        Map<String, Level> levels,
        List<String> ignore,
        boolean strict,
        Path base,
        String versionPattern,
        List<Double> scoreRange,
        List<FileOverride> overrides) {

    /** Levels for the files some globs match; its globs are compiled once, when it is made. Immutable. */
    public static final class FileOverride {
        private final List<String> files;
        private final Map<String, Level> rules;
        private final List<org.persona4j.internal.catalog.Glob> globs;

        /**
         * Levels for the files some globs match.
         *
         * @param files globs relative to the configuration's folder ({@code *} within a folder, {@code **} across)
         * @param rules the level of each code for those files
         * @throws IllegalArgumentException when a glob is too long or has too many alternatives
         */
        public FileOverride(List<String> files, Map<String, Level> rules) {
            this.files = List.copyOf(files);
            this.rules = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rules));
            List<org.persona4j.internal.catalog.Glob> compiled = new java.util.ArrayList<>();
            for (String g : this.files) {
                org.persona4j.internal.catalog.Glob glob = org.persona4j.internal.catalog.Glob.compileAnchored(g);
                if (glob.size() == 0) {
                    // The one glob implementation makes such a pattern match nothing; an override would be a no-op.
                    throw new IllegalArgumentException("glob '" + (g.length() > 60 ? g.substring(0, 60) + "…" : g)
                            + "' is longer than " + org.persona4j.internal.catalog.Glob.MAX_LENGTH
                            + " characters or its braces expand to more than "
                            + org.persona4j.internal.catalog.Glob.MAX_EXPANSIONS + " patterns; it would match no file");
                }
                compiled.add(glob);
            }
            this.globs = List.copyOf(compiled);
        }

        /** {@return the globs, relative to the configuration's folder} */
        public List<String> files() {
            return files;
        }

        /** {@return the level of each code for the files the globs match} */
        public Map<String, Level> rules() {
            return rules;
        }

        /** {@return whether a path relative to the configuration's folder matches one of the globs} */
        boolean matches(String relative) {
            for (org.persona4j.internal.catalog.Glob g : globs) {
                if (g.matches(relative)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof FileOverride other && files.equals(other.files) && rules.equals(other.rules);
        }

        @Override
        public int hashCode() {
            return Objects.hash(files, rules);
        }

        @Override
        public String toString() {
            return "FileOverride[files=" + files + ", rules=" + rules + "]";
        }
    }

    /** The largest configuration file read. */
    public static final int MAX_BYTES = 1 << 20;

    /** The file name searched for, upward from the linted path ({@code .persona-lint.yml} is read too). */
    public static final String FILE_NAME = ".persona-lint.yaml";

    /** Every name a configuration file may have, in the order they are looked for in a folder. */
    public static final List<String> FILE_NAMES = List.of(FILE_NAME, ".persona-lint.yml");

    private static final LintConfig DEFAULTS =
            new LintConfig(null, Map.of(), List.of(), false, null, null, null, List.of());

    /**
     * Checks the components and keeps unmodifiable copies of its lists.
     *
     * @param profile        the profile, or {@code null} to keep the linter's
     * @param levels         level overrides by code
     * @param ignore         globs of files not to lint
     * @param strict         whether warnings are reported as errors
     * @param base           the folder that {@code ignore} and override globs are relative to, or {@code null}
     *                       for the working directory
     * @param versionPattern the regular expression versions must match, or {@code null} for Semantic Versioning
     * @param scoreRange     the lowest and highest summary score, or {@code null} for 0 to 5
     * @param overrides      levels for the files some globs match ({@code null} for none)
     */
    public LintConfig {
        levels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(levels));
        ignore = List.copyOf(ignore);
        overrides = overrides == null ? List.of() : List.copyOf(overrides);
        if (scoreRange != null) {
            scoreRange = List.copyOf(scoreRange);
            if (scoreRange.size() != 2 || !(scoreRange.get(0) <= scoreRange.get(1))) {
                throw new IllegalArgumentException("scoreRange must be [lowest, highest], was " + scoreRange);
            }
        }
    }

    /**
     * A configuration without per-file overrides.
     *
     * @param profile        the profile, or {@code null} to keep the linter's
     * @param levels         level overrides by code
     * @param ignore         globs of files not to lint
     * @param strict         whether warnings are reported as errors
     * @param base           the folder that {@code ignore} and override globs are relative to, or {@code null}
     *                       for the working directory
     * @param versionPattern the regular expression versions must match, or {@code null} for Semantic Versioning
     * @param scoreRange     the lowest and highest summary score, or {@code null} for 0 to 5
     */
    public LintConfig(
            Profile profile,
            Map<String, Level> levels,
            List<String> ignore,
            boolean strict,
            Path base,
            String versionPattern,
            List<Double> scoreRange) {
        this(profile, levels, ignore, strict, base, versionPattern, scoreRange, List.of());
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
        return ConfigParser.load(file, bytes, false);
    }

    /**
     * Reads a configuration file found in the linted tree ({@link #find}): as {@link #load}, but what it extends must
     * lie in its own folder or below (no absolute path, no way out by {@code ..} or a link), since the change being
     * linted may have written it. Give it to {@link Linter.Builder#foundConfig}.
     *
     * @param file the {@code .persona-lint.yaml} file
     * @return the configuration
     * @throws IOException              when a file cannot be read
     * @throws IllegalArgumentException when it is not valid or extends a file outside its folder
     */
    public static LintConfig loadFound(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        return ConfigParser.load(file, PersonaFiles.readSmallFile(file, MAX_BYTES), true);
    }

    /**
     * {@return this configuration with its globs relative to another folder} A configuration taken from elsewhere (a
     * base branch's, copied out of the tree) then applies its {@code ignore} patterns and overrides to the tree.
     *
     * @param folder the folder its globs are relative to
     */
    public LintConfig withBase(Path folder) {
        return new LintConfig(
                profile,
                levels,
                ignore,
                strict,
                Objects.requireNonNull(folder, "folder"),
                versionPattern,
                scoreRange,
                overrides);
    }

    /**
     * {@return the nearest {@code .persona-lint.yaml} or {@code .persona-lint.yml} in {@code start} (or its folder,
     * for a file) or any parent}
     *
     * @param start a file or folder to search from
     * @throws IllegalArgumentException when the nearest folder with one has both, which would leave which one applies
     *                                  to chance
     */
    public static Optional<Path> find(Path start) {
        Path dir = start.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            dir = dir.getParent();
        }
        for (; dir != null; dir = dir.getParent()) {
            Path yaml = dir.resolve(FILE_NAMES.get(0));
            Path yml = dir.resolve(FILE_NAMES.get(1));
            boolean hasYaml = Files.isRegularFile(yaml);
            boolean hasYml = Files.isRegularFile(yml);
            if (hasYaml && hasYml) {
                throw new IllegalArgumentException(
                        dir + " holds both " + FILE_NAMES.get(0) + " and " + FILE_NAMES.get(1) + ": keep one of them");
            }
            if (hasYaml || hasYml) {
                return Optional.of(hasYaml ? yaml : yml);
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
        return new LintConfig(profile, merged, ignore, strict, base, versionPattern, scoreRange, overrides);
    }

    /**
     * {@return the levels for one file: {@link #levels()}, then those of each override whose globs match it}
     *
     * @param file the file, or {@code null} for text without one (then only {@link #levels()})
     */
    public Map<String, Level> levelsFor(Path file) {
        if (overrides.isEmpty() || file == null) {
            return levels;
        }
        Path folder = (base != null ? base : Path.of("")).toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        if (!absolute.startsWith(folder)) {
            return levels;
        }
        String relative = folder.relativize(absolute)
                .toString()
                .replace(absolute.getFileSystem().getSeparator(), "/");
        Map<String, Level> merged = null;
        for (FileOverride o : overrides) {
            if (o.matches(relative)) {
                if (merged == null) {
                    merged = new LinkedHashMap<>(levels);
                }
                merged.putAll(o.rules());
            }
        }
        return merged == null ? levels : java.util.Collections.unmodifiableMap(merged);
    }

    /**
     * {@return the settings that apply to one file, as plain values in the order of a configuration file} Its
     * {@code rules} are {@link #levelsFor} the file; unset settings are {@code null}.
     *
     * @param file the file
     */
    public Map<String, Object> settingsFor(Path file) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("profile", profile == null ? null : profile.name());
        out.put("strict", strict);
        out.put("versionPattern", versionPattern);
        out.put("scoreRange", scoreRange);
        Map<String, String> rules = new java.util.TreeMap<>();
        levelsFor(file).forEach((code, level) -> rules.put(code, level.name().toLowerCase(java.util.Locale.ROOT)));
        out.put("rules", rules);
        out.put("ignore", ignore);
        out.put("base", base == null ? null : base.toString());
        return out;
    }
}
