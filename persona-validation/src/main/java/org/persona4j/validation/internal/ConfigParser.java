package org.persona4j.validation.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.persona4j.validation.Level;
import org.persona4j.validation.LintConfig;
import org.persona4j.validation.Profile;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/** Parses {@code .persona-lint.yaml}; every mistake is an {@link IllegalArgumentException} saying what to change. */
public final class ConfigParser {

    /** The keys a configuration file may have. */
    public static final List<String> KEYS =
            List.of("profile", "strict", "versionPattern", "scoreRange", "rules", "ignore");

    private ConfigParser() {}

    public static LintConfig parse(String yaml, String label, Path base) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(10);
        options.setCodePointLimit(1 << 20);
        Object root;
        try {
            root = new Yaml(new SafeConstructor(options)).load(yaml);
        } catch (YAMLException e) {
            throw new IllegalArgumentException(label + ": not valid YAML: " + e.getMessage(), e);
        }
        if (root == null) {
            return new LintConfig(null, Map.of(), List.of(), false, base, null, null);
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(label + ": must be a mapping with the keys " + KEYS);
        }
        Profile profile = null;
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
                case "rules" -> {
                    if (!(value instanceof Map<?, ?> rules)) {
                        throw new IllegalArgumentException(
                                label + ": 'rules' must map codes to off, info, " + "warning or error");
                    }
                    for (Map.Entry<?, ?> r : rules.entrySet()) {
                        Object level = r.getValue() instanceof Boolean b && !b ? "off" : r.getValue();
                        try {
                            levels.put(String.valueOf(r.getKey()), Level.parse(String.valueOf(level)));
                        } catch (IllegalArgumentException bad) {
                            throw new IllegalArgumentException(
                                    label + ": rule '" + r.getKey() + "': " + bad.getMessage(), bad);
                        }
                    }
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
        return new LintConfig(profile, levels, ignore, strict, base, versionPattern, scoreRange);
    }
}
