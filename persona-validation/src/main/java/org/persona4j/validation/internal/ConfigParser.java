package org.persona4j.validation.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.persona4j.PersonaFiles;
import org.persona4j.validation.Level;
import org.persona4j.validation.LintConfig;
import org.persona4j.validation.Profile;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Parses {@code .persona-lint.yaml}; every mistake is an {@link IllegalArgumentException} saying what to change. A
 * file may {@code extends} others (paths relative to it), read first, at most {@link #MAX_EXTENDS} deep and never in
 * a cycle; its own settings win.
 */
public final class ConfigParser {

    /** The keys a configuration file may have. */
    public static final List<String> KEYS =
            List.of("profile", "strict", "versionPattern", "scoreRange", "rules", "ignore", "overrides", "extends");

    /** How deep a chain of {@code extends} may go. */
    public static final int MAX_EXTENDS = 8;

    private ConfigParser() {}

    /** The most overrides one configuration may hold, with what it extends. */
    public static final int MAX_OVERRIDES = 256;

    /** The most globs one override may list. */
    public static final int MAX_OVERRIDE_GLOBS = 64;

    /** The most files one configuration may read through {@code extends}, each counted once. */
    public static final int MAX_FILES = 32;

    /**
     * Reads a configuration file and the files it extends.
     *
     * @param file     the file
     * @param bytes    its bytes, read within the size limit
     * @param confined whether what it extends must lie in its own folder or below (for a configuration found in the
     *                 linted tree, which the change being linted may have written: it may not read other files of the
     *                 machine into an error message)
     * @return the configuration, relative to the file's folder
     * @throws IOException when a file it extends cannot be read
     */
    public static LintConfig load(Path file, byte[] bytes, boolean confined) throws IOException {
        Path start = file.toAbsolutePath().normalize();
        Path fence = confined ? realFolder(start) : null;
        return new Loading(fence).load(start, bytes, new ArrayList<>()).config();
    }

    private static Path realFolder(Path file) throws IOException {
        Path folder = file.getParent();
        return folder.toRealPath();
    }

    /** What parsing one file gave, and whether it set {@code strict} itself. */
    private record Parsed(LintConfig config, boolean strictGiven) {}

    /** One load: every file read once however many times it is extended, and at most {@link #MAX_FILES} of them. */
    private static final class Loading {
        private final Path fence;
        private final Map<Path, Parsed> read = new java.util.HashMap<>();

        Loading(Path fence) {
            this.fence = fence;
        }

        Parsed load(Path file, byte[] bytes, List<Path> chain) throws IOException {
            chain.add(file);
            String label = file.toString();
            Map<?, ?> map = mapping(new String(bytes, StandardCharsets.UTF_8), label);
            Path base = file.getParent();
            Parsed inherited = new Parsed(LintConfig.defaults(), false);
            Object parents = map == null ? null : map.get("extends");
            if (parents != null) {
                List<?> list = parents instanceof List<?> l ? l : List.of(parents);
                for (Object p : list) {
                    inherited = merge(inherited, parent(p, label, base, chain), base);
                }
            }
            chain.remove(chain.size() - 1);
            return merge(inherited, map == null ? null : parse(map, label, base), base);
        }

        private Parsed parent(Object p, String label, Path base, List<Path> chain) throws IOException {
            if (!(p instanceof String name) || name.isBlank()) {
                throw new IllegalArgumentException(label + ": 'extends' must be a file path or a list of them");
            }
            Path parent = base.resolve(name).normalize();
            if (chain.contains(parent)) {
                throw new IllegalArgumentException(label + ": 'extends' makes a cycle through " + parent);
            }
            if (chain.size() >= MAX_EXTENDS) {
                throw new IllegalArgumentException(label + ": 'extends' goes more than " + MAX_EXTENDS + " files deep");
            }
            if (fence != null && (Path.of(name).isAbsolute() || !inside(parent))) {
                throw new IllegalArgumentException(label + ": a configuration found in the linted tree may extend "
                        + "only files in its own folder or below, not '" + name + "'; name a configuration outside "
                        + "the tree with --config");
            }
            Parsed known = read.get(parent);
            if (known == null) {
                if (read.size() >= MAX_FILES) {
                    throw new IllegalArgumentException(
                            label + ": 'extends' reads more than " + MAX_FILES + " configuration files");
                }
                known = load(parent, PersonaFiles.readSmallFile(parent, LintConfig.MAX_BYTES), chain);
                read.put(parent, known);
            }
            LintConfig got = known.config();
            if (!parent.getParent().equals(base)
                    && (!got.ignore().isEmpty() || !got.overrides().isEmpty())) {
                throw new IllegalArgumentException(label + ": the file it extends, " + parent + ", has "
                        + (got.ignore().isEmpty() ? "'overrides'" : "'ignore' patterns") + ", whose globs are "
                        + "relative to its own folder; move them here or extend a file in this folder");
            }
            return known;
        }

        /** Whether a file, links followed, is in the fence's folder or below. */
        private boolean inside(Path file) throws IOException {
            Path real = Files.exists(file) ? file.toRealPath() : file;
            return real.startsWith(fence);
        }
    }

    /** {@code over}'s settings over {@code under}'s: levels merged, lists joined, the rest replaced where given. */
    private static Parsed merge(Parsed under, Parsed over, Path base) {
        LintConfig u = under.config();
        if (over == null) {
            return new Parsed(
                    new LintConfig(
                            u.profile(),
                            u.levels(),
                            u.ignore(),
                            u.strict(),
                            base,
                            u.versionPattern(),
                            u.scoreRange(),
                            u.overrides()),
                    under.strictGiven());
        }
        LintConfig o = over.config();
        Map<String, Level> levels = new LinkedHashMap<>(u.levels());
        levels.putAll(o.levels());
        List<String> ignore = new ArrayList<>(u.ignore());
        ignore.addAll(o.ignore());
        List<LintConfig.FileOverride> overrides = new ArrayList<>(u.overrides());
        overrides.addAll(o.overrides());
        if (overrides.size() > MAX_OVERRIDES) {
            throw new IllegalArgumentException(
                    "the configuration and what it extends have more than " + MAX_OVERRIDES + " overrides in all");
        }
        return new Parsed(
                new LintConfig(
                        o.profile() != null ? o.profile() : u.profile(),
                        levels,
                        ignore,
                        over.strictGiven() ? o.strict() : u.strict(),
                        base,
                        o.versionPattern() != null ? o.versionPattern() : u.versionPattern(),
                        o.scoreRange() != null ? o.scoreRange() : u.scoreRange(),
                        overrides),
                over.strictGiven() || under.strictGiven());
    }

    private static Map<?, ?> mapping(String yaml, String label) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(10);
        options.setCodePointLimit(1 << 20);
        Object root;
        try {
            root = new Yaml(new SafeConstructor(options)).load(yaml);
        } catch (org.yaml.snakeyaml.error.MarkedYAMLException e) {
            // file:line:column and the problem, without SnakeYAML's multi-line snippet of the text
            org.yaml.snakeyaml.error.Mark at = e.getProblemMark();
            String where = at == null ? label : label + ":" + (at.getLine() + 1) + ":" + (at.getColumn() + 1);
            throw new IllegalArgumentException(
                    where + ": not valid YAML: " + (e.getProblem() != null ? e.getProblem() : e.getMessage()), e);
        } catch (YAMLException e) {
            throw new IllegalArgumentException(label + ": not valid YAML: " + e.getMessage(), e);
        }
        if (root == null) {
            return null;
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(label + ": must be a mapping with the keys " + KEYS);
        }
        return map;
    }

    /**
     * Parses configuration text that extends nothing.
     *
     * @param yaml  the text
     * @param label how messages name it
     * @param base  the folder its globs are relative to
     * @return the configuration
     */
    public static LintConfig parse(String yaml, String label, Path base) {
        Map<?, ?> map = mapping(yaml, label);
        if (map != null && map.containsKey("extends")) {
            throw new IllegalArgumentException(label + ": 'extends' needs a configuration read from a file");
        }
        return merge(new Parsed(LintConfig.defaults(), false), map == null ? null : parse(map, label, base), base)
                .config();
    }

    private static Parsed parse(Map<?, ?> map, String label, Path base) {
        Profile profile = null;
        List<LintConfig.FileOverride> overrides = new ArrayList<>();
        Map<String, Level> levels = new LinkedHashMap<>();
        List<String> ignore = new ArrayList<>();
        boolean strict = false;
        String versionPattern = null;
        List<Double> scoreRange = null;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = String.valueOf(e.getKey());
            Object value = e.getValue();
            switch (key) {
                case "profile" -> profile = Profile.named(String.valueOf(value));
                case "strict" -> {
                    if (!(value instanceof Boolean b)) {
                        throw new IllegalArgumentException(label + ": 'strict' must be true or false");
                    }
                    strict = b;
                }
                case "versionPattern" -> {
                    versionPattern = String.valueOf(value);
                    try {
                        java.util.regex.Pattern.compile(versionPattern);
                    } catch (java.util.regex.PatternSyntaxException bad) {
                        throw new IllegalArgumentException(
                                label + ": 'versionPattern' is not a regular expression: " + bad.getDescription(), bad);
                    }
                }
                case "scoreRange" -> {
                    if (!(value instanceof List<?> range)
                            || range.size() != 2
                            || !range.stream().allMatch(Number.class::isInstance)) {
                        throw new IllegalArgumentException(
                                label + ": 'scoreRange' must be [lowest, highest], " + "such as [0, 5]");
                    }
                    scoreRange = List.of(((Number) range.get(0)).doubleValue(), ((Number) range.get(1)).doubleValue());
                    if (!(scoreRange.get(0) <= scoreRange.get(1))) {
                        throw new IllegalArgumentException(label + ": 'scoreRange' must list the lowest score first");
                    }
                }
                case "rules" -> levels.putAll(levels(value, label, "rules"));
                case "overrides" -> {
                    if (!(value instanceof List<?> list)) {
                        throw new IllegalArgumentException(label + ": 'overrides' must be a list of {files, rules}");
                    }
                    if (list.size() > MAX_OVERRIDES) {
                        throw new IllegalArgumentException(
                                label + ": 'overrides' has more than " + MAX_OVERRIDES + " entries");
                    }
                    for (Object o : list) {
                        overrides.add(override(o, label));
                    }
                }
                case "extends" -> {
                    // read by load(), before this file's own settings
                }
                case "ignore" -> {
                    if (value instanceof List<?> list) {
                        list.forEach(v -> ignore.add(String.valueOf(v)));
                    } else if (value instanceof String s) {
                        ignore.add(s);
                    } else {
                        throw new IllegalArgumentException(label + ": 'ignore' must be a list of globs");
                    }
                }
                default ->
                    throw new IllegalArgumentException(
                            label + ": unknown key '" + key + "'; use " + String.join(", ", KEYS));
            }
        }
        return new Parsed(
                new LintConfig(profile, levels, ignore, strict, base, versionPattern, scoreRange, overrides),
                map.containsKey("strict"));
    }

    private static LintConfig.FileOverride override(Object o, String label) {
        if (!(o instanceof Map<?, ?> m) || !m.containsKey("files") || !m.containsKey("rules")) {
            throw new IllegalArgumentException(label + ": each of 'overrides' needs 'files' (globs) and 'rules'");
        }
        for (Object key : m.keySet()) {
            if (!"files".equals(key) && !"rules".equals(key)) {
                throw new IllegalArgumentException(
                        label + ": an override has 'files' and 'rules' only, not '" + key + "'");
            }
        }
        Object files = m.get("files");
        List<String> globs = new ArrayList<>();
        if (files instanceof String one) {
            globs.add(one);
        } else if (files instanceof List<?> many && many.stream().allMatch(String.class::isInstance)) {
            many.forEach(g -> globs.add((String) g));
        }
        if (globs.isEmpty() || globs.size() > MAX_OVERRIDE_GLOBS) {
            throw new IllegalArgumentException(label + ": an override's 'files' must be a glob or a list of at most "
                    + MAX_OVERRIDE_GLOBS + " globs");
        }
        Map<String, Level> levels = levels(m.get("rules"), label, "an override's 'rules'");
        try {
            return new LintConfig.FileOverride(globs, levels); // compiles each glob once, naming one it refuses
        } catch (IllegalArgumentException bad) {
            throw new IllegalArgumentException(label + ": " + bad.getMessage(), bad);
        }
    }

    private static Map<String, Level> levels(Object value, String label, String what) {
        if (!(value instanceof Map<?, ?> rules)) {
            throw new IllegalArgumentException(label + ": " + what + " must map codes to off, info, warning or error");
        }
        Map<String, Level> levels = new LinkedHashMap<>();
        for (Map.Entry<?, ?> r : rules.entrySet()) {
            Object level = r.getValue() instanceof Boolean b && !b ? "off" : r.getValue();
            try {
                levels.put(String.valueOf(r.getKey()), Level.parse(String.valueOf(level)));
            } catch (IllegalArgumentException bad) {
                throw new IllegalArgumentException(label + ": rule '" + r.getKey() + "': " + bad.getMessage(), bad);
            }
        }
        return levels;
    }
}
